// Fuzzes the summary ranker's model format (models/summary_ranker.txt):
// any bytes through ParseRankerModel. A model that parses must be usable:
// its selection params are in their documented ranges, every number is
// finite, it scores a row to a finite number, and it serializes and parses
// back to the same params and weights. Anything else must be kDataLoss.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "src/summary/features.h"
#include "src/summary/ranker_model.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (16u << 10)) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto model = khulasa::summary::ParseRankerModel(text);
  if (!model.ok()) {
    Check(model.status().code() == absl::StatusCode::kDataLoss);
    return 0;
  }
  const khulasa::summary::SelectionParams& p = model->params;
  Check(p.unit_min_words >= 0 && p.unit_min_words <= 1000);
  Check(p.budget_words >= 1 && p.gist_words >= 1 && p.min_unit_words >= 0);
  Check(p.redundancy > 0.0 && p.redundancy <= 1.0);
  Check(std::isfinite(p.budget_slack) && std::isfinite(p.budget_ratio));
  float row[khulasa::summary::kNumFeatures];
  for (float& f : row) f = 0.5f;
  Check(std::isfinite(model->Score(row)));
  const auto again = khulasa::summary::ParseRankerModel(
      khulasa::summary::SerializeRankerModel(*model, "round trip"));
  Check(again.ok());
  Check(again->params.unit_min_words == p.unit_min_words);
  Check(again->params.gist_words == p.gist_words);
  return 0;
}
