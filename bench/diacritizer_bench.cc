// Diacritizer throughput on the composed news corpus bench/data/news_ar.txt
// (undiacritized MSA), repeated to several sizes, with the committed model
// models/diacritizer.bin. Target: >= 1 MB/s of input text per core (Release
// build); docs/speech.md has the measured figures.
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "src/speech/diacritizer.h"

namespace khulasa::speech {
namespace {

const std::string& Article() {
  static const std::string* const text = [] {
    std::ifstream in(KHULASA_SOURCE_DIR "/bench/data/news_ar.txt");
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto* s = new std::string(buffer.str());
    if (s->empty()) std::fprintf(stderr, "diacritizer_bench: corpus missing\n");
    return s;
  }();
  return *text;
}

const Diacritizer* Model() {
  static const Diacritizer* const diacritizer = [] {
    auto loaded =
        Diacritizer::Load(KHULASA_SOURCE_DIR "/models/diacritizer.bin");
    if (!loaded.ok()) {
      std::fprintf(stderr, "diacritizer_bench: %s\n",
                   std::string(loaded.status().message()).c_str());
      return static_cast<Diacritizer*>(nullptr);
    }
    return loaded->release();
  }();
  return diacritizer;
}

void BM_Diacritize(benchmark::State& state) {
  const Diacritizer* diacritizer = Model();
  if (diacritizer == nullptr) {
    state.SkipWithError("models/diacritizer.bin missing or corrupt");
    return;
  }
  std::string corpus;
  for (int64_t i = 0; i < state.range(0); ++i) corpus += Article() + "\n";
  for (auto _ : state) {
    auto out = diacritizer->Diacritize(corpus);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() *
                          static_cast<int64_t>(corpus.size()));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * state.range(0)),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Diacritize)->Arg(1)->Arg(8)->Arg(64);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded =
        Diacritizer::Load(KHULASA_SOURCE_DIR "/models/diacritizer.bin");
    benchmark::DoNotOptimize(loaded);
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace khulasa::speech

BENCHMARK_MAIN();
