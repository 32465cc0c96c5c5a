#include "src/summary/summarizer.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/summary/features.h"
#include "src/summary/selector.h"
#include "src/summary/trimmer.h"
#include "src/summary/units.h"

namespace khulasa::summary {
namespace {

constexpr int kMaxWordsLimit = 1000;

bool IsBlank(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
         c == '\v';
}

// The unit's text from the input with every blank run (hard line wraps
// included) turned into one space; offsets[i] is the input offset of text
// byte i, offsets[text.size()] the end of the unit.
void UnitText(std::string_view input, ByteRange span, std::string* text,
              std::vector<uint32_t>* offsets) {
  text->clear();
  offsets->clear();
  bool pending_space = false;
  uint32_t space_at = 0;
  for (size_t i = span.begin; i < span.end; ++i) {
    const unsigned char c = static_cast<unsigned char>(input[i]);
    if (IsBlank(c)) {
      if (!pending_space) space_at = static_cast<uint32_t>(i);
      pending_space = true;
      continue;
    }
    if (pending_space && !text->empty()) {
      text->push_back(' ');
      offsets->push_back(space_at);
    }
    pending_space = false;
    text->push_back(static_cast<char>(c));
    offsets->push_back(static_cast<uint32_t>(i));
  }
  offsets->push_back(static_cast<uint32_t>(span.end));
}

}  // namespace

absl::Status ValidateSummaryOptions(const SummaryOptions& options) {
  if (options.bullets < kMinBullets || options.bullets > kMaxBullets) {
    return absl::InvalidArgumentError(
        absl::StrCat("bullets must be between ", kMinBullets, " and ",
                     kMaxBullets, ", got ", options.bullets));
  }
  if (options.max_words < 0 || options.max_words > kMaxWordsLimit) {
    return absl::InvalidArgumentError(
        absl::StrCat("max_words must be between 0 (automatic) and ",
                     kMaxWordsLimit, ", got ", options.max_words));
  }
  return absl::OkStatus();
}

absl::StatusOr<Summary> Summarizer::Summarize(
    const Article& article, const SummaryOptions& options) const {
  if (absl::Status status = ValidateSummaryOptions(options); !status.ok()) {
    return status;
  }
  const SelectionParams& params = model_.params;
  Units units;
  BuildUnits(article, static_cast<uint32_t>(params.unit_min_words), &units);
  if (units.units.empty()) {
    return absl::InvalidArgumentError(
        "the article has no body sentences to summarize (only a title, "
        "subheadings or embeds?)");
  }
  UnitAnalysis analysis;
  AnalyzeUnits(article, units, stopwords_, &analysis);
  std::vector<float> scores(units.units.size());
  for (size_t u = 0; u < units.units.size(); ++u) {
    scores[u] = model_.Score(analysis.row(u));
  }
  const std::vector<size_t> chosen = SelectUnits(
      units, analysis, scores, params, static_cast<size_t>(options.bullets));

  TrimOptions trim;
  bool do_trim = false;
  if (options.max_words > 0) {
    do_trim = true;
    trim.max_words = static_cast<size_t>(options.max_words);
    trim.hard_limit = true;
  } else if (options.bullets == 1) {
    do_trim = true;
    trim.max_words = static_cast<size_t>(params.gist_words);
  }

  Summary summary;
  std::string text;
  std::vector<uint32_t> offsets;
  const std::string_view input = article.input;
  for (size_t u : chosen) {
    const Unit& unit = units.units[u];
    const ByteRange first = units.sentences[unit.first_sentence];
    const ByteRange last =
        units.sentences[unit.first_sentence + unit.sentence_count - 1];
    UnitText(input, ByteRange{first.begin, last.end}, &text, &offsets);
    ByteRange kept{0, text.size()};
    if (do_trim) {
      kept = TrimBullet(text, trim);
      if (kept.empty()) kept = ByteRange{0, text.size()};
    }
    const size_t from = offsets[kept.begin];
    // The input end of the last kept byte's code point run.
    const size_t to = kept.end < text.size() ? offsets[kept.end - 1] + 1
                                             : offsets[text.size()];
    Bullet bullet;
    bullet.text = text.substr(kept.begin, kept.size());
    for (uint32_t s = 0; s < unit.sentence_count; ++s) {
      ByteRange r = units.sentences[unit.first_sentence + s];
      r.begin = std::max(r.begin, from);
      r.end = std::min(r.end, to);
      if (r.begin < r.end) bullet.sources.push_back(r);
    }
    summary.bullets.push_back(std::move(bullet));
  }
  return summary;
}

}  // namespace khulasa::summary
