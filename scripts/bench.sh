#!/bin/sh
# `make bench`: runs every Google Benchmark program of a Release build, one
# after the other (each reports CPU time and throughput counters; compare
# runs by the ratios to the baseline rows each program measures in the same
# run). The load scripts need more set-up and run on their own:
#   bench/server_load.sh BUILD [SECONDS] [CONNECTIONS]   (wrk on loopback)
#   bench/batch_bench.sh BUILD [RECORDS]                 (khulasa batch)
# Usage: scripts/bench.sh BUILD_DIR
set -eu
build_dir=${1:-build}
found=0
for program in "$build_dir"/bench/*_bench; do
  [ -x "$program" ] || continue
  found=1
  echo "== $program" >&2
  "$program" --benchmark_min_time=0.5
done
if [ "$found" = 0 ]; then
  echo "bench: no benchmark programs in $build_dir/bench (configure with -DKHULASA_BUILD_BENCHMARKS=ON)" >&2
  exit 1
fi
