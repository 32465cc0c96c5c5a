#include "src/text/light_stemmer.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"

#include "src/text/test_cases.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

using testing::Escape;
using testing::LoadTestCases;

std::u32string Decode(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeUtf8(s, &pos));
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

TEST(LightStemmerTest, TableOfCases) {
  const auto cases = LoadTestCases("light_stem_cases.tsv");
  ASSERT_GE(cases.size(), 20u)
      << "missing src/text/testdata/light_stem_cases.tsv";
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 2u) << "line " << c.line;
    const std::u32string word = Decode(c.fields[0]);
    const std::u32string_view stem = LightStem(word);
    EXPECT_EQ(Encode(stem), c.fields[1])
        << "line " << c.line << " input: " << Escape(c.fields[0]);
    // The stem is a piece of the word, not a copy.
    EXPECT_GE(stem.data(), word.data()) << "line " << c.line;
    EXPECT_LE(stem.data() + stem.size(), word.data() + word.size())
        << "line " << c.line;
  }
}

TEST(LightStemmerTest, EmptyWordGivesEmptyStem) {
  EXPECT_TRUE(LightStem(std::u32string_view()).empty());
}

}  // namespace
}  // namespace khulasa::text
