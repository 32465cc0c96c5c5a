# The two commands of the README: `make demo` and `make test`. Each installs
# what is missing (scripts/install-deps.sh), builds, then runs.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build demo test test-browser bench test-asan fuzz clean

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

fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKHULASA_BUILD_FUZZERS=ON -DKHULASA_BUILD_BENCHMARKS=OFF -DKHULASA_BUILD_TESTS=OFF
	cmake --build build-fuzz -j $(JOBS)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
