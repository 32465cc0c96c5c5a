#include "src/summary/summarizer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/summary/bullet_editor.h"
#include "src/summary/features.h"
#include "src/summary/selector.h"
#include "src/summary/units.h"
#include "src/text/blank.h"

namespace khulasa::summary {
namespace {

constexpr int kMaxWordsLimit = 1000;

// A bullet of more than this many words is cut at its last clause boundary
// within the limit (when it has one no earlier than a third of it). The
// seed site's bullets have 25-35 words; dropping trailing clauses past 35
// words as well cost 1.3 R-1 on EASC and 2.9 on EASC news (docs/summary.md,
// "Bullet editing"), so only the cut is used.
constexpr size_t kMaxBulletWords = 45;

// A bullet with no clause boundary to cut at is still cut at its limit
// past this many words: a run-on or a megabyte with no full stop never
// becomes an unbounded bullet (or minutes of speech).
constexpr size_t kHardCapWords = 60;

// The text of the unit's sentences, one space between two sentences
// written apart and every blank run inside them (hard line wraps included)
// turned into one space; offsets[i] is the input offset of text byte i
// (kJoiningSpace for a space standing for stray bytes between sentences,
// such as format controls, which are not copied), offsets[text.size()] the
// end of the unit.
void UnitText(std::string_view input, std::span<const ByteRange> sentences,
              std::string* text, std::vector<uint32_t>* offsets) {
  text->clear();
  offsets->clear();
  size_t last_end = 0;
  for (const ByteRange& sentence : sentences) {
    if (!text->empty() && sentence.begin > last_end) {
      // Sentences written apart stay apart; "word.Word" stays glued.
      text->push_back(' ');
      offsets->push_back(text::AllBlanks(input, last_end, sentence.begin)
                             ? static_cast<uint32_t>(last_end)
                             : kJoiningSpace);
    }
    last_end = sentence.end;
    // Runs of non-blank bytes are copied whole (a byte at a time was 25k
    // instructions per article, callgrind).
    size_t i = sentence.begin;
    while (i < sentence.end) {
      if (text::IsAsciiBlank(static_cast<unsigned char>(input[i]))) {
        const uint32_t space_at = static_cast<uint32_t>(i);
        while (i < sentence.end &&
               text::IsAsciiBlank(static_cast<unsigned char>(input[i]))) {
          ++i;
        }
        if (i == sentence.end) break;  // trailing blanks are dropped
        text->push_back(' ');
        offsets->push_back(space_at);
      }
      const size_t run = i;
      while (i < sentence.end &&
             !text::IsAsciiBlank(static_cast<unsigned char>(input[i]))) {
        ++i;
      }
      text->append(input.data() + run, i - run);
      const size_t old_size = offsets->size();
      offsets->resize(old_size + (i - run));
      std::iota(offsets->begin() + static_cast<ptrdiff_t>(old_size),
                offsets->end(), static_cast<uint32_t>(run));
    }
  }
  offsets->push_back(
      sentences.empty() ? 0 : static_cast<uint32_t>(sentences.back().end));
}

// Appends to *sources the parts of the unit's sentences that a bullet
// copies; at[i] is the input byte that bullet byte i copies (kJoiningSpace
// for a space the editor put between two kept words). Runs of bytes are
// joined across gaps that hold only blanks in the input.
void AppendSources(std::string_view input, const std::vector<uint32_t>& at,
                   size_t size, std::span<const ByteRange> sentences,
                   std::vector<ByteRange>* sources) {
  auto add = [&](size_t from, size_t to) {
    for (const ByteRange& s : sentences) {
      const size_t b = std::max(s.begin, from);
      const size_t e = std::min(s.end, to);
      if (b >= e) continue;
      if (!sources->empty() && sources->back().end == b) {
        sources->back().end = e;
      } else {
        sources->push_back(ByteRange{b, e});
      }
    }
  };
  size_t run_begin = SIZE_MAX;
  size_t run_end = 0;
  for (size_t i = 0; i < size; ++i) {
    const uint32_t b = at[i];
    if (b == kJoiningSpace) continue;
    if (run_begin != SIZE_MAX &&
        (b == run_end || (b > run_end && text::AllBlanks(input, run_end, b)))) {
      run_end = b + 1;
      continue;
    }
    if (run_begin != SIZE_MAX) add(run_begin, run_end);
    run_begin = b;
    run_end = b + 1;
  }
  if (run_begin != SIZE_MAX) add(run_begin, run_end);
}

// The sentence Summary::note gives for a summary with fewer bullets than
// asked.
std::string ShortfallNote(Shortfall shortfall, size_t sentences,
                          size_t bullets) {
  if (shortfall == Shortfall::kWordBudget) {
    return absl::StrCat("the article has only ", sentences,
                        " body sentences; a short article gets a summary of "
                        "at most about half its words (",
                        bullets, bullets == 1 ? " bullet)" : " bullets)");
  }
  return absl::StrCat("only ", bullets, " of the article's ", sentences,
                      " body sentences stand alone as distinct points (the "
                      "others are too short, repeat a chosen bullet, lean on "
                      "the sentence before or ask a question)");
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
  UnitKeys keys(article, units, stopwords_, &analysis);
  std::vector<float> scores;
  if (units.section_count >= 2) {
    // One bullet per section, the ranker's best; lead order needs no
    // scores (docs/summary.md: position beats the ranker out of fold).
    const UnitAnalysis& all = keys.All();
    scores.resize(units.units.size());
    for (size_t u = 0; u < units.units.size(); ++u) {
      scores[u] = model_.Score(all.row(u));
    }
  }
  UnfitUnits unfit(units, article.input);
  Shortfall shortfall = Shortfall::kNone;
  const std::vector<size_t> chosen =
      SelectUnits(units, &keys, scores, params,
                  static_cast<size_t>(options.bullets), &unfit, &shortfall);

  // Length: a single-bullet gist and an explicit limit are trimmed as
  // asked; other bullets are cut at a clause boundary past kMaxBulletWords.
  EditOptions edit;
  if (options.max_words > 0) {
    edit.drop_trailing_clause = true;
    edit.max_words = static_cast<size_t>(options.max_words);
    edit.hard_limit = true;
  } else if (options.bullets == 1) {
    edit.drop_trailing_clause = true;
    edit.max_words = static_cast<size_t>(params.gist_words);
  } else {
    edit.max_words = kMaxBulletWords;
  }
  edit.hard_cap_words = kHardCapWords;

  Summary summary;
  std::string text;
  std::vector<uint32_t> offsets;
  EditedBullet edited;
  std::vector<uint32_t> at;
  const std::string_view input = article.input;
  for (size_t u : chosen) {
    const Unit& unit = units.units[u];
    const std::span<const ByteRange> unit_sentences(
        units.sentences.data() + unit.first_sentence, unit.sentence_count);
    UnitText(input, unit_sentences, &text, &offsets);
    EditBullet(text, edit, &edited);
    if (edited.text.empty()) continue;
    at.resize(edited.from.size());
    for (size_t i = 0; i < edited.from.size(); ++i) {
      at[i] = edited.from[i] == kJoiningSpace ? kJoiningSpace
                                              : offsets[edited.from[i]];
    }
    Bullet bullet;
    bullet.text = edited.text;
    AppendSources(
        input, at, edited.text.size(),
        std::span<const ByteRange>(units.sentences.data() + unit.first_sentence,
                                   unit.sentence_count),
        &bullet.sources);
    summary.bullets.push_back(std::move(bullet));
  }
  if (summary.bullets.empty()) {
    // Every chosen unit was marks or punctuation once edited (a "sentence"
    // of harakat alone): there is nothing to say.
    return absl::InvalidArgumentError(
        "the article has no body sentence with words to summarize (only "
        "marks, symbols or punctuation)");
  }
  if (summary.bullets.size() < static_cast<size_t>(options.bullets)) {
    summary.note = ShortfallNote(shortfall, units.sentences.size(),
                                 summary.bullets.size());
  }
  return summary;
}

}  // namespace khulasa::summary
