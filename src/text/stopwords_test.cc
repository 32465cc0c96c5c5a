#include "src/text/stopwords.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/normalizer.h"
#include "src/text/test_cases.h"

namespace khulasa::text {
namespace {

using testing::LoadTestCases;

TEST(StopwordsTest, TableOfCases) {
  const auto cases = LoadTestCases("stopword_cases.tsv");
  ASSERT_GE(cases.size(), 10u)
      << "missing src/text/testdata/stopword_cases.tsv";
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 2u) << "line " << c.line;
    EXPECT_EQ(IsStopword(NormalizeForMatching(c.fields[0])),
              c.fields[1] == "true")
        << "line " << c.line << " word: " << c.fields[0];
  }
}

TEST(StopwordsTest, EmptyAndLongWordsAreNotStopwords) {
  EXPECT_FALSE(IsStopword(""));
  EXPECT_FALSE(IsStopword(std::string(1000, 'a')));
}

TEST(StopwordsTest, NormalizedSetIsSortedUniqueAndCoversTheRawList) {
  const auto& set = NormalizedStopwords();
  ASSERT_GT(set.size(), 150u);
  EXPECT_TRUE(std::is_sorted(set.begin(), set.end()));
  EXPECT_EQ(std::adjacent_find(set.begin(), set.end()), set.end());
  for (std::string_view raw : RawStopwords()) {
    EXPECT_TRUE(IsStopword(NormalizeForMatching(raw))) << raw;
  }
}

// The embedded copy (src/text/stopwords_data.inc) must match the data file;
// rerun scripts/gen/gen_stopwords.py after editing the list.
TEST(StopwordsTest, EmbeddedListMatchesDataFile) {
  std::ifstream in(testing::SourcePath("data/arabic_stopwords.txt"));
  ASSERT_TRUE(in) << "cannot read data/arabic_stopwords.txt";
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    const size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos || line[begin] == '#') continue;
    const size_t end = line.find_last_not_of(" \t\r");
    words.push_back(line.substr(begin, end - begin + 1));
  }
  const auto& embedded = RawStopwords();
  ASSERT_EQ(embedded.size(), words.size())
      << "rerun scripts/gen/gen_stopwords.py";
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(embedded[i], words[i]) << "entry " << i;
  }
}

}  // namespace
}  // namespace khulasa::text
