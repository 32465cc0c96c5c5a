#!/usr/bin/env bash
# Runs one fuzzing campaign and folds what it found into the committed corpus.
#
#   scripts/fuzz-campaign.sh TARGET RUNS [MAX_SECONDS]
#
# 1. Fuzzes TARGET for RUNS executions (or MAX_SECONDS, whichever ends first)
#    with the campaign build (KHULASA_FUZZ_BUILD, default build-fuzz-ubsan:
#    -DKHULASA_FUZZ_SANITIZERS=undefined, see `make fuzz-campaign`), starting
#    from fuzz/corpus/TARGET/ and writing new units to a scratch folder, never
#    into the committed corpus.
# 2. Replays every unit (the committed corpus and all the campaign's new
#    units) under the ASan+UBSan build (KHULASA_FUZZ_ASAN_BUILD, default
#    build-fuzz: `make fuzz`), with leak detection on.
# 3. Minimizes committed + new units with -merge=1 (edges only) and writes
#    the result back
#    to fuzz/corpus/TARGET/: hand-named seeds and regression inputs stay as
#    they are; the hash-named units are replaced by the merge's.
# The last line printed is a tab-separated record of the campaign:
#   CAMPAIGN target execs seconds exec/s peak_rss_mb sanitizers
#            corpus_files corpus_kb asan_replay_units result
# Exit status: 0 clean, 1 a crash/leak/timeout (artifacts kept in the
# scratch folder, named in the output), 2 usage or build problems.
set -u -o pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 TARGET RUNS [MAX_SECONDS]" >&2
  exit 2
fi
target=$1
runs=$2
max_seconds=${3:-0}
root=${KHULASA_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
build=${KHULASA_FUZZ_BUILD:-$root/build-fuzz-ubsan}
asan_build=${KHULASA_FUZZ_ASAN_BUILD:-$root/build-fuzz}
corpus=$root/fuzz/corpus/$target
fuzzer=$build/fuzz/$target
asan_fuzzer=$asan_build/fuzz/$target
for f in "$fuzzer" "$asan_fuzzer"; do
  if [[ ! -x $f ]]; then
    echo "fuzz-campaign: $f is not built (make fuzz; make fuzz-campaign)" >&2
    exit 2
  fi
done
mkdir -p "$corpus"

# Longest input per target: a news article is at most about 16 KB; the
# readers and the splitter get 8 KiB, the rest 4 KiB.
case $target in
  html_reader_fuzzer | json_reader_fuzzer | scraped_reader_fuzzer | \
    text_reader_fuzzer | sentence_splitter_fuzzer) max_len=8192 ;;
  *) max_len=4096 ;;
esac

scratch=$(mktemp -d "${TMPDIR:-/tmp}/khulasa-fuzz-$target.XXXXXX")
mkdir -p "$scratch/new" "$scratch/merged" "$scratch/artifacts" "$scratch/empty"
log=$scratch/fuzz.log
# UBSan reports stop the run (the build also says -fno-sanitize-recover).
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
common=(-max_len=$max_len -timeout=10 -rss_limit_mb=2048
        -artifact_prefix="$scratch/artifacts/")
limit=()
if [[ $max_seconds -gt 0 ]]; then limit=(-max_total_time=$max_seconds); fi

echo "fuzz-campaign: $target runs=$runs max_seconds=$max_seconds scratch=$scratch"
start=$(date +%s)
nice -n 5 "$fuzzer" "${common[@]}" -runs="$runs" "${limit[@]}" \
  -print_final_stats=1 "$scratch/new" "$corpus" >"$log" 2>&1
fuzz_rc=$?
seconds=$(($(date +%s) - start))
tail -n 25 "$log"
stat() { awk -v k="stat::$1:" '$1 == k {print $2}' "$log" | tail -n 1; }
execs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
rss=$(stat peak_rss_mb)
sanitizers=$(awk -F= '/^KHULASA_FUZZ_SANITIZERS:/ {print $2}' \
  "$build/CMakeCache.txt")
result=clean
if [[ $fuzz_rc -ne 0 ]]; then
  result="FOUND(rc=$fuzz_rc)"
  echo "fuzz-campaign: $target stopped with $fuzz_rc; artifacts:" >&2
  ls -l "$scratch/artifacts" >&2
fi

# Every unit under ASan+UBSan (leaks included): -runs=0 executes the inputs
# of the folders once and stops; the empty first folder takes no writes.
units=$(($(find "$scratch/new" "$corpus" -type f | wc -l)))
if nice -n 5 "$asan_fuzzer" "${common[@]}" -runs=0 \
    "$scratch/empty" "$scratch/new" "$corpus" >"$scratch/asan.log" 2>&1; then
  asan="$units"
else
  asan="FAILED($units)"
  result="${result}+ASAN"
  tail -n 40 "$scratch/asan.log" >&2
fi

# Minimize committed + new into a fresh folder, then replace the committed
# hash-named units by the merge's (named seeds stay; a merged copy of a
# named seed is dropped).
if [[ $result == clean ]]; then
  # -use_counters=0: one unit per new edge, not per hit-count bucket; keeps
  # the committed corpus small (hundreds of units, not thousands).
  nice -n 5 "$fuzzer" "${common[@]}" -merge=1 -use_counters=0 \
    "$scratch/merged" "$corpus" "$scratch/new" >"$scratch/merge.log" 2>&1 || {
    echo "fuzz-campaign: merge failed, corpus left as it was" >&2
    tail -n 20 "$scratch/merge.log" >&2
    result=merge-failed
  }
fi
if [[ $result == clean ]]; then
  is_hash() { [[ $1 =~ ^[0-9a-f]{40}$ ]]; }
  declare -A named=()
  for f in "$corpus"/*; do
    [[ -f $f ]] || continue
    name=$(basename "$f")
    if is_hash "$name"; then continue; fi
    named[$(sha1sum <"$f" | cut -c1-40)]=1
  done
  for f in "$corpus"/*; do
    [[ -f $f ]] && is_hash "$(basename "$f")" && rm -f "$f"
  done
  for f in "$scratch/merged"/*; do
    [[ -f $f ]] || continue
    sum=$(sha1sum <"$f" | cut -c1-40)
    [[ -n ${named[$sum]:-} ]] && continue
    cp "$f" "$corpus/$sum"
  done
fi
files=$(find "$corpus" -type f | wc -l)
kb=$(du -sk --apparent-size "$corpus" | cut -f1)
printf 'CAMPAIGN\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" \
  "${execs:-?}" "$seconds" "${rate:-?}" "${rss:-?}" "${sanitizers:-?}" \
  "$files" "$kb" "$asan" "$result"
[[ $result == clean ]]
