#include "src/eval/extraction_score.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

TEST(ShingleTokensTest, MatchesPythonWordRuns) {
  struct Case {
    const char* input;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"", {}},
      {"  ...  ", {}},
      {"Hello, world_2 42!", {"Hello", "world_2", "42"}},
      {"don't stop", {"don", "t", "stop"}},
      // Arabic letters are \w; harakat (combining marks) are not and split.
      {"\u0643\u062a\u0628 \u0627\u0644\u0648\u0644\u062f",
       {"\u0643\u062a\u0628", "\u0627\u0644\u0648\u0644\u062f"}},
      {"\u0643\u064e\u062a\u064e\u0628\u064e", {"\u0643", "\u062a", "\u0628"}},
      // Arabic-Indic digits are \w; the Arabic comma is not.
      {"\u0661\u0662\u060c\u0663", {"\u0661\u0662", "\u0663"}},
      // Superscript two and vulgar fractions have numeric values.
      {"x\u00b2 \u00bd", {"x\u00b2", "\u00bd"}},
      // Invalid UTF-8 splits like a non-word character.
      {"ab\xff"
       "cd",
       {"ab", "cd"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ShingleTokens(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(ScorePageShinglesTest, CountsMultisetOverlap) {
  // Truth: 6 tokens -> 3 shingles; prediction shares the first two.
  const PageShingleScore s = ScorePageShingles("a b c d e f", "a b c d e x");
  EXPECT_DOUBLE_EQ(s.tp, 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(s.fp, 1.0 / 4.0);
  EXPECT_DOUBLE_EQ(s.fn, 1.0 / 4.0);
  EXPECT_FALSE(s.exact);
}

TEST(ScorePageShinglesTest, ShortTextsAreOneShingle) {
  EXPECT_DOUBLE_EQ(ScorePageShingles("a b", "a b").tp, 1.0);
  EXPECT_DOUBLE_EQ(ScorePageShingles("a b", "a c").tp, 0.0);
  const PageShingleScore empty = ScorePageShingles("", "");
  EXPECT_EQ(empty.tp + empty.fp + empty.fn, 0.0);
  EXPECT_TRUE(empty.exact);
}

TEST(ScorePageShinglesTest, RepeatedShinglesCountOnce) {
  // Truth has "a b c d" twice; the prediction once: one match, one miss.
  const PageShingleScore s = ScorePageShingles("a b c d a b c d", "a b c d");
  EXPECT_DOUBLE_EQ(s.tp, 1.0 / 5.0);
  EXPECT_DOUBLE_EQ(s.fn, 4.0 / 5.0);
}

TEST(CombinePageShinglesTest, AveragesPrecisionAndRecallOverPages) {
  std::vector<PageShingleScore> pages(3);
  pages[0] = {0.5, 0.5, 0.0, false};  // P 0.5, R 1
  pages[1] = {1.0, 0.0, 0.0, true};   // perfect
  pages[2] = {0.0, 0.0, 1.0, false};  // nothing predicted: recall 0 only
  const ShingleScore s = CombinePageShingles(pages);
  EXPECT_DOUBLE_EQ(s.precision, 0.75);
  EXPECT_DOUBLE_EQ(s.recall, 2.0 / 3.0);
  EXPECT_NEAR(s.f1, 2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0), 1e-12);
  EXPECT_DOUBLE_EQ(s.accuracy, 1.0 / 3.0);
}

TEST(ScoreSegmentsTest, MatchesAfterCollapsingWhitespace) {
  const SegmentCounts c =
      ScoreSegments({"first  part", "missing"}, {"menu", "footer text"},
                    "The first\npart of it.\n\nfooter   text here");
  EXPECT_EQ(c.tp, 1u);
  EXPECT_EQ(c.fn, 1u);
  EXPECT_EQ(c.fp, 1u);
  EXPECT_EQ(c.tn, 1u);
  EXPECT_DOUBLE_EQ(c.precision(), 0.5);
  EXPECT_DOUBLE_EQ(c.recall(), 0.5);
  EXPECT_DOUBLE_EQ(c.accuracy(), 0.5);
}

TEST(CollapseWhitespaceTest, CollapsesUnicodeSpaces) {
  EXPECT_EQ(CollapseWhitespace("  a\u00a0\u2003b\n\tc  "), "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(SiteOfUrlTest, IsTheHostWithoutWww) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://www.Example.com:8080/a/b?c", "example.com"},
      {"http://user@news.example.org#top", "news.example.org"},
      {"www.example.net/path", "example.net"},
      {"example.com", "example.com"},
      {"", ""},
      {"https://", ""},
  };
  for (const auto& [url, site] : cases) {
    EXPECT_EQ(SiteOfUrl(url), site) << "url: " << url;
  }
}

}  // namespace
}  // namespace khulasa::eval
