// Percentile bootstrap confidence intervals for the mean of per-document
// scores. Deterministic: a fixed seed gives the same interval on every
// platform (std::mt19937_64's sequence is fixed by the standard, and the
// index draw does not use the implementation-defined distributions).
#ifndef KHULASA_SRC_EVAL_BOOTSTRAP_H_
#define KHULASA_SRC_EVAL_BOOTSTRAP_H_

#include <cstddef>
#include <cstdint>
#include <span>

namespace khulasa::eval {

struct BootstrapOptions {
  size_t samples = 1000;     // resamples of the documents
  double confidence = 0.95;  // two-sided level, in (0, 1)
  uint64_t seed = 12345;     // fixed: the same data give the same interval
};

struct ConfidenceInterval {
  double low = 0.0;
  double high = 0.0;
};

// Resamples `values` with replacement `options.samples` times and returns
// the (1 - confidence) / 2 and (1 + confidence) / 2 percentiles (nearest
// rank) of the resampled means. Empty `values` or zero samples give {0, 0};
// a confidence outside (0, 1) is treated as 0.95.
ConfidenceInterval BootstrapMeanInterval(std::span<const double> values,
                                         const BootstrapOptions& options);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_BOOTSTRAP_H_
