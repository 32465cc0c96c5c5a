#include "src/summary/ranker_trainer.h"

#include <array>
#include <cmath>

#include "absl/status/status.h"

namespace khulasa::summary {

absl::StatusOr<RankerModel> FitRanker(const std::vector<float>& rows,
                                      const std::vector<float>& labels,
                                      const SelectionParams& params,
                                      const TrainerOptions& options) {
  const size_t n = labels.size();
  if (n == 0 || rows.size() != n * kNumFeatures) {
    return absl::InvalidArgumentError(
        "ranker training needs one feature row per label and at least one "
        "row");
  }
  std::array<double, kNumFeatures> mean{};
  std::array<double, kNumFeatures> sd{};
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < kNumFeatures; ++j)
      mean[j] += rows[i * kNumFeatures + j];
  }
  for (double& m : mean) m /= double(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < kNumFeatures; ++j) {
      const double d = rows[i * kNumFeatures + j] - mean[j];
      sd[j] += d * d;
    }
  }
  // A constant feature gets sd 1 so it contributes nothing and stays finite.
  for (double& s : sd) s = std::sqrt(s / double(n)) + 1e-6;
  std::vector<double> z(n * kNumFeatures);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < kNumFeatures; ++j) {
      z[i * kNumFeatures + j] = (rows[i * kNumFeatures + j] - mean[j]) / sd[j];
    }
  }
  std::array<double, kNumFeatures> w{};
  double b = 0.0;
  for (int it = 0; it < options.iterations; ++it) {
    std::array<double, kNumFeatures> grad{};
    double grad_b = 0.0;
    for (size_t i = 0; i < n; ++i) {
      double logit = b;
      for (size_t j = 0; j < kNumFeatures; ++j)
        logit += w[j] * z[i * kNumFeatures + j];
      const double p = 1.0 / (1.0 + std::exp(-logit));
      const double g = p - labels[i];
      for (size_t j = 0; j < kNumFeatures; ++j)
        grad[j] += g * z[i * kNumFeatures + j];
      grad_b += g;
    }
    for (size_t j = 0; j < kNumFeatures; ++j) {
      w[j] -= options.learning_rate * (grad[j] / double(n) + options.l2 * w[j]);
    }
    b -= options.learning_rate * grad_b / double(n);
  }
  RankerModel model;
  model.params = params;
  for (size_t j = 0; j < kNumFeatures; ++j) {
    model.mean[j] = static_cast<float>(mean[j]);
    model.scale[j] = static_cast<float>(1.0 / sd[j]);
    model.weight[j] = static_cast<float>(w[j]);
  }
  model.bias = static_cast<float>(b);
  return model;
}

}  // namespace khulasa::summary
