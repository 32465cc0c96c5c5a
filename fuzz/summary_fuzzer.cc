// Fuzzes the whole summary pipeline on arbitrary text: read (lenient, any
// format), summarize with several option sets, and check the invariants:
// bullets are valid UTF-8, their sources are in range, non-empty, in order
// and non-overlapping, the count respects the option, a hard word limit
// holds, and a bullet only deletes: its text without blanks is the text of
// its sources without blanks.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "khulasa/article.h"
#include "khulasa/summary.h"
#include "src/base/model_path.h"
#include "src/summary/ranker_model.h"
#include "src/summary/summarizer.h"
#include "src/summary/units.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace {

const khulasa::summary::Summarizer& TheSummarizer() {
  // The committed model when it can be read, else an all-zero model (the
  // selection code paths are the same).
  static const khulasa::summary::Summarizer* summarizer = [] {
    auto model = khulasa::summary::LoadRankerModel(
        khulasa::base::ModelPath("summary_ranker.txt"));
    return new khulasa::summary::Summarizer(
        model.ok() ? *model : khulasa::summary::RankerModel{});
  }();
  return *summarizer;
}

void Check(bool condition) {
  if (!condition) std::abort();
}

// `text` without ASCII white space and U+00A0, appended to *out.
void AppendWithoutBlanks(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
        c == '\v') {
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    out->push_back(static_cast<char>(c));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  khulasa::ReadOptions read;
  read.lenient = true;
  read.max_sentences = 500;
  auto article = khulasa::ReadArticle(bytes, read);
  if (!article.ok()) return 0;
  const int bullets_options[] = {1, 3, 10};
  const int max_words_options[] = {0, 0, 4};
  for (size_t i = 0; i < 3; ++i) {
    khulasa::SummaryOptions options;
    options.bullets = bullets_options[i];
    options.max_words = max_words_options[i];
    auto summary = TheSummarizer().Summarize(*article, options);
    if (!summary.ok()) continue;
    Check(!summary->bullets.empty());
    Check(summary->bullets.size() <= static_cast<size_t>(options.bullets));
    size_t last_end = 0;
    for (const khulasa::Bullet& b : summary->bullets) {
      Check(khulasa::text::IsValidUtf8(b.text));
      Check(!b.sources.empty());
      std::string from_sources;
      for (const khulasa::ByteRange& r : b.sources) {
        Check(r.begin < r.end && r.end <= article->input.size());
        Check(r.begin >= last_end);
        last_end = r.end;
        AppendWithoutBlanks(
            std::string_view(article->input).substr(r.begin, r.size()),
            &from_sources);
      }
      std::string from_text;
      AppendWithoutBlanks(b.text, &from_text);
      Check(from_text == from_sources);
      if (options.max_words > 0) {
        Check(khulasa::text::CountWords(b.text) <=
              static_cast<uint32_t>(options.max_words));
      }
    }
  }
  return 0;
}
