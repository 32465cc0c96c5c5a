#include "src/summary/selector.h"

#include <algorithm>

namespace khulasa::summary {
namespace {

bool Redundant(const UnitAnalysis& analysis, const std::vector<size_t>& chosen,
               size_t candidate, double threshold) {
  for (size_t c : chosen) {
    if (KeyOverlap(analysis, c, candidate) > threshold) return true;
  }
  return false;
}

// Lead order: the first usable, non-redundant units.
std::vector<size_t> SelectLead(const Units& units, const UnitAnalysis& analysis,
                               const SelectionParams& params, size_t bullets) {
  std::vector<size_t> chosen;
  for (size_t u = 0; u < units.units.size() && chosen.size() < bullets; ++u) {
    if (static_cast<int>(units.units[u].words) < params.min_unit_words) {
      continue;
    }
    if (Redundant(analysis, chosen, u, params.redundancy)) continue;
    chosen.push_back(u);
  }
  return chosen;
}

// One unit per section: the best-scored unit of each; when there are more
// sections than bullets, the first section and the sections whose best unit
// scores highest; when fewer, the best remaining units fill up.
std::vector<size_t> SelectBySection(const Units& units,
                                    const UnitAnalysis& analysis,
                                    const std::vector<float>& scores,
                                    const SelectionParams& params,
                                    size_t bullets) {
  const size_t sections = units.section_count;
  std::vector<size_t> best(sections, SIZE_MAX);
  for (size_t u = 0; u < units.units.size(); ++u) {
    const Unit& unit = units.units[u];
    if (static_cast<int>(unit.words) < params.min_unit_words) continue;
    size_t& b = best[unit.section];
    if (b == SIZE_MAX || scores[u] > scores[b]) b = u;
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
  if (chosen.size() < bullets) {
    std::vector<size_t> rest;
    for (size_t u = 0; u < units.units.size(); ++u) {
      if (static_cast<int>(units.units[u].words) >= params.min_unit_words &&
          std::find(chosen.begin(), chosen.end(), u) == chosen.end()) {
        rest.push_back(u);
      }
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    for (size_t u : rest) {
      if (chosen.size() >= bullets) break;
      if (Redundant(analysis, chosen, u, params.redundancy)) continue;
      chosen.push_back(u);
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace

std::vector<size_t> SelectUnits(const Units& units,
                                const UnitAnalysis& analysis,
                                const std::vector<float>& scores,
                                const SelectionParams& params, size_t bullets) {
  if (units.units.empty() || bullets == 0) return {};
  std::vector<size_t> chosen =
      units.section_count >= 2
          ? SelectBySection(units, analysis, scores, params, bullets)
          : SelectLead(units, analysis, params, bullets);
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
  size_t kept = 1;
  double total = units.units[chosen[0]].words;
  for (; kept < chosen.size(); ++kept) {
    const double words = units.units[chosen[kept]].words;
    if (total + words > budget + params.budget_slack * words) {
      break;
    }
    total += words;
  }
  chosen.resize(kept);
  return chosen;
}

}  // namespace khulasa::summary
