#include "src/text/stemmer.h"

#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/test_cases.h"

namespace khulasa::text {
namespace {

using testing::Escape;
using testing::LoadTestCases;

TEST(StemmerTest, TableOfCases) {
  const auto cases = LoadTestCases("stem_cases.tsv");
  ASSERT_GE(cases.size(), 10u) << "missing src/text/testdata/stem_cases.tsv";
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 2u) << "line " << c.line;
    EXPECT_EQ(StemArabic(c.fields[0]), c.fields[1])
        << "line " << c.line << " input: " << Escape(c.fields[0]);
  }
}

TEST(StemmerTest, EmptyAndOverlongWordsComeBackUnchanged) {
  EXPECT_EQ(StemArabic(""), "");
  std::string long_word;
  for (int i = 0; i < 200; ++i) long_word += "\u0643";
  EXPECT_EQ(StemArabic(long_word), long_word);
}

TEST(StemmerTest, ThreadsGetTheSameStemsAsOneThread) {
  const auto cases = LoadTestCases("stem_cases.tsv");
  ASSERT_FALSE(cases.empty());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&cases, &mismatches, t] {
      std::string out;
      for (int round = 0; round < 200; ++round) {
        for (const auto& c : cases) {
          StemArabic(c.fields[0], &out);
          if (out != c.fields[1]) ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

}  // namespace
}  // namespace khulasa::text
