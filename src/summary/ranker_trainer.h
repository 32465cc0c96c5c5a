// Fits the ranker: logistic regression with soft labels in [0, 1] on
// standardized features, L2-regularized, by full-batch gradient descent in
// double precision. Deterministic: same data, same model, bit for bit.
#ifndef KHULASA_SRC_SUMMARY_RANKER_TRAINER_H_
#define KHULASA_SRC_SUMMARY_RANKER_TRAINER_H_

#include <vector>

#include "absl/status/statusor.h"

#include "src/summary/ranker_model.h"

namespace khulasa::summary {

struct TrainerOptions {
  double l2 = 0.1;
  int iterations = 400;
  double learning_rate = 0.5;
};

// `rows` is row-major, rows.size() == labels.size() * kNumFeatures. The
// returned model has `params` as its selection settings.
// kInvalidArgument when there are no rows or the sizes disagree.
absl::StatusOr<RankerModel> FitRanker(const std::vector<float>& rows,
                                      const std::vector<float>& labels,
                                      const SelectionParams& params,
                                      const TrainerOptions& options);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_RANKER_TRAINER_H_
