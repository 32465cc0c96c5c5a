#!/usr/bin/env bash
# Installs every Debian bookworm package khulasa needs to build, test and run.
# Idempotent: installs only what is missing. Uses sudo only when not root.
set -euo pipefail

packages=(
  build-essential cmake git pkg-config
  libabsl-dev            # Status/StatusOr, strings: the error model of STYLE.md
  libicu-dev             # Unicode properties, legacy charset conversion
  libsqlite3-dev         # the embedded store (src/store)
  libstemmer-dev         # Snowball Arabic stemmer
  libmodest-dev          # myhtml HTML5 parser for the HTML reader: ~420 MB/s vs gumbo ~35 MB/s (docs/extraction.md)
  nlohmann-json3-dev     # JSON in and out of the CLI and server
  libcli11-dev           # command-line flags
  zlib1g-dev             # reads the gzipped HTML pages of the extraction sets
  libcurl4-openssl-dev   # fetches http(s) URLs: the CLI (summarize URL, batch --urls), serve --allow-fetch
  libgtest-dev libgmock-dev libbenchmark-dev   # tests and benchmarks
  clang libclang-rt-14-dev                     # libFuzzer builds
  python3 python3-nltk   # cross-checks against the shared Python scorers
  libboost-dev           # Boost.Beast/Asio headers: the event-driven HTTP front end of `khulasa serve` (idle clients cost no thread; README, Why Beast)
  libcpp-httplib-dev     # HTTP client of the server tests (tests/server_fixture.h); the server itself is Beast
  libssl-dev             # SHA-256 article ids (libcrypto): ids key a shared cache, so no XXH3
  wrk curl               # loopback load and abuse tests (bench/server_load.sh, server_abuse.sh; the latter in make test)
  fonts-hosny-amiri      # Arabic Naskh font embedded into the page (else system fonts)
  pybind11-dev python3-dev                     # the `khulasa` Python module (python/)
  python3-setuptools python3-pip               # `pip install .` (setup.py drives CMake)
  python3-dask python3-distributed             # examples/dask_summarize.py and its test
  time                                         # GNU time: peak RSS of `khulasa batch` in its memory test
  libespeak-ng-dev espeak-ng-data  # the only Arabic voice on Debian (GPL-3.0: khulasa is GPL-3.0-or-later)
  libopusenc-dev libopus-dev  # Ogg/Opus audio, the default for `khulasa speak` (in-memory callbacks)
  libopusfile-dev        # decodes Ogg/Opus in the speech tests
  libmp3lame-dev         # MP3 audio; its hip decoder checks MP3 output in the tests
  sox                    # listen-check the audio by measuring it (sox FILE -n stat)
)
# The browser test (make test-browser) drives Debian's chromium (~290 MB) with
# playwright-core from npm; only installed when asked for.
if [ "${KHULASA_BROWSER_TESTS:-0}" = 1 ]; then
  packages+=(chromium nodejs)
  # Debian's nodejs comes without npm (a package of its own); a nodejs from
  # elsewhere may bring npm itself, and Debian's npm would conflict with it.
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
