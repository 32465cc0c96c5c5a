// Benchmarks for the text pipeline (src/text) on the composed corpus
// bench/data/news_ar.txt (~3 KB, one "article"), repeated to several sizes.
// The headline number is BM_NormalizeTokenizeSplit: target >= 100 MB/s per
// core in a Release build (docs/text.md has the measured figures).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "src/text/normalizer.h"
#include "src/text/sentence_splitter.h"
#include "src/text/stemmer.h"
#include "src/text/stopwords.h"
#include "src/text/tokenizer.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

const std::string& Article() {
  static const std::string* const text = [] {
    std::ifstream in(KHULASA_SOURCE_DIR "/bench/data/news_ar.txt");
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto* s = new std::string(buffer.str());
    if (s->empty()) std::fprintf(stderr, "text_bench: corpus missing\n");
    return s;
  }();
  return *text;
}

// The corpus repeated state.range(0) times (separated by blank lines).
std::string Corpus(int repeats) {
  std::string out;
  for (int i = 0; i < repeats; ++i) {
    out += Article();
    out += "\n\n";
  }
  return out;
}

void SetCounters(benchmark::State& state, const std::string& text,
                 int repeats) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()) * repeats,
                         benchmark::Counter::kIsRate);
}

void BM_ValidateUtf8(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  for (auto _ : state) {
    benchmark::DoNotOptimize(IsValidUtf8(text));
  }
  SetCounters(state, text, repeats);
}

void BM_Normalize(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  NormalizedText out;
  for (auto _ : state) {
    Normalize(text, kAllPasses, &out);
    benchmark::DoNotOptimize(out.text.data());
  }
  SetCounters(state, text, repeats);
}

void BM_NormalizeForMatching(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  std::string out;
  for (auto _ : state) {
    NormalizeForMatching(text, &out);
    benchmark::DoNotOptimize(out.data());
  }
  SetCounters(state, text, repeats);
}

void BM_Tokenize(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  std::vector<Token> tokens;
  for (auto _ : state) {
    Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  SetCounters(state, text, repeats);
}

void BM_SplitSentences(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  for (auto _ : state) {
    std::vector<ByteRange> sentences = SplitSentences(text);
    benchmark::DoNotOptimize(sentences.data());
  }
  SetCounters(state, text, repeats);
}

// Normalize (all passes, with alignment) + tokenize + split sentences.
void BM_NormalizeTokenizeSplit(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  NormalizedText normalized;
  std::vector<Token> tokens;
  for (auto _ : state) {
    Normalize(text, kAllPasses, &normalized);
    Tokenize(text, &tokens);
    std::vector<ByteRange> sentences = SplitSentences(text);
    benchmark::DoNotOptimize(normalized.text.data());
    benchmark::DoNotOptimize(tokens.data());
    benchmark::DoNotOptimize(sentences.data());
  }
  SetCounters(state, text, repeats);
}

// The same plus a stopword check and a stem for every Arabic word.
void BM_NormalizeTokenizeSplitStem(benchmark::State& state) {
  const int repeats = static_cast<int>(state.range(0));
  const std::string text = Corpus(repeats);
  NormalizedText normalized;
  std::vector<Token> tokens;
  std::string word;
  std::string stem;
  for (auto _ : state) {
    Normalize(text, kAllPasses, &normalized);
    Tokenize(text, &tokens);
    std::vector<ByteRange> sentences = SplitSentences(text);
    size_t content_words = 0;
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kArabicWord) continue;
      NormalizeForMatching(
          std::string_view(text).substr(t.range.begin, t.range.size()), &word);
      if (IsStopword(word)) continue;
      StemArabic(word, &stem);
      content_words += stem.size();
    }
    benchmark::DoNotOptimize(content_words);
    benchmark::DoNotOptimize(sentences.data());
  }
  SetCounters(state, text, repeats);
}

// Snowball's own cost: many distinct synthetic words (letter combinations,
// far more than the 4096-slot per-thread cache holds), so most calls miss.
void BM_StemArabicMisses(benchmark::State& state) {
  static const char* const kPrefixes[] = {"", "\u0627\u0644", "\u0648",
                                          "\u0648\u0627\u0644", "\u0628"};
  static const char* const kSuffixes[] = {"", "\u0627\u062A", "\u0648\u0646",
                                          "\u0629", "\u064A\u0646"};
  std::vector<std::string> words;
  for (char32_t a = 0x0628; a <= 0x063A; ++a) {
    for (char32_t b = 0x0641; b <= 0x064A; ++b) {
      for (const char* prefix : kPrefixes) {
        for (const char* suffix : kSuffixes) {
          for (char32_t middle : {0x0627, 0x0648, 0x064A}) {
            std::string w = prefix;
            AppendUtf8(a, &w);
            AppendUtf8(middle, &w);
            AppendUtf8(b, &w);
            w += suffix;
            words.push_back(std::move(w));
          }
        }
      }
    }
  }
  std::string stem;
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& w = words[i];
    i = (i + 7919) % words.size();  // stride: defeat the cache
    StemArabic(w, &stem);
    bytes += static_cast<int64_t>(w.size());
    benchmark::DoNotOptimize(stem.data());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK(BM_StemArabicMisses);
BENCHMARK(BM_ValidateUtf8)->Arg(1)->Arg(16);
BENCHMARK(BM_Normalize)->Arg(1)->Arg(16);
BENCHMARK(BM_NormalizeForMatching)->Arg(1)->Arg(16);
BENCHMARK(BM_Tokenize)->Arg(1)->Arg(16);
BENCHMARK(BM_SplitSentences)->Arg(1)->Arg(16);
BENCHMARK(BM_NormalizeTokenizeSplit)->Arg(1)->Arg(16)->Arg(256);
BENCHMARK(BM_NormalizeTokenizeSplitStem)->Arg(1)->Arg(16);

}  // namespace
}  // namespace khulasa::text

BENCHMARK_MAIN();
