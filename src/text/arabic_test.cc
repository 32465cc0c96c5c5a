#include "src/text/arabic.h"

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
