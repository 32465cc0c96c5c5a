#include "src/eval/sentence_lines.h"

#include <string>

#include "gtest/gtest.h"

#include "src/eval/rouge_tokenizer.h"

namespace khulasa::eval {
namespace {

// "dhahaba al-walad ila al-madrasa. thumma 'ada ila al-bayt? na'am"
constexpr const char* kFirst =
    "\u0630\u0647\u0628 \u0627\u0644\u0648\u0644\u062F \u0625\u0644\u0649 "
    "\u0627\u0644\u0645\u062F\u0631\u0633\u0629.";
constexpr const char* kSecond =
    "\u062B\u0645 \u0639\u0627\u062F \u0625\u0644\u0649 "
    "\u0627\u0644\u0628\u064A\u062A\u061F";
constexpr const char* kThird = "\u0646\u0639\u0645";

TEST(SentencePerLineTest, PutsEachSentenceOnItsOwnLine) {
  const struct {
    std::string input;
    std::string expected;
  } rows[] = {
      {"", ""},
      {"   ", "   "},
      {"One. Two! Three", "One.\nTwo!\nThree"},
      {"One.  Two", "One.\n Two"},
      {std::string(kFirst) + " " + kSecond + " " + kThird,
       std::string(kFirst) + "\n" + kSecond + "\n" + kThird},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(SentencePerLine(row.input), row.expected)
        << "input: " << row.input;
  }
}

TEST(SentencePerLineTest, NeverChangesTheTokens) {
  const std::string inputs[] = {
      std::string(kFirst) + kSecond + "\n\n" + kThird,
      "The U.S. economy grew 2.5% in 2024.Then it slowed.\r\nEnd",
      "a\xff.b",
  };
  for (const std::string& input : inputs) {
    const std::string lined = SentencePerLine(input);
    EXPECT_EQ(TokenizeForRouge(lined, {}), TokenizeForRouge(input, {}))
        << "input: " << input;
    EXPECT_EQ(lined.find('\r'), std::string::npos);
  }
}

}  // namespace
}  // namespace khulasa::eval
