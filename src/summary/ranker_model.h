// The learned sentence ranker (a logistic regression over standardized
// features) and the selection settings stored with it, read from and
// written to a small text file (models/summary_ranker.txt):
//
//   khulasa-summary-ranker 1
//   # comment lines start with '#'
//   param unit_min_words 9
//   feature first_in_article <mean> <sd> <weight>     (one per feature,
//   ...                                                in FeatureNames order)
//   bias <b>
#ifndef KHULASA_SRC_SUMMARY_RANKER_MODEL_H_
#define KHULASA_SRC_SUMMARY_RANKER_MODEL_H_

#include <array>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "src/summary/features.h"

namespace khulasa::summary {

// Selection settings; the defaults are the ones chosen in docs/summary.md.
struct SelectionParams {
  int unit_min_words = 9;     // a shorter sentence is glued to the next
  int budget_words = 180;     // summary word budget (see selector.h)
  double budget_slack = 0.5;  // share of a bullet allowed past the budget
  // When > 0, the budget is also at most this share of the article's words
  // (but never under budget_min_words).
  double budget_ratio = 0.5;
  int budget_min_words = 60;
  double redundancy = 0.5;  // KeyOverlap above this: same point twice
  int gist_words = 30;      // single-bullet gist length (soft)
  int min_unit_words = 3;   // shorter units are not bullets
};

struct RankerModel {
  static constexpr int kVersion = 1;
  SelectionParams params;
  std::array<float, kNumFeatures> mean{};
  std::array<float, kNumFeatures> scale{};  // 1 / standard deviation
  std::array<float, kNumFeatures> weight{};
  float bias = 0.0f;

  // The model's logit for one feature row (kNumFeatures values).
  float Score(const float* row) const;
};

// Parses the text format above. kDataLoss names the line and the problem
// (bad header or version, unknown or missing feature, bad number, feature
// order changed).
absl::StatusOr<RankerModel> ParseRankerModel(std::string_view text);

// Reads and parses `path`: kNotFound when missing, kDataLoss when corrupt
// (the message names the file).
absl::StatusOr<RankerModel> LoadRankerModel(const std::string& path);

// The text format, with `comment` lines (may be empty) after the header.
// Numbers use a fixed format so output is deterministic.
std::string SerializeRankerModel(const RankerModel& model,
                                 std::string_view comment);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_RANKER_MODEL_H_
