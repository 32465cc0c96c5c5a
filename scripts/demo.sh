#!/bin/sh
# The main job on the bundled example article: `khulasa summarize` on
# examples/solar_plant.txt, printed as markdown (our bullets, then the
# site's own bullets when the page has them), then the spoken summary
# ("استمع إلى الملخص") written as Ogg/Opus with its word timings.
# Usage: scripts/demo.sh BUILD_DIR   (make demo passes its build folder)
set -eu
build_dir=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
khulasa="$build_dir/tools/khulasa/khulasa"
if [ ! -x "$khulasa" ]; then
  echo "demo: $khulasa not found; build first (make build)" >&2
  exit 1
fi
example="$root/examples/solar_plant.txt"
echo "== khulasa summarize --format markdown $example" >&2
"$khulasa" summarize --format markdown "$example"
audio="$build_dir/demo_summary.ogg"
marks="$build_dir/demo_summary_marks.json"
echo "== khulasa speak $example --what summary -o $audio --marks $marks" >&2
"$khulasa" speak "$example" --what summary --format ogg -o "$audio" --marks "$marks"
echo "demo: spoken summary in $audio ($(wc -c <"$audio") bytes), word timings in $marks" >&2
