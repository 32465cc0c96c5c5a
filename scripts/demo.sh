#!/bin/sh
# The main job on the bundled example article. Until the summarizer exists
# this shows the parsed article: `khulasa parse` on examples/solar_plant.txt.
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
echo "== khulasa parse $example" >&2
"$khulasa" parse "$example"
