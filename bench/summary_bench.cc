// Throughput of read + parse + summarize for a seed-sized article (the
// issue's target: >= 20,000 articles/s on one core), beside two baselines
// measured in the same run: reading/parsing alone, and summarizing an
// already parsed article. The article is examples/heatwave.txt (composed
// for khulasa, scraped-page format, ~400 words, with subheadings), or the
// file named by $KHULASA_BENCH_ARTICLE.
//
// BM_PeakHeapPerCall reports the peak heap of one read + parse + summarize
// call beyond the loaded model (a counting operator new, on only there).
//
//   build-release/bench/summary_bench --benchmark_min_time=2
#include <malloc.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <new>
#include <sstream>
#include <string>

#include "benchmark/benchmark.h"

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/summary.h"

namespace {

// Heap accounting for BM_PeakHeapPerCall (single-threaded benchmark):
// usable bytes of blocks allocated while counting and still live, and
// their peak.
bool heap_counting = false;
size_t heap_live_bytes = 0;
size_t heap_peak_bytes = 0;

}  // namespace

void* operator new(size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();
  if (heap_counting) {
    heap_live_bytes += malloc_usable_size(p);
    heap_peak_bytes = std::max(heap_peak_bytes, heap_live_bytes);
  }
  return p;
}

namespace {

void CountedFree(void* p) {
  if (heap_counting && p != nullptr) {
    heap_live_bytes -= std::min(heap_live_bytes, malloc_usable_size(p));
  }
  std::free(p);
}

}  // namespace

void operator delete(void* p) noexcept { CountedFree(p); }

void operator delete(void* p, size_t /*size*/) noexcept { CountedFree(p); }

namespace {

std::string LoadArticle() {
  const char* override_path = std::getenv("KHULASA_BENCH_ARTICLE");
  const std::string path =
      override_path != nullptr
          ? override_path
          : std::string(KHULASA_SOURCE_DIR) + "/examples/heatwave.txt";
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string& Article() {
  static const std::string* article = new std::string(LoadArticle());
  return *article;
}

const khulasa::Engine& TheEngine() {
  static const khulasa::Engine* engine = [] {
    khulasa::EngineOptions options;
    options.summary_model_path =
        std::string(KHULASA_SOURCE_DIR) + "/models/summary_ranker.txt";
    auto created = khulasa::Engine::Create(options);
    if (!created.ok()) std::abort();
    return created->release();
  }();
  return *engine;
}

void SetCounters(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Article().size()));
  state.counters["articles_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Baseline: read + parse only (ReadArticle).
void BM_ReadArticle(benchmark::State& state) {
  const std::string& bytes = Article();
  for (auto _ : state) {
    auto article = khulasa::ReadArticle(bytes, khulasa::ReadOptions{});
    if (!article.ok()) state.SkipWithError("read failed");
    benchmark::DoNotOptimize(article);
  }
  SetCounters(state);
}
BENCHMARK(BM_ReadArticle);

// Summarize an already parsed article.
void BM_SummarizeParsed(benchmark::State& state) {
  auto article = khulasa::ReadArticle(Article(), khulasa::ReadOptions{});
  if (!article.ok()) std::abort();
  const khulasa::Engine& engine = TheEngine();
  for (auto _ : state) {
    auto summary = engine.Summarize(*article, khulasa::SummaryOptions{});
    if (!summary.ok()) state.SkipWithError("summarize failed");
    benchmark::DoNotOptimize(summary);
  }
  SetCounters(state);
}
BENCHMARK(BM_SummarizeParsed);

// The target: read + parse + summarize from raw bytes.
void BM_ReadParseSummarize(benchmark::State& state) {
  const std::string& bytes = Article();
  const khulasa::Engine& engine = TheEngine();
  for (auto _ : state) {
    auto result = engine.Summarize(bytes, khulasa::ReadOptions{},
                                   khulasa::SummaryOptions{});
    if (!result.ok()) state.SkipWithError("summarize failed");
    benchmark::DoNotOptimize(result);
  }
  SetCounters(state);
}
BENCHMARK(BM_ReadParseSummarize);

// Peak heap of one read + parse + summarize call, result included, with the
// engine (model) already loaded: the budget is 1 MB per call.
void BM_PeakHeapPerCall(benchmark::State& state) {
  const std::string& bytes = Article();
  const khulasa::Engine& engine = TheEngine();
  size_t peak = 0;
  for (auto _ : state) {
    heap_live_bytes = 0;
    heap_peak_bytes = 0;
    heap_counting = true;
    {
      auto result = engine.Summarize(bytes, khulasa::ReadOptions{},
                                     khulasa::SummaryOptions{});
      if (!result.ok()) state.SkipWithError("summarize failed");
      benchmark::DoNotOptimize(result);
    }
    heap_counting = false;
    peak = std::max(peak, heap_peak_bytes);
  }
  state.counters["peak_heap_bytes"] = static_cast<double>(peak);
}
BENCHMARK(BM_PeakHeapPerCall)->Iterations(10);

}  // namespace

BENCHMARK_MAIN();
