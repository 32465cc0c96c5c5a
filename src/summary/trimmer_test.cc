#include "src/summary/trimmer.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/summary/units.h"

namespace khulasa::summary {
namespace {

std::string TestDataPath(const std::string& name) {
  const char* source = std::getenv("KHULASA_SOURCE_DIR");
  return std::string(source != nullptr ? source : ".") +
         "/src/summary/testdata/" + name;
}

struct Case {
  TrimOptions options;
  std::string input;
  std::string expected;
  int line = 0;
};

TrimOptions ParseOptions(const std::string& spec) {
  TrimOptions options;
  options.drop_dateline = spec.find('d') != std::string::npos;
  options.drop_trailing_clause = spec.find('c') != std::string::npos;
  options.hard_limit = spec.find('h') != std::string::npos;
  const size_t w = spec.find('w');
  if (w != std::string::npos) {
    options.max_words = std::strtoul(spec.c_str() + w + 1, nullptr, 10);
  }
  return options;
}

std::vector<Case> LoadCases() {
  std::ifstream in(TestDataPath("trimmer_cases.tsv"));
  std::vector<Case> cases;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    while (fields.size() < 3) fields.emplace_back();
    cases.push_back(
        Case{ParseOptions(fields[0]), fields[1], fields[2], line_no});
  }
  return cases;
}

TEST(TrimBulletTest, TableOfCases) {
  const std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 10u) << "trimmer_cases.tsv not found or short";
  for (const Case& c : cases) {
    const ByteRange kept = TrimBullet(c.input, c.options);
    ASSERT_LE(kept.begin, kept.end);
    ASSERT_LE(kept.end, c.input.size());
    EXPECT_EQ(c.input.substr(kept.begin, kept.size()), c.expected)
        << "line " << c.line << " input: " << c.input;
  }
}

TEST(TrimBulletTest, NoOptionsKeepsEverythingButOuterBlanks) {
  const std::string text = "  abc def.  ";
  const ByteRange kept = TrimBullet(text, TrimOptions{false, false, 0, false});
  EXPECT_EQ(text.substr(kept.begin, kept.size()), "abc def.");
}

TEST(TrimBulletTest, EmptyAndBlankInputGiveEmptyRange) {
  EXPECT_TRUE(TrimBullet("", TrimOptions{}).empty());
  EXPECT_TRUE(TrimBullet(" \n\t ", TrimOptions{}).empty());
}

TEST(TrimBulletTest, PunctuationOnlyInputStaysInBounds) {
  const std::string text = ", , ، ; : - -";
  const ByteRange kept = TrimBullet(text, TrimOptions{true, true, 2, true});
  EXPECT_LE(kept.end, text.size());
  EXPECT_LE(kept.begin, kept.end);
}

TEST(TrimBulletTest, HardLimitNeverKeepsMoreWords) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "word" + std::to_string(i) + " ";
  for (size_t limit = 1; limit < 60; ++limit) {
    TrimOptions options{false, false, limit, true};
    const ByteRange kept = TrimBullet(text, options);
    const std::string out = text.substr(kept.begin, kept.size());
    size_t words = out.empty() ? 0 : 1;
    for (char ch : out) words += ch == ' ' ? 1 : 0;
    EXPECT_LE(words, limit) << "limit " << limit;
  }
}

// A hard limit holds by CountWords() and never yields an empty range for
// text with words (found by summary_fuzzer: a leading lone clause mark made
// the range empty, and the summarizer then kept the whole bullet).
TEST(TrimBulletTest, HardLimitHoldsForLoneMarksAndNoBreakSpaces) {
  struct Row {
    std::string input;
    size_t limit;
    std::string expected;
  };
  const Row rows[] = {
      {"; a b c d e f g", 4, "; a b c"},         {", ( - x y", 4, ", ( - x"},
      {"\u060C a b c d", 2, "\u060C a"},         {", a", 1, ","},
      {"a\u00A0b\u00A0c\u00A0d", 2, "a\u00A0b"}, {"a, b c d e", 4, "a"},
  };
  for (const Row& row : rows) {
    const ByteRange kept =
        TrimBullet(row.input, TrimOptions{false, false, row.limit, true});
    const std::string out = row.input.substr(kept.begin, kept.size());
    EXPECT_EQ(out, row.expected) << row.input;
    EXPECT_LE(CountWords(out), row.limit) << row.input;
  }
}

}  // namespace
}  // namespace khulasa::summary
