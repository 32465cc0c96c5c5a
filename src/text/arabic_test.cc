#include "src/text/arabic.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "gtest/gtest.h"

#include "src/text/fold_presentation_forms.h"
#include "src/text/stemmer.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

TEST(ArabicTest, PredicatesMatchTheStyleGuideRanges) {
  for (char32_t c = 0; c < 0x11000; ++c) {
    EXPECT_EQ(IsArabicDiacritic(c), (c >= 0x064B && c <= 0x0652) || c == 0x0670)
        << std::hex << uint32_t{c};
    EXPECT_EQ(IsArabicIndicDigit(c), c >= 0x0660 && c <= 0x0669);
    EXPECT_EQ(IsPersianDigit(c), c >= 0x06F0 && c <= 0x06F9);
    EXPECT_EQ(IsAlefVariant(c),
              c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671);
    const bool control = c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
                         (c >= 0x202A && c <= 0x202E) ||
                         (c >= 0x2060 && c <= 0x2064) ||
                         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    EXPECT_EQ(IsFormatControl(c), control) << std::hex << uint32_t{c};
  }
}

TEST(ArabicTest, LettersAreNotMarksDigitsOrTatweel) {
  for (char32_t c = 0x0600; c <= 0x06FF; ++c) {
    if (IsArabicLetter(c)) {
      EXPECT_FALSE(IsArabicMark(c)) << std::hex << uint32_t{c};
      EXPECT_FALSE(IsAnyDigit(c)) << std::hex << uint32_t{c};
      EXPECT_NE(c, kTatweel);
    }
  }
  EXPECT_TRUE(IsArabicLetter(kAlef));
  EXPECT_TRUE(IsArabicLetter(kYeh));
  EXPECT_TRUE(IsArabicLetter(kAlefWasla));
  EXPECT_FALSE(IsArabicLetter(kArabicComma));
  EXPECT_FALSE(IsArabicLetter('a'));
  EXPECT_EQ(DigitValue(0x0667), 7);
  EXPECT_EQ(DigitValue(0x06F3), 3);
  EXPECT_EQ(DigitValue('9'), 9);
  EXPECT_EQ(DigitValue('x'), -1);
}

// The alphabet constants: U+0621-U+063A and U+0641-U+064A, in order, and
// exactly the code points IsCoreArabicLetter accepts.
TEST(ArabicLettersTest, CoreAlphabetIsTheNamedLettersInOrder) {
  constexpr char32_t kAlphabet[] = {kHamza,
                                    kAlefWithMaddaAbove,
                                    kAlefWithHamzaAbove,
                                    kWawWithHamzaAbove,
                                    kAlefWithHamzaBelow,
                                    kYehWithHamzaAbove,
                                    kAlef,
                                    kBeh,
                                    kTehMarbuta,
                                    kTeh,
                                    kTheh,
                                    kJeem,
                                    kHah,
                                    kKhah,
                                    kDal,
                                    kThal,
                                    kReh,
                                    kZain,
                                    kSeen,
                                    kSheen,
                                    kSad,
                                    kDad,
                                    kTah,
                                    kZah,
                                    kAin,
                                    kGhain,
                                    kFeh,
                                    kQaf,
                                    kKaf,
                                    kLam,
                                    kMeem,
                                    kNoon,
                                    kHeh,
                                    kWaw,
                                    kAlefMaksura,
                                    kYeh};
  static_assert(std::size(kAlphabet) == 36);
  for (size_t i = 1; i < std::size(kAlphabet); ++i) {
    const char32_t step = kAlphabet[i] - kAlphabet[i - 1];
    // One step everywhere but over U+063B-U+0640 (ghain to feh).
    EXPECT_EQ(step, kAlphabet[i] == kFeh ? 7u : 1u) << i;
  }
  int core = 0;
  for (char32_t c = 0; c < 0x11000; ++c) {
    const bool named = std::find(std::begin(kAlphabet), std::end(kAlphabet),
                                 c) != std::end(kAlphabet);
    EXPECT_EQ(IsCoreArabicLetter(c), named) << std::hex << uint32_t{c};
    if (IsCoreArabicLetter(c)) {
      ++core;
      EXPECT_TRUE(IsArabicLetter(c)) << std::hex << uint32_t{c};
    }
  }
  EXPECT_EQ(core, 36);
  EXPECT_FALSE(IsCoreArabicLetter(kTatweel));
  EXPECT_FALSE(IsCoreArabicLetter(kAlefWasla));
  EXPECT_FALSE(IsCoreArabicLetter(kFarsiYeh));
  EXPECT_TRUE(IsArabicLetter(kAlefWasla));
  EXPECT_TRUE(IsArabicLetter(kFarsiYeh));
}

