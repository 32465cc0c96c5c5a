// Chooses which units become bullets: one per section when the article has
// subheadings (the best-ranked unit of each), otherwise the lead units in
// order (position beats every learned alternative out of fold, see
// docs/summary.md); redundant and too-short units are skipped, and a word
// budget drops a late bullet that would make the summary too long.
#ifndef KHULASA_SRC_SUMMARY_SELECTOR_H_
#define KHULASA_SRC_SUMMARY_SELECTOR_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "src/summary/bullet_editor.h"
#include "src/summary/features.h"
#include "src/summary/ranker_model.h"
#include "src/summary/units.h"

namespace khulasa::summary {

// Which units cannot stand alone as a bullet: they lean on the sentence
// before them (LeansOnPrevious of the unit's first sentence), end in a
// question, or have no letter or digit (harakat or punctuation alone). Worked
// out on first use: selection looks at few units of a long article.
class UnfitUnits {
 public:
  UnfitUnits(const Units& units, std::string_view input);
  bool Unfit(size_t unit);

 private:
  const Units& units_;
  std::string_view input_;
  std::vector<int8_t> state_;  // -1 unknown, 0 no, 1 yes
  EditScratch scratch_;
};

// Why SelectUnits() chose fewer units than asked.
enum class Shortfall {
  kNone,
  kWordBudget,   // a short article: the word budget stopped it
  kFewDistinct,  // too few units stand alone as distinct points
};

// Indices of the chosen units in article order, at most `bullets` of them.
// With two or more sections, `scores` holds the ranker's score of each
// unit (keys->All()'s features); lead selection reads neither scores nor
// features, and keys only of the units it looks at. Units that lean on the
// sentence before them or ask a question are chosen only when nothing else
// can be. Articles of at least 5 body sentences get `bullets` bullets
// whenever they have enough usable units; shorter ones are held to the word
// budget. Empty only when `units` has no unit.
std::vector<size_t> SelectUnits(const Units& units, UnitKeys* keys,
                                const std::vector<float>& scores,
                                const SelectionParams& params, size_t bullets,
                                UnfitUnits* unfit, Shortfall* shortfall);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_SELECTOR_H_
