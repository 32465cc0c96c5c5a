#!/usr/bin/env bash
# Throughput of `khulasa batch` on archives built at run time from the shared
# data (never committed): 
#   seed:  the seed article (scraped format, 6.6 KB) as N {"id","scraped"}
#          records: "seed-sized articles", the issue 7 target (>= 30,000
#          articles/s on 2 cores).
#   sets:  the shared summarization sets (EASC + ARGEn sample, "text"
#          records) repeated to about N records.
# For each archive: baselines measured in the same run (`cat` of the archive
# and a JSON parse of every line with Debian's python3 json module), then
# `khulasa batch` with --jobs 1 and --jobs 2. Prints a markdown table with
# wall time and CPU time (user + sys): on a shared, loaded machine the
# records per CPU-second are the stable figure (2 cores can at best do
# twice that).
# Usage: bench/batch_bench.sh [BUILD_DIR] [N]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
count="${2:-20000}"
khulasa="$build/tools/khulasa/khulasa"
shared="${KHULASA_SHARED_DIR:-$root/../shared}"
seed="$shared/seed/000_10ea7d8f2b1e01f1.txt"
sets="$shared/data/summarization"
[ -x "$khulasa" ] || { echo "batch_bench: build $khulasa first" >&2; exit 1; }
[ -f "$seed" ] && [ -d "$sets" ] || { echo "batch_bench: $shared has no seed/ or data/summarization/" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$seed" "$sets" "$count" "$work" <<'PY'
import json, sys, os
seed, sets, count, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with open(seed, encoding="utf-8") as f:
    seed_text = f.read()
with open(os.path.join(work, "seed.jsonl"), "w", encoding="utf-8") as out:
    for i in range(count):
        out.write(json.dumps({"id": i, "scraped": seed_text}, ensure_ascii=False) + "\n")
lines = []
for name in ("easc.jsonl", "argen_ntg_sample.jsonl"):
    with open(os.path.join(sets, name), encoding="utf-8") as f:
        lines += [l for l in f if l.strip()]
with open(os.path.join(work, "sets.jsonl"), "w", encoding="utf-8") as out:
    for i in range(count):
        out.write(lines[i % len(lines)])
PY

# Runs "$@" under /usr/bin/time and prints "wall cpu" seconds.
timed() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@"
  /usr/bin/python3 -c "w, u, s = open('$work/time').read().split()[-3:]; print(w, float(u) + float(s))"
}

echo "| archive | records | MB | run | wall s | records/s | CPU s | records per CPU-s |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for name in seed sets; do
  input="$work/$name.jsonl"
  mb=$(/usr/bin/python3 -c "import os; print(f'{os.path.getsize(\"$input\") / 1e6:.0f}')")
  row() {
    /usr/bin/python3 -c "w, c = $2, $3; print(f'| $name | $count | $mb | $1 | {w:.2f} | {$count / max(w, 1e-3):,.0f} | {c:.2f} | {$count / max(c, 1e-3):,.0f} |')"
  }
  row "cat (baseline)" $(timed sh -c "cat '$input' > /dev/null")
  row "python json.loads per line (baseline)" $(timed /usr/bin/python3 -c "import json, sys
for line in open(sys.argv[1], encoding='utf-8'): json.loads(line)" "$input")
  for jobs in 1 2; do
    row "khulasa batch --jobs $jobs" $(timed "$khulasa" batch "$input" -o "$work/out.jsonl" --jobs "$jobs")
    errors=$(grep -c '"error"' "$work/out.jsonl" || true)
    [ "$errors" = 0 ] || echo "batch_bench: $name: $errors error lines (records without Arabic text)" >&2
  done
done
