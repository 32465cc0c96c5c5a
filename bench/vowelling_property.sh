#!/usr/bin/env bash
# Well-formed vowelling over >= 1 M words (issue 16, item 3): runs the
# property test of src/speech/vowelling_property_test.cc on WORDS words of
# ../shared/data/tashkeela/ text (default 1,000,000), also counting what the
# model writes without the repair, and writes the summary to
# bench/vowelling_property.log.
#   flock /tmp/khulasa-build.lock cmake --build build -j2 \
#       --target khulasa_speech_vowelling_property_test
#   bench/vowelling_property.sh [WORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-1000000}"
log=bench/vowelling_property.log
start=$(date +%s)
{
  echo "# bench/vowelling_property.sh ${words} ($(date -u +%Y-%m-%d), $(git rev-parse --short HEAD))"
  KHULASA_SOURCE_DIR="$PWD" KHULASA_SHARED_DIR="${KHULASA_SHARED_DIR:-$PWD/../shared}" \
  KHULASA_VOWELLING_WORDS="${words}" KHULASA_VOWELLING_RAW=1 \
    build/src/speech/khulasa_speech_vowelling_property_test \
    --gtest_filter=VowellingPropertyTest.DefaultOutputHasNoIllFormedWord \
    | grep -v '^\[' 
  echo "# $(( $(date +%s) - start )) s wall, two diacritizer runs"
} | tee "${log}"
grep -q "^default output: .* 0 ill-formed" "${log}"
