#include "src/eval/bootstrap.h"

#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

TEST(BootstrapTest, EmptyInputGivesZeroInterval) {
  const ConfidenceInterval interval = BootstrapMeanInterval({}, {});
  EXPECT_EQ(interval.low, 0.0);
  EXPECT_EQ(interval.high, 0.0);
}

TEST(BootstrapTest, ConstantValuesGiveAPointInterval) {
  const std::vector<double> values(20, 0.4);
  const ConfidenceInterval interval = BootstrapMeanInterval(values, {});
  EXPECT_DOUBLE_EQ(interval.low, 0.4);
  EXPECT_DOUBLE_EQ(interval.high, 0.4);
}

TEST(BootstrapTest, IntervalSurroundsTheMeanAndIsDeterministic) {
  std::vector<double> values;
  for (int i = 0; i < 50; ++i) values.push_back(i % 2 == 0 ? 0.0 : 1.0);
  const ConfidenceInterval a = BootstrapMeanInterval(values, {});
  const ConfidenceInterval b = BootstrapMeanInterval(values, {});
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
  EXPECT_LT(a.low, 0.5);
  EXPECT_GT(a.high, 0.5);
  // Standard error of a mean of 50 fair coin flips is ~0.071: the 95%
  // interval is about 0.36-0.64.
  EXPECT_GT(a.low, 0.3);
  EXPECT_LT(a.high, 0.7);
  // A narrower level gives a narrower interval; another seed moves it.
  const ConfidenceInterval narrow =
      BootstrapMeanInterval(values, {.confidence = 0.5});
  EXPECT_GE(narrow.low, a.low);
  EXPECT_LE(narrow.high, a.high);
  const ConfidenceInterval other = BootstrapMeanInterval(values, {.seed = 7});
  EXPECT_TRUE(other.low != a.low || other.high != a.high);
}

}  // namespace
}  // namespace khulasa::eval
