#include "src/article/line_classifier.h"

#include <algorithm>
#include <cstddef>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::article {
namespace {

struct PredicateCase {
  const char* line;
  bool expected;
};

TEST(IsButtonLabelTest, MatchesLabelsInAnySpelling) {
  const PredicateCase kCases[] = {
      {"\u0627\u0633\u062A\u0645\u0639 \u0625\u0644\u0649 "
       "\u0627\u0644\u0645\u0644\u062E\u0635",
       true},
      {"\u0627\u0633\u062A\u0645\u0639 \u0627\u0644\u0649 "
       "\u0627\u0644\u0645\u0644\u062E\u0635",
       true},  // bare alef
      {"\u0627\u0633\u062A\u0645\u0639 \u0625\u0644\u064A "
       "\u0627\u0644\u0645\u0644\u062E\u0635",
       true},  // yeh for alef maksura
      {"\u0627\u0633\u0640\u062A\u0645\u0639  \u0625\u0644\u0649   "
       "\u0627\u0644\u0645\u0644\u062E\u0635",
       true},  // tatweel, extra spaces
      {"\u0627\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635", true},
      {"\u0623\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635",
       true},  // hamza on alef
      {"\u0623\u064E\u0638\u0652\u0647\u0650\u0631\u0650 "
       "\u0627\u0644\u0645\u0644\u062E\u0635",
       true},  // diacritics
      {"\u200F\u0627\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635",
       true},  // leading RLM
      {"\u0623\u062E\u0641 \u0627\u0644\u0645\u0644\u062E\u0635", true},
      {"\u0627\u0644\u0645\u0644\u062E\u0635", false},
      {"\u0627\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635 "
       "\u0627\u0644\u0643\u0627\u0645\u0644 \u0644\u0644\u062E\u0628\u0631",
       false},
      {"", false},
      {"Show summary", false},
  };
  for (const PredicateCase& c : kCases) {
    EXPECT_EQ(IsButtonLabel(c.line), c.expected) << "input: " << c.line;
  }
}

// "Read also" links and captions moved to IsFurnitureLine
// (testdata/furniture_cases.tsv); Latin-only "Read more" lines stay embeds.
TEST(IsEmbedLineTest, TellsEmbedsFromProse) {
  const PredicateCase kCases[] = {
      // A tweet glued to its attribution.
      {"Talks went well today.\u2014 Foreign Office (@FO_News) March 3, 2025",
       true},
      // Arabic tweet with an Arabic date.
      {"\u0628\u062F\u0623\u0646\u0627 \u0627\u0644\u064A\u0648\u0645 "
       "\u0645\u0631\u062D\u0644\u0629 \u062C\u062F\u064A\u062F\u0629 \u2014 "
       "\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0646\u0642\u0644 "
       "(@Transport_1) 3 \u0645\u0627\u0631\u0633 2025",
       true},
      {"\U0001F517 Read More: https://t.co/abcdef", true},
      {"Read more: https://example.com/x", true},
      {"pic.twitter.com/AbCdEf12", true},
      // Folding before matching: case, a format control inside the link,
      // a link after long prose; the prefix tests fold only the line start.
      {"PIC.Twitter.COM/AbCdEf12", true},
      {"pic.twit\u200Bter.com/AbCdEf12", true},
      {"\u0635\u0648\u0631\u0629 \u0645\u0646 "
       "\u0627\u0644\u0645\u0648\u0642\u0639 "
       "\u0627\u0644\u064A\u0648\u0645 pic.twitter.com/AbCdEf12",
       true},
      {"  READ\u00A0  More: https://example.com/x", true},
      // A date with slashes in prose is not a link.
      {"\u0648\u0642\u0639 \u0627\u0644\u0627\u062A\u0641\u0627\u0642 "
       "\u0641\u064A 2025/3/4.",
       false},
      // Latin-only line in an Arabic article.
      {"Photo: courtesy of the ministry", true},
      // Prose, even with an (@handle) but without a dash and date.
      {"\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 "
       "\u0641\u064A \u062A\u063A\u0631\u064A\u062F\u0629 \u0639\u0644\u0649 "
       "\u062D\u0633\u0627\u0628\u0647 (@Minister) \u0625\u0646 "
       "\u0627\u0644\u0645\u062D\u0627\u062F\u062B\u0627\u062A "
       "\u0645\u062B\u0645\u0631\u0629.",
       false},
      // Prose ending with a credit but with sentence punctuation.
      {"\u0648\u0623\u0639\u0644\u0646\u062A "
       "\u0627\u0644\u0648\u0632\u0627\u0631\u0629 "
       "\u0627\u0641\u062A\u062A\u0627\u062D "
       "\u0627\u0644\u0637\u0631\u064A\u0642. \u0648\u0642\u0627\u0644 "
       "\u0627\u0644\u0645\u062A\u062D\u062F\u062B \u0625\u0646\u0647 "
       "\u0622\u0645\u0646 (\u0631\u0648\u064A\u062A\u0631\u0632)",
       false},
      {"\u0648\u062A\u0648\u0642\u0639 "
       "\u0627\u0644\u062A\u0642\u0631\u064A\u0631 \u0646\u0645\u0648 "
       "\u0627\u0644\u0627\u0642\u062A\u0635\u0627\u062F "
       "\u0628\u0646\u0633\u0628\u0629 3.5% \u062E\u0644\u0627\u0644 "
       "\u0627\u0644\u0639\u0627\u0645 \u0627\u0644\u0645\u0642\u0628\u0644.",
       false},
      {"12345", false},
      {"", false},
  };
  for (const PredicateCase& c : kCases) {
    EXPECT_EQ(IsEmbedLine(c.line), c.expected) << "input: " << c.line;
  }
}

TEST(LooksLikeHeadingTest, ShortLinesWithoutFinalPunctuation) {
  const PredicateCase kCases[] = {
      {"\u0627\u0644\u062A\u0639\u0627\u0648\u0646 "
       "\u0627\u0644\u062F\u0641\u0627\u0639\u064A "
       "\u0648\u0627\u0644\u0623\u0645\u0646\u064A",
       true},
      {"\u0645\u0643\u0627\u0641\u062D\u0629 "
       "\u0627\u0644\u0625\u0631\u0647\u0627\u0628 "
       "\u0648\u0625\u0646\u0641\u0627\u0630 "
       "\u0627\u0644\u0642\u0627\u0646\u0648\u0646",
       true},
      {"\u0627\u0644\u062A\u0639\u0627\u0648\u0646 "
       "\u0627\u0644\u062F\u0641\u0627\u0639\u064A "
       "\u0648\u0627\u0644\u0623\u0645\u0646\u064A.",
       false},
      {"\u0627\u0644\u062A\u0639\u0627\u0648\u0646 "
       "\u0627\u0644\u062F\u0641\u0627\u0639\u064A "
       "\u0648\u0627\u0644\u0623\u0645\u0646\u064A:",
       false},
      {"\u0627\u0644\u062A\u0639\u0627\u0648\u0646 "
       "\u0627\u0644\u062F\u0641\u0627\u0639\u064A "
       "\u0648\u0627\u0644\u0623\u0645\u0646\u064A\u060C",
       false},
      {"\u0647\u0644 \u064A\u0646\u062C\u062D "
       "\u0627\u0644\u0627\u062A\u0641\u0627\u0642\u061F",
       false},
      {"Defense cooperation", false},  // no Arabic letter
      {"\u0643\u0644\u0645\u0629 \u0643\u0644\u0645\u0629 "
       "\u0643\u0644\u0645\u0629 \u0643\u0644\u0645\u0629 "
       "\u0643\u0644\u0645\u0629 \u0643\u0644\u0645\u0629 "
       "\u0643\u0644\u0645\u0629 \u0643\u0644\u0645\u0629 "
       "\u0643\u0644\u0645\u0629 \u0643\u0644\u0645\u0629 "
       "\u0643\u0644\u0645\u0629 \u0643\u0644\u0645\u0629 "
       "\u0643\u0644\u0645\u0629",
       false},  // 13 words
      {"", false},
  };
  for (const PredicateCase& c : kCases) {
    EXPECT_EQ(LooksLikeHeading(c.line, 12), c.expected) << "input: " << c.line;
  }
}

TEST(ParseHeaderLineTest, ReadsDateAndSection) {
  struct Case {
    const char* line;
    bool ok;
    const char* date;
    const char* section;
  };
  const Case kCases[] = {
      {"date 2025-12-20 - \u0623\u062E\u0628\u0627\u0631", true, "2025-12-20",
       "\u0623\u062E\u0628\u0627\u0631"},
      {"Date 2025-01-02 - \u0633\u064A\u0627\u0633\u0629 "
       "\u0648\u0627\u0642\u062A\u0635\u0627\u062F",
       true, "2025-01-02",
       "\u0633\u064A\u0627\u0633\u0629 "
       "\u0648\u0627\u0642\u062A\u0635\u0627\u062F"},
      {"date 2025-12-20", true, "2025-12-20", ""},
      {"date 2025-12-20 \u2014 \u0631\u064A\u0627\u0636\u0629", true,
       "2025-12-20", "\u0631\u064A\u0627\u0636\u0629"},
      {"date 2025-13-20 - \u0623\u062E\u0628\u0627\u0631", false, "",
       ""},  // month 13
      {"date 2025-12-200 - \u0623\u062E\u0628\u0627\u0631", false, "", ""},
      {"date 20251220 - \u0623\u062E\u0628\u0627\u0631", false, "", ""},
      {"date2025-12-20 - \u0623\u062E\u0628\u0627\u0631", false, "", ""},
      {"update 2025-12-20", false, "", ""},
      {"date 2025-12-20 \u0623\u062E\u0628\u0627\u0631", false, "", ""},
      {"", false, "", ""},
  };
  for (const Case& c : kCases) {
    std::string date;
    std::string section;
    EXPECT_EQ(ParseHeaderLine(c.line, &date, &section), c.ok)
        << "input: " << c.line;
    if (c.ok) {
      EXPECT_EQ(date, c.date) << "input: " << c.line;
      EXPECT_EQ(section, c.section) << "input: " << c.line;
    }
  }
}

TEST(FoldForMatchTest, FoldsSpellingVariants) {
  EXPECT_EQ(
      FoldForMatch("  \u0623\u064E\u0647\u0652\u0644\u0627\u064B   "
                   "\u0648\u0633\u0647\u0644\u0627\u064B  "),
      FoldForMatch("\u0627\u0647\u0644\u0627 \u0648\u0633\u0647\u0644\u0627"));
  EXPECT_EQ(FoldForMatch("READ More"), "read more");
  EXPECT_EQ(FoldForMatch(""), "");
  EXPECT_EQ(FoldForMatch("\u0625\u0644\u0649"), "\u0627\u0644\u064A");
}

// FoldForMatch(line, n) is the start of FoldForMatch(line): at least n
// bytes of it, or all of it when it is shorter.
TEST(FoldForMatchTest, BoundedFoldIsPrefixOfFullFold) {
  const char* const kLines[] = {
      "",
      "   \u064B\u200F ",
      "READ   More: x",
      "  \u0623\u064E\u0647\u0652\u0644\u0627\u064B   "
      "\u0648\u0633\u0647\u0644\u0627\u064B  ",
      "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627\u064B: x",
  };
  for (const char* line : kLines) {
    const std::string full = FoldForMatch(line);
    for (size_t n : {0u, 1u, 2u, 5u, 9u, 17u, 100u}) {
      const std::string part = FoldForMatch(line, n);
      EXPECT_EQ(full.substr(0, part.size()), part)
          << "input: " << line << " n=" << n;
      EXPECT_GE(part.size(), std::min(n, full.size()))
          << "input: " << line << " n=" << n;
    }
  }
  EXPECT_TRUE(FoldForMatch("  \u064B\u0640\u200F\u00A0", 1).empty());
  EXPECT_EQ(FoldForMatch("  x  ", 1), "x");
}

}  // namespace
}  // namespace khulasa::article
