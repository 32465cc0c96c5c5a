#include "src/text/sentence_splitter.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/test_cases.h"

namespace khulasa::text {
namespace {

using testing::Escape;
using testing::LoadTestCases;

std::vector<std::string> Texts(std::string_view text,
                               const std::vector<ByteRange>& ranges) {
  std::vector<std::string> out;
  for (const ByteRange& r : ranges) {
    out.emplace_back(text.substr(r.begin, r.size()));
  }
  return out;
}

void ExpectOrderedNonEmpty(std::string_view text,
                           const std::vector<ByteRange>& ranges) {
  size_t previous_end = 0;
  for (const ByteRange& r : ranges) {
    EXPECT_LT(r.begin, r.end) << Escape(text);
    EXPECT_LE(previous_end, r.begin) << Escape(text);
    EXPECT_LE(r.end, text.size()) << Escape(text);
    previous_end = r.end;
  }
}

TEST(SentenceSplitterTest, TableOfCases) {
  const auto cases = LoadTestCases("split_cases.tsv");
  ASSERT_GT(cases.size(), 30u) << "missing src/text/testdata/split_cases.tsv";
  for (const auto& c : cases) {
    const std::string& input = c.fields[0];
    const std::vector<std::string> expected(c.fields.begin() + 1,
                                            c.fields.end());
    const std::vector<ByteRange> sentences = SplitSentences(input);
    EXPECT_EQ(Texts(input, sentences), expected)
        << "line " << c.line << " input: " << Escape(input);
    ExpectOrderedNonEmpty(input, sentences);
  }
}

// Boundaries an Arabic editor agrees with: initials and abbreviations,
// numbers, dates, times, URLs, ellipses and quotations (issue 2).
TEST(SentenceSplitterTest, EditorBoundaryCases) {
  const auto cases = LoadTestCases("split_boundary_cases.tsv");
  ASSERT_GE(cases.size(), 50u)
      << "missing src/text/testdata/split_boundary_cases.tsv";
  for (const auto& c : cases) {
    const std::string& input = c.fields[0];
    const std::vector<std::string> expected(c.fields.begin() + 1,
                                            c.fields.end());
    const std::vector<ByteRange> sentences = SplitSentences(input);
    EXPECT_EQ(Texts(input, sentences), expected)
        << "split_boundary_cases.tsv line " << c.line
        << " input: " << Escape(input);
    ExpectOrderedNonEmpty(input, sentences);
  }
}

// The scan for terminators reads 16 bytes at a time: each terminator (and
// the Arabic letters that share a lead byte with one) must be seen at every
// offset within a block and across a block boundary.
TEST(SentenceSplitterTest, FindsTerminatorsAtEveryBlockOffset) {
  const std::string sentences =
      "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631. "
      "\u0647\u0644 \u0639\u0627\u062F\u061F "
      "\u062A\u0645 \u0630\u0644\u0643! "
      "\u062C\u0627\u0621 \u0627\u0644\u0648\u0641\u062F\u06D4 "
      "\u0648\u0627\u0646\u062A\u0638\u0631\u2026 "
      "\u0627\u0646\u062A\u0647\u0649";
  for (size_t pad = 0; pad < 40; ++pad) {
    const std::string text = std::string(pad, 'a') + " " + sentences;
    const std::vector<ByteRange> got = SplitSentences(text);
    ASSERT_EQ(got.size(), 6u) << "pad " << pad;
    EXPECT_EQ(text.substr(got[5].begin, got[5].size()),
              "\u0627\u0646\u062A\u0647\u0649");
  }
}

TEST(SentenceSplitterTest, EmptyInputHasNoSentencesOrParagraphs) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitParagraphs("").empty());
  EXPECT_FALSE(LooksHardWrapped(""));
}

TEST(SentenceSplitterTest, DetectsHardWrapping) {
  const auto cases = LoadTestCases("wrap_cases.tsv");
  ASSERT_GE(cases.size(), 4u) << "missing src/text/testdata/wrap_cases.tsv";
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 2u) << "line " << c.line;
    EXPECT_EQ(LooksHardWrapped(c.fields[1]), c.fields[0] == "true")
        << "line " << c.line << " input: " << Escape(c.fields[1]);
  }
}

TEST(SentenceSplitterTest, WrappedLinesJoinIntoParagraphsUntilAShortLine) {
  const auto cases = LoadTestCases("wrap_cases.tsv");
  ASSERT_FALSE(cases.empty());
  const std::string& wrapped = cases[0].fields[1];
  ASSERT_TRUE(LooksHardWrapped(wrapped));
  const std::vector<ByteRange> paragraphs = SplitParagraphs(wrapped);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0].begin, 0u);
  EXPECT_EQ(paragraphs[1].end, wrapped.size());
  // The same lines unwrapped: one paragraph per line.
  const std::string& unwrapped = cases[1].fields[1];
  EXPECT_EQ(SplitParagraphs(unwrapped).size(), 2u);
}

TEST(SentenceSplitterTest, ParagraphsAreTrimmedAndBlankLinesSkipped) {
  const std::string text = "  a b  \n\n\n c \n";
  const std::vector<ByteRange> paragraphs = SplitParagraphs(text);
  EXPECT_EQ(Texts(text, paragraphs), (std::vector<std::string>{"a b", "c"}));
}

TEST(SentenceSplitterTest, ManyTerminatorsAndLongInputStayLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "\u0646\u0639\u0645. ";
  text += std::string(100000, '.');
  const std::vector<ByteRange> sentences = SplitSentences(text);
  EXPECT_EQ(sentences.size(), 20001u);
  ExpectOrderedNonEmpty(text, sentences);
}

// Long words full of dots must not make the splitter rescan the word at
// every dot (quadratic). 64 KiB of each pattern must finish quickly; the
// test times out under ctest if it does not.
TEST(SentenceSplitterTest, LongDottedWordsStayLinear) {
  const std::string kPatterns[] = {"\u0628.", "a-.", "http://x-.",
                                   "@-.",     "1.",  "a."};
  for (const std::string& pattern : kPatterns) {
    std::string text;
    while (text.size() < (1u << 16)) text += pattern;
    ExpectOrderedNonEmpty(text, SplitSentences(text));
  }
}

TEST(SentenceSplitterTest, EveryBytePairNeverBreaksInvariants) {
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; b += 5) {
      std::string text = "x";
      text.push_back(static_cast<char>(a));
      text.push_back('.');
      text.push_back(static_cast<char>(b));
      text += "\n";
      ExpectOrderedNonEmpty(text, SplitSentences(text));
    }
  }
}

}  // namespace
}  // namespace khulasa::text
