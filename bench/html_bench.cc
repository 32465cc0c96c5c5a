// Throughput of the HTML reader: parse only (myhtml into the flat node
// array) and the whole read (charset, parse, metadata, content scoring,
// blocks, no sentence split), over every page of the extraction sets in
// $KHULASA_SHARED_DIR/data/extraction, plus synthetic pages of growing size.
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"

#include "src/article/html_document.h"
#include "src/article/html_reader.h"

namespace {

namespace fs = std::filesystem;

std::string Gunzip(const fs::path& path) {
  std::string out;
  gzFile f = gzopen(path.string().c_str(), "rb");
  if (f == nullptr) return out;
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(f, buffer, sizeof(buffer))) > 0) {
    out.append(buffer, static_cast<size_t>(n));
  }
  gzclose(f);
  return out;
}

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    const fs::path root = fs::path(KHULASA_SHARED_DIR) / "data" / "extraction";
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().string();
      if (name.size() > 8 && name.substr(name.size() - 8) == ".html.gz") {
        files.push_back(it->path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) out.push_back(Gunzip(f));
    return out;
  }();
  return pages;
}

size_t TotalBytes(const std::vector<std::string>& pages) {
  size_t total = 0;
  for (const std::string& p : pages) total += p.size();
  return total;
}

void BM_ParseCorpus(benchmark::State& state) {
  const auto& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("no pages in KHULASA_SHARED_DIR/data/extraction");
    return;
  }
  for (auto _ : state) {
    for (const std::string& p : pages) {
      auto doc = khulasa::article::HtmlDocument::Parse(p, {});
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(TotalBytes(pages)));
  state.counters["pages/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * pages.size()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseCorpus)->Unit(benchmark::kMillisecond);

void BM_ReadHtmlCorpus(benchmark::State& state) {
  const auto& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("no pages in KHULASA_SHARED_DIR/data/extraction");
    return;
  }
  khulasa::article::HtmlReadOptions options;
  options.fill_sentences = false;
  for (auto _ : state) {
    for (const std::string& p : pages) {
      auto result = khulasa::article::ReadHtml(p, options);
      benchmark::DoNotOptimize(result);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(TotalBytes(pages)));
  state.counters["pages/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * pages.size()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadHtmlCorpus)->Unit(benchmark::kMillisecond);

// A synthetic article page of about `state.range(0)` bytes: menus, a body of
// paragraphs with links, a sidebar.
void BM_ReadHtmlSize(benchmark::State& state) {
  const auto target = static_cast<size_t>(state.range(0));
  std::string page =
      "<!doctype html><html><head><title>t</title></head><body><nav><ul>"
      "<li><a href=/>home</a></li><li><a href=/a>news</a></li></ul></nav>"
      "<article><h1>Title</h1><div class=\"article-body\">";
  while (page.size() < target) {
    page +=
        "<p>A paragraph of the benchmark page, with <a href=\"/x\">a link"
        "</a>, some commas, and enough words to count as body text.</p>\n";
  }
  page +=
      "</div></article><aside class=sidebar><a href=/b>more</a></aside>"
      "</body></html>";
  khulasa::article::HtmlReadOptions options;
  options.fill_sentences = false;
  options.max_input_bytes = 64u << 20;
  for (auto _ : state) {
    auto result = khulasa::article::ReadHtml(page, options);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(page.size()));
}
BENCHMARK(BM_ReadHtmlSize)
    ->Range(4 << 10, 16 << 20)
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
