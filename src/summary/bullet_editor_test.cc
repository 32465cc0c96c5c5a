#include "src/summary/bullet_editor.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/summary/units.h"
#include "src/text/blank.h"
#include "src/text/test_cases.h"
#include "src/text/utf8.h"

namespace khulasa::summary {
namespace {

struct Case {
  EditOptions options;
  std::string input;
  std::string expected;
  bool leans = false;
  int line = 0;
};

EditOptions ParseOptions(const std::string& spec) {
  EditOptions options;
  options.drop_trailing_clause = spec.find('c') != std::string::npos;
  options.hard_limit = spec.find('h') != std::string::npos;
  const size_t cap = spec.find('k');
  if (cap != std::string::npos) {
    options.hard_cap_words = std::strtoul(spec.c_str() + cap + 1, nullptr, 10);
  }
  const size_t w = spec.find('w');
  if (w != std::string::npos) {
    options.max_words = std::strtoul(spec.c_str() + w + 1, nullptr, 10);
  }
  return options;
}

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  for (const text::testing::TestCase& c :
       text::testing::LoadTestCasesFrom(text::testing::SourcePath(
           "src/summary/testdata/bullet_editor_cases.tsv"))) {
    if (c.fields.size() != 4) {
      ADD_FAILURE() << "line " << c.line << ": want 4 fields";
      continue;
    }
    cases.push_back(Case{ParseOptions(c.fields[0]), c.fields[1], c.fields[2],
                         c.fields[3] == "1", c.line});
  }
  return cases;
}

// Every edited byte copies a byte of the input, in order, apart from the
// single spaces that join kept words: edits only delete.
void ExpectDeletionsOnly(std::string_view input, const EditedBullet& edited) {
  ASSERT_EQ(edited.from.size(), edited.text.size() + 1);
  int64_t last = -1;
  for (size_t i = 0; i < edited.text.size(); ++i) {
    if (edited.from[i] == kJoiningSpace) {
      EXPECT_EQ(edited.text[i], ' ') << "byte " << i;
      continue;
    }
    ASSERT_LT(edited.from[i], input.size());
    ASSERT_LT(last, static_cast<int64_t>(edited.from[i]));
    last = edited.from[i];
    EXPECT_EQ(edited.text[i], input[edited.from[i]]) << "byte " << i;
  }
}

TEST(EditBulletTest, TableOfCases) {
  const std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 30u) << "bullet_editor_cases.tsv not found or short";
  EditedBullet edited;
  for (const Case& c : cases) {
    EditBullet(c.input, c.options, &edited);
    EXPECT_EQ(edited.text, c.expected) << "line " << c.line;
    EditScratch scratch;
    EXPECT_EQ(LeansOnPrevious(c.input, &scratch), c.leans) << "line " << c.line;
    EXPECT_EQ(edited.words, text::CountWords(edited.text)) << "line " << c.line;
    ExpectDeletionsOnly(c.input, edited);
    EXPECT_TRUE(text::IsValidUtf8(edited.text)) << "line " << c.line;
  }
}

TEST(EditBulletTest, BlankAndPunctuationOnlyInputs) {
  EditedBullet edited;
  for (std::string_view input :
       {"", "   ", "- - -", "\u060C \u060C", "(", "."}) {
    EditBullet(input, EditOptions{}, &edited);
    ExpectDeletionsOnly(input, edited);
    EXPECT_TRUE(text::IsValidUtf8(edited.text)) << input;
  }
}

TEST(EditBulletTest, InvalidUtf8NeverCrashes) {
  const std::string input = "\x80\xff \xd9 \xd9\x88\xd9 abc";
  EditedBullet edited;
  EditBullet(input, EditOptions{}, &edited);
  ExpectDeletionsOnly(input, edited);
}

TEST(EditBulletTest, BlankRunsBecomeOneSpace) {
  const std::string input =
      "\u0648\u0642\u0627\u0644  \n a b c d e f";  // "وقال" + 7 words
  EditedBullet edited;
  EditBullet(input, EditOptions{}, &edited);
  EXPECT_EQ(edited.text, "\u0642\u0627\u0644 a b c d e f");
  EXPECT_EQ(edited.words, 7u);
  ExpectDeletionsOnly(input, edited);
}

TEST(EditBulletTest, HardLimitNeverKeepsMoreWords) {
  std::string text;
  for (int i = 0; i < 50; ++i) {
    text.append("word");
    text.append(std::to_string(i));
    text.push_back(' ');
  }
  EditedBullet edited;
  for (size_t limit = 1; limit < 60; ++limit) {
    EditOptions options;
    options.max_words = limit;
    options.hard_limit = true;
    EditBullet(text, options, &edited);
    EXPECT_EQ(text::CountWords(edited.text), std::min<size_t>(limit, 50))
        << "limit " << limit;
    ExpectDeletionsOnly(text, edited);
  }
}

// A hard limit holds by text::CountWords() and never leaves an empty bullet for
// text with words (summary_fuzzer found both in the old trimmer: a lone
// leading clause mark, and words joined by no-break spaces).
TEST(EditBulletTest, HardLimitHoldsForLoneMarksAndNoBreakSpaces) {
  const std::pair<std::string, size_t> rows[] = {
      {"; a b c d e f g", 4},        {", ( - x y", 4},
      {"\u060C a b c d", 2},         {", a", 1},
      {"a\u00A0b\u00A0c\u00A0d", 2}, {"a, b c d e", 4},
  };
  EditedBullet edited;
  for (const auto& [input, limit] : rows) {
    EditOptions options;
    options.max_words = limit;
    options.hard_limit = true;
    EditBullet(input, options, &edited);
    EXPECT_FALSE(edited.text.empty()) << input;
    EXPECT_LE(text::CountWords(edited.text), limit) << input;
    ExpectDeletionsOnly(input, edited);
  }
}

TEST(EditBulletTest, ACutEndsOnAClauseBoundaryWithNoDanglingComma) {
  // "verb a0 ... a7، b0 ... b7،" + 20 more words: cut after the second
  // comma.
  std::string text = "\u0623\u0639\u0644\u0646 ";  // a verb first
  auto words = [&](char letter, int count) {
    for (int i = 0; i < count; ++i) {
      text.push_back(letter);
      text.append(std::to_string(i));
      text.push_back(' ');
    }
  };
  words('a', 7);
  text.append("a7\u060C ");
  words('b', 7);
  text.append("b7\u060C ");
  words('c', 20);
  EditOptions options;
  options.max_words = 20;
  EditedBullet edited;
  EditBullet(text, options, &edited);
  EXPECT_EQ(text::CountWords(edited.text), 17u);
  EXPECT_EQ(edited.text.substr(edited.text.size() - 2), "b7");
  EXPECT_TRUE(edited.edits & kEditCut);
}

}  // namespace
}  // namespace khulasa::summary
