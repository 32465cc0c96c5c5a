# The two commands of the README: `make demo` and `make test`. Each installs
# what is missing (scripts/install-deps.sh), builds, then runs.
BUILD ?= build
JOBS ?= $(shell nproc)
# Warnings are errors in the builds these targets make (CI runs `make
# test`): GCC 12 on Debian bookworm builds the tree without one. Pass
# CMAKE_FLAGS= to build with warnings only.
CMAKE_FLAGS ?= -DKHULASA_WERROR=ON

.PHONY: all deps build demo test install test-browser bench test-asan test-tsan test-all fuzz fuzz-campaign clean

all: build

deps:
	./scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./scripts/demo.sh $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 600

# The program and its models under $(PREFIX) (bin/, share/khulasa/models/),
# where it finds them without the source tree.
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# The page in headless chromium (tests/browser): installs chromium and
# playwright-core (npm) first; screenshots land in $(BUILD)/tests/browser.
test-browser: build
	KHULASA_BROWSER_TESTS=1 ./scripts/install-deps.sh
	npm ci --no-audit --no-fund
	cmake $(BUILD)
	cd $(BUILD) && ctest --output-on-failure -L browser --timeout 300

bench: build
	./scripts/bench.sh $(BUILD)

test-asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHULASA_SANITIZE=address -DKHULASA_BUILD_BENCHMARKS=OFF
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS) --timeout 1200

# ThreadSanitizer over the multi-threaded parts: the HTTP server (worker pool,
# compute slots, read limits), the store (concurrent writers and readers),
# espeak-ng behind its lock, and `khulasa batch --jobs` (the CLI tests run
# the TSan-built binary).
TSAN_TARGETS = khulasa khulasa_server_http_test khulasa_server_test \
	khulasa_store_test khulasa_speech_audio_test khulasa_batch_cli_test
test-tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHULASA_SANITIZE=thread -DKHULASA_BUILD_BENCHMARKS=OFF
	cmake --build build-tsan -j $(JOBS) --target $(TSAN_TARGETS)
	cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j $(JOBS) --timeout 1200 \
	  -R '^(Server|ApiKey|NoApiKey|PathTraversal|Store|Synthesizer|BatchCli)'
# Everything: the suite, then again under ASan+UBSan and TSan (about 40
# minutes on 2 cores; CI runs `make test`).
test-all: test test-asan test-tsan

fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHULASA_BUILD_FUZZERS=ON -DKHULASA_FUZZ_SANITIZERS=address,undefined -DKHULASA_BUILD_BENCHMARKS=OFF -DKHULASA_BUILD_TESTS=OFF
	cmake --build build-fuzz -j $(JOBS)

# Long campaigns (docs/reliability.md): fuzz with a UBSan-only build for
# speed (build-fuzz-ubsan), replay every unit under `make fuzz`'s ASan+UBSan
# build, merge the new units into fuzz/corpus/. One target:
#   make fuzz-campaign TARGET=html_reader_fuzzer RUNS=10000000
# no TARGET: all of them, one after the other.
RUNS ?= 10000000
FUZZ_TARGETS ?= utf8_fuzzer normalize_fuzzer tokenizer_fuzzer \
  sentence_splitter_fuzzer rouge_tokenizer_fuzzer number_reader_fuzzer \
  diacritizer_fuzzer scraped_reader_fuzzer text_reader_fuzzer \
  json_reader_fuzzer html_reader_fuzzer request_parser_fuzzer \
  http_request_fuzzer summary_fuzzer ranker_model_fuzzer diacritizer_model_fuzzer \
  input_decoder_fuzzer
fuzz-campaign: fuzz
	CC=clang CXX=clang++ cmake -S . -B build-fuzz-ubsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHULASA_BUILD_FUZZERS=ON -DKHULASA_FUZZ_SANITIZERS=undefined -DKHULASA_BUILD_BENCHMARKS=OFF -DKHULASA_BUILD_TESTS=OFF -DKHULASA_BUILD_PYTHON=OFF
	cmake --build build-fuzz-ubsan -j $(JOBS)
	for t in $(or $(TARGET),$(FUZZ_TARGETS)); do \
	  ./scripts/fuzz-campaign.sh $$t $(RUNS) || exit 1; done

clean:
	rm -rf $(BUILD) build-asan build-tsan build-fuzz build-fuzz-ubsan
