// Chooses which units become bullets: one per section when the article has
// subheadings (the best-ranked unit of each), otherwise the lead units in
// order (position beats every learned alternative out of fold, see
// docs/summary.md); redundant and too-short units are skipped, and a word
// budget drops a late bullet that would make the summary too long.
#ifndef KHULASA_SRC_SUMMARY_SELECTOR_H_
#define KHULASA_SRC_SUMMARY_SELECTOR_H_

#include <cstddef>
#include <vector>

#include "src/summary/features.h"
#include "src/summary/ranker_model.h"
#include "src/summary/units.h"

namespace khulasa::summary {

// Indices of the chosen units in article order, at most `bullets` of them.
// `scores` holds the ranker's score of each unit. Empty only when `units`
// has no unit.
std::vector<size_t> SelectUnits(const Units& units,
                                const UnitAnalysis& analysis,
                                const std::vector<float>& scores,
                                const SelectionParams& params, size_t bullets);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_SELECTOR_H_
