#include "src/eval/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace khulasa::eval {

ConfidenceInterval BootstrapMeanInterval(std::span<const double> values,
                                         const BootstrapOptions& options) {
  ConfidenceInterval interval;
  if (values.empty() || options.samples == 0) return interval;
  const double confidence = options.confidence > 0.0 && options.confidence < 1.0
                                ? options.confidence
                                : 0.95;
  std::mt19937_64 rng(options.seed);
  const uint64_t n = values.size();
  std::vector<double> means;
  means.reserve(options.samples);
  for (size_t s = 0; s < options.samples; ++s) {
    double sum = 0.0;
    for (uint64_t i = 0; i < n; ++i) {
      // Plain modulo: its bias is below n / 2^64, far under any effect here,
      // and unlike std::uniform_int_distribution it is the same everywhere.
      sum += values[static_cast<size_t>(rng() % n)];
    }
    means.push_back(sum / static_cast<double>(n));
  }
  std::sort(means.begin(), means.end());
  const double alpha = (1.0 - confidence) / 2.0;
  const double count = static_cast<double>(means.size());
  // Nearest rank: the smallest value with at least p of the samples at or
  // below it.
  auto percentile = [&](double p) {
    // The epsilon keeps 0.975 * 1000 at rank 975 despite rounding.
    double rank = std::ceil(p * count - 1e-9);
    if (rank < 1.0) rank = 1.0;
    return means[static_cast<size_t>(rank) - 1];
  };
  interval.low = percentile(alpha);
  interval.high = percentile(1.0 - alpha);
  return interval;
}

}  // namespace khulasa::eval
