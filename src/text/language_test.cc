#include "src/text/language.h"

#include <string>

#include "gtest/gtest.h"

#include "src/text/test_cases.h"

namespace khulasa::text {
namespace {

using testing::Escape;
using testing::LoadTestCases;

TEST(LanguageTest, GuessesTheLanguageOfEachComposedText) {
  const auto cases = LoadTestCases("language_cases.tsv");
  ASSERT_GE(cases.size(), 15u);
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 2u) << "line " << c.line;
    EXPECT_EQ(LanguageCode(GuessLanguage(c.fields[1])), c.fields[0])
        << "line " << c.line << ": " << c.fields[1];
  }
}

TEST(LanguageTest, EmptyBlankAndInvalidInputIsOther) {
  for (const std::string input :
       {"", "   \n\t", "\xD8", "\xFF\xFE\xA7", "\xD8\xA7\xD8"}) {
    // "\xD8\xA7\xD8" has one Arabic letter and a truncated one.
    const Language expected =
        input == "\xD8\xA7\xD8" ? Language::kArabic : Language::kOther;
    EXPECT_EQ(GuessLanguage(input), expected) << "input: " << Escape(input);
  }
}

TEST(LanguageTest, CountsTheLettersItDecidesOn) {
  LetterCounts counts;
  // "abc" + U+067E U+06D2 U+0629 U+06D5 + U+FEB5 (a presentation form).
  counts.Add("abc \xD9\xBE\xDB\x92\xD8\xA9\xDB\x95\xEF\xBA\xB5");
  EXPECT_EQ(counts.letters, 8u);
  EXPECT_EQ(counts.arabic_script, 5u);
  EXPECT_EQ(counts.persian, 1u);
  EXPECT_EQ(counts.urdu, 1u);
  EXPECT_EQ(counts.teh_marbuta, 1u);
  EXPECT_EQ(counts.other_script, 1u);
}

TEST(LanguageTest, HalfLatinIsStillArabicButLessIsOther) {
  LetterCounts counts;
  counts.letters = 10;
  counts.arabic_script = 5;
  EXPECT_EQ(GuessLanguage(counts), Language::kArabic);
  counts.letters = 11;
  EXPECT_EQ(GuessLanguage(counts), Language::kOther);
}

TEST(LanguageTest, MarkersNeedThreeAndOnePercent) {
  LetterCounts counts;
  counts.letters = counts.arabic_script = 400;
  counts.persian = 3;  // 0.75 %
  EXPECT_EQ(GuessLanguage(counts), Language::kArabic);
  counts.persian = 4;  // 1 %
  EXPECT_EQ(GuessLanguage(counts), Language::kPersian);
  counts.teh_marbuta = 4;
  EXPECT_EQ(GuessLanguage(counts), Language::kArabic);
  counts.urdu = 4;
  EXPECT_EQ(GuessLanguage(counts), Language::kUrdu);
}

TEST(LanguageTest, CodesAndNames) {
  EXPECT_EQ(LanguageCode(Language::kArabic), "ar");
  EXPECT_EQ(LanguageCode(Language::kPersian), "fa");
  EXPECT_EQ(LanguageCode(Language::kUrdu), "ur");
  EXPECT_EQ(LanguageCode(Language::kOther), "other");
  EXPECT_EQ(LanguageName(Language::kPersian), "Persian");
}

}  // namespace
}  // namespace khulasa::text