TEST(ArabicLettersTest, SunAndMoonLetters) {
  struct Row {
    char32_t letter;
    bool sun;
  };
  constexpr Row kRows[] = {
      {kAlef, false}, {kBeh, false}, {kTeh, true},    {kTheh, true},
      {kJeem, false}, {kHah, false}, {kKhah, false},  {kDal, true},
      {kThal, true},  {kReh, true},  {kZain, true},   {kSeen, true},
      {kSheen, true}, {kSad, true},  {kDad, true},    {kTah, true},
      {kZah, true},   {kAin, false}, {kGhain, false}, {kFeh, false},
      {kQaf, false},  {kKaf, false}, {kLam, true},    {kMeem, false},
      {kNoon, true},  {kHeh, false}, {kWaw, false},   {kYeh, false},
  };
  for (const Row& row : kRows) {
    EXPECT_EQ(IsSunLetter(row.letter), row.sun)
        << "input: U+" << std::hex << uint32_t{row.letter};
  }
  int sun = 0;
  for (char32_t c = 0; c < 0x11000; ++c) sun += IsSunLetter(c) ? 1 : 0;
  EXPECT_EQ(sun, 14);
}

TEST(ArabicTest, MarkAndSignClasses) {
  struct Row {
    char32_t c;
    bool block, haraka, short_vowel, sign;
  };
  constexpr Row kRows[] = {
      {U'a', false, false, false, false},
      {U'\u00D7', false, false, false, false},
      {kArabicNumberSign, true, false, false, true},
      {kArabicComma, true, false, false, true},
      {kArabicPoeticVerseSign, true, false, false, true},
      {kQuranicSignsFirst, true, false, false, false},
      {kArabicSemicolon, true, false, false, true},
      {kArabicLetterMark, true, false, false, false},
      {U'\u061D', true, false, false, false},
      {kArabicQuestionMark, true, false, false, true},
      {kHamza, true, false, false, false},
      {kTatweel, true, false, false, false},
      {kFathatan, true, true, false, false},
      {kFatha, true, true, true, false},
      {kDamma, true, true, true, false},
      {kKasra, true, true, true, false},
      {kShadda, true, true, false, false},
      {kSukun, true, true, false, false},
      {U'\u0653', true, false, false, false},
      {kArabicIndicDigitZero, true, false, false, false},
      {kArabicPercentSign, true, false, false, true},
      {kArabicDecimalSeparator, true, false, false, true},
      {kArabicThousandsSeparator, true, false, false, true},
      {kArabicFivePointedStar, true, false, false, true},
      {kSuperscriptAlef, true, false, false, false},
      {kArabicFullStop, true, false, false, true},
      {U'\u06DD', true, false, false, false},
      {kPersianDigitNine, true, false, false, false},
      {kArabicBlockLast, true, false, false, false},
      {kArabicSupplementFirst, false, false, false, false},
      {U'\uFE70', false, false, false, false},
  };
  for (const Row& row : kRows) {
    EXPECT_EQ(IsInArabicBlock(row.c), row.block)
        << "input: U+" << std::hex << uint32_t{row.c};
    EXPECT_EQ(IsHaraka(row.c), row.haraka)
        << "input: U+" << std::hex << uint32_t{row.c};
    EXPECT_EQ(IsShortVowel(row.c), row.short_vowel)
        << "input: U+" << std::hex << uint32_t{row.c};
    EXPECT_EQ(IsArabicPunctuationOrSign(row.c), row.sign)
        << "input: U+" << std::hex << uint32_t{row.c};
  }
  for (char32_t c = 0; c < 0x11000; ++c) {
    EXPECT_EQ(IsHaraka(c), IsArabicDiacritic(c) && c != kSuperscriptAlef);
    if (IsArabicPunctuationOrSign(c)) {
      EXPECT_TRUE(IsInArabicBlock(c)) << std::hex << uint32_t{c};
      EXPECT_FALSE(IsArabicWordChar(c) || IsAnyDigit(c))
          << std::hex << uint32_t{c};
    }
  }
}

TEST(ArabicTest, EveryPresentationFormFoldsToValidNonPresentationText) {
  int folded = 0;
  for (char32_t c = kPresentationFormsAFirst; c <= kPresentationFormsBLast;
       ++c) {
    const std::string_view f = PresentationFormFolding(c);
    if (c > kPresentationFormsALast && c < kPresentationFormsBFirst) {
      EXPECT_TRUE(f.empty()) << std::hex << uint32_t{c};
      continue;
    }
    if (f.empty()) continue;
    ++folded;
    EXPECT_TRUE(IsValidUtf8(f)) << std::hex << uint32_t{c};
    size_t pos = 0;
    while (pos < f.size()) {
      const char32_t d = DecodeUtf8(f, &pos);
      EXPECT_FALSE(IsArabicPresentationForm(d)) << std::hex << uint32_t{c};
    }
  }
  EXPECT_GT(folded, 700);
  EXPECT_TRUE(PresentationFormFolding(kByteOrderMark).empty());
  EXPECT_TRUE(PresentationFormFolding(kAlef).empty());
}

TEST(ArabicTest, StemmerLimitIs256Bytes) {
  // "al" + 126 kaf = 256 bytes: stemmed (the article is removed).
  std::string at_limit = "\u0627\u0644";
  for (int i = 0; i < 126; ++i) at_limit += "\u0643";
  ASSERT_EQ(at_limit.size(), 256u);
  EXPECT_NE(StemArabic(at_limit), at_limit);
  // One byte more: returned unchanged.
  const std::string over_limit = at_limit + "x";
  EXPECT_EQ(StemArabic(over_limit), over_limit);
}

}  // namespace
}  // namespace khulasa::text
