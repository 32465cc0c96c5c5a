#include "src/summary/selector.h"

#include <algorithm>

#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::summary {
namespace {

// Articles with at least this many body sentences get every bullet asked
// for (when they have enough usable units): the word budget only holds
// shorter articles to a short summary.
constexpr size_t kFullCountSentences = 5;

// True when `text` ends in "?" or U+061F (closing quotes and brackets
// aside).
bool EndsWithQuestion(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' ||
                           text.back() == '"' || text.back() == ')')) {
    text.remove_suffix(1);
  }
  if (!text.empty() && text.back() == '?') return true;
  return text.size() >= 2 && text.substr(text.size() - 2) == "\u061F";
}

// True when `text` has a letter or a digit: a unit of harakat, symbols or
// punctuation alone edits down to nothing.
bool HasLetterOrDigit(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (text::IsArabicLetter(c) || text::IsAnyDigit(c) ||
        (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
      return true;
    }
  }
  return false;
}

// A unit that may become a bullet: long enough, and unless `allow_unfit`
// not leaning on the sentence before and not a question.
bool Usable(const Units& units, const SelectionParams& params, size_t u,
            bool allow_unfit, UnfitUnits* unfit) {
  const uint32_t words = units.units[u].words;
  if (static_cast<int>(words) < params.min_unit_words) return false;
  if (allow_unfit) return true;
  return !unfit->Unfit(u);
}

bool Redundant(const UnitAnalysis& analysis, const std::vector<size_t>& chosen,
               size_t candidate, double threshold) {
  for (size_t c : chosen) {
    if (KeyOverlap(analysis, c, candidate) > threshold) return true;
  }
  return false;
}

// Lead order: the first usable, non-redundant units (keys worked out only
// for the units looked at).
std::vector<size_t> SelectLead(const Units& units, UnitKeys* keys,
                               const SelectionParams& params, size_t bullets,
                               UnfitUnits* unfit) {
  std::vector<size_t> chosen;
  for (bool allow_unfit : {false, true}) {
    // An unfit unit only when nothing else can be a bullet.
    if (allow_unfit && !chosen.empty()) break;
    for (size_t u = 0; u < units.units.size() && chosen.size() < bullets; ++u) {
      if (!Usable(units, params, u, allow_unfit, unfit)) continue;
      if (std::find(chosen.begin(), chosen.end(), u) != chosen.end()) continue;
      if (Redundant(keys->Through(u), chosen, u, params.redundancy)) continue;
      chosen.push_back(u);
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

// One unit per section: the best-scored unit of each; when there are more
// sections than bullets, the first section and the sections whose best unit
// scores highest; when fewer, the best remaining units fill up.
std::vector<size_t> SelectBySection(const Units& units,
                                    const UnitAnalysis& analysis,
                                    const std::vector<float>& scores,
                                    const SelectionParams& params,
                                    size_t bullets, UnfitUnits* unfit) {
  const size_t sections = units.section_count;
  // Each section's units, best-scored first; its best fit unit is the
  // first that can stand alone (worked out lazily: few are looked at).
  std::vector<std::vector<size_t>> by_section(sections);
  for (size_t u = 0; u < units.units.size(); ++u) {
    if (static_cast<int>(units.units[u].words) >= params.min_unit_words) {
      by_section[units.units[u].section].push_back(u);
    }
  }
  std::vector<size_t> best(sections, SIZE_MAX);
  for (size_t s = 0; s < sections; ++s) {
    std::stable_sort(by_section[s].begin(), by_section[s].end(),
                     [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    for (size_t u : by_section[s]) {
      if (Usable(units, params, u, false, unfit)) {
        best[s] = u;
        break;
      }
    }
  }
  std::vector<size_t> order;
  for (size_t s = 1; s < sections; ++s) {
    if (best[s] != SIZE_MAX) order.push_back(s);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return scores[best[a]] > scores[best[b]];
  });
  if (best[0] != SIZE_MAX) order.insert(order.begin(), 0);
  std::vector<size_t> chosen;
  for (size_t s : order) {
    if (chosen.size() >= bullets) break;
    if (Redundant(analysis, chosen, best[s], params.redundancy)) continue;
    chosen.push_back(best[s]);
  }
  for (bool allow_unfit : {false, true}) {
    if (chosen.size() >= bullets || (allow_unfit && !chosen.empty())) break;
    std::vector<size_t> rest;
    for (size_t u = 0; u < units.units.size(); ++u) {
      if (std::find(chosen.begin(), chosen.end(), u) == chosen.end()) {
        rest.push_back(u);
      }
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    for (size_t u : rest) {
      if (chosen.size() >= bullets) break;
      if (!Usable(units, params, u, allow_unfit, unfit)) continue;
      if (Redundant(analysis, chosen, u, params.redundancy)) continue;
      chosen.push_back(u);
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace

UnfitUnits::UnfitUnits(const Units& units, std::string_view input)
    : units_(units), input_(input), state_(units.units.size(), -1) {}

bool UnfitUnits::Unfit(size_t unit) {
  if (state_[unit] < 0) {
    const Unit& u = units_.units[unit];
    const ByteRange first = units_.sentences[u.first_sentence];
    const ByteRange last =
        units_.sentences[u.first_sentence + u.sentence_count - 1];
    const std::string_view text =
        input_.substr(first.begin, last.end - first.begin);
    const bool unfit =
        !HasLetterOrDigit(text) || EndsWithQuestion(text) ||
        LeansOnPrevious(input_.substr(first.begin, first.end - first.begin),
                        &scratch_);
    state_[unit] = unfit ? 1 : 0;
  }
  return state_[unit] == 1;
}

std::vector<size_t> SelectUnits(const Units& units, UnitKeys* keys,
                                const std::vector<float>& scores,
                                const SelectionParams& params, size_t bullets,
                                UnfitUnits* unfit, Shortfall* shortfall) {
  *shortfall = Shortfall::kNone;
  if (units.units.empty() || bullets == 0) return {};
  std::vector<size_t> chosen =
      units.section_count >= 2
          ? SelectBySection(units, keys->All(), scores, params, bullets, unfit)
          : SelectLead(units, keys, params, bullets, unfit);
  if (chosen.empty()) {
    // Every unit is too short: the first one is still the best we have.
    chosen.push_back(0);
  }
  // Word budget: stop before a bullet that takes the summary past
  // budget_words by more than budget_slack of its own length.
  double budget = params.budget_words;
  if (params.budget_ratio > 0.0) {
    double article_words = 0.0;
    for (const Unit& unit : units.units) article_words += unit.words;
    budget =
        std::min(budget, std::max<double>(params.budget_min_words,
                                          params.budget_ratio * article_words));
  }
  if (chosen.size() < bullets) *shortfall = Shortfall::kFewDistinct;
  if (units.sentences.size() >= kFullCountSentences) {
    return chosen;  // long enough for every bullet asked for
  }
  size_t kept = 1;
  double total = units.units[chosen[0]].words;
  for (; kept < chosen.size(); ++kept) {
    const double words = units.units[chosen[kept]].words;
    if (total + words > budget + params.budget_slack * words) {
      break;
    }
    total += words;
  }
  if (kept < chosen.size()) *shortfall = Shortfall::kWordBudget;
  chosen.resize(kept);
  return chosen;
}

}  // namespace khulasa::summary
