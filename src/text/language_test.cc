#include "src/text/language.h"

#include <cstdint>
#include <random>
#include <string>

#include "gtest/gtest.h"

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/test_cases.h"
#include "src/text/utf8.h"

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

// The counts by their definition, one decoded code point at a time: what
// LetterCounts::Add's table-driven pass must agree with.
LetterCounts ReferenceCounts(std::string_view text) {
  constexpr char32_t kPersian[] = {0x067E, 0x0686, 0x0698,
                                   0x06AF, 0x06A9, kFarsiYeh};
  constexpr char32_t kUrdu[] = {0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE,
                                0x06C1, 0x06C2, 0x06D2, 0x06D3};
  auto in = [](char32_t c, const auto& set) {
    for (char32_t x : set) {
      if (x == c) return true;
    }
    return false;
  };
  auto own = [](char32_t c) {
    return (c >= kHamza && c <= 0x063A) || (c >= 0x0641 && c <= kYeh) ||
           c == 0x066E || c == 0x066F || c == kAlefWasla || c == 0x06A4 ||
           c == 0x06A5 || c == 0x06A8 || c == 0x06AD || c == 0x06C0;
  };
  LetterCounts counts;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = DecodeUtf8(text, &pos);
    if (c < 0x80) {
      counts.letters += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
    } else if (IsArabicLetter(c)) {
      ++counts.letters;
      ++counts.arabic_script;
      if (c == kTehMarbuta) ++counts.teh_marbuta;
      if (in(c, kPersian)) {
        ++counts.persian;
      } else if (in(c, kUrdu)) {
        ++counts.urdu;
      } else if (!own(c)) {
        ++counts.other_script;
      }
    } else if (IsArabicPresentationForm(c)) {
      ++counts.letters;
      ++counts.arabic_script;
    } else if (c >= 0x0600 && c <= 0x06FF) {
      // The rest of the Arabic block (signs, marks, digits, punctuation)
      // are not letters.
    } else {
      const internal::CharClass cls = internal::ClassOf(c);
      if (cls == internal::CharClass::kLatin ||
          cls == internal::CharClass::kOtherLetter) {
        ++counts.letters;
      }
    }
  }
  return counts;
}

void ExpectSameCounts(std::string_view text) {
  LetterCounts fast;
  fast.Add(text);
  const LetterCounts slow = ReferenceCounts(text);
  const std::string shown = Escape(std::string(text.substr(0, 200)));
  EXPECT_EQ(fast.letters, slow.letters) << shown;
  EXPECT_EQ(fast.arabic_script, slow.arabic_script) << shown;
  EXPECT_EQ(fast.persian, slow.persian) << shown;
  EXPECT_EQ(fast.urdu, slow.urdu) << shown;
  EXPECT_EQ(fast.other_script, slow.other_script) << shown;
  EXPECT_EQ(fast.teh_marbuta, slow.teh_marbuta) << shown;
}

TEST(LanguageTest, TableDrivenCountsEqualTheDefinition) {
  for (const auto& c : LoadTestCases("language_cases.tsv")) {
    ExpectSameCounts(c.fields.back());
  }
  // Every code point of the Arabic block and its neighbours, alone and
  // between letters.
  for (char32_t c = 0x0580; c < 0x0800; ++c) {
    std::string one;
    AppendUtf8(c, &one);
    ExpectSameCounts(one);
    ExpectSameCounts("a" + one + "\u0628" + one + one);
  }
  // Random bytes drawn mostly from UTF-8 lead and continuation bytes.
  std::mt19937 rng(7);
  const unsigned char alphabet[] = {'a',  'Z',  ' ',  '.',  0xD8, 0xD9, 0xDA,
                                    0xDB, 0xA7, 0x81, 0x8A, 0xBE, 0x92, 0xC3,
                                    0xA9, 0xEF, 0xBA, 0xB5, 0xFF};
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 40, ' ');
    for (char& ch : text) {
      ch = static_cast<char>(alphabet[rng() % sizeof(alphabet)]);
    }
    ExpectSameCounts(text);
  }
}

// Add() counts 16-byte blocks of ASCII and common Arabic at a time: long
// texts with every kind of character at every offset of a block, and pairs
// split by a block boundary, against the definition.
TEST(LanguageTest, BlockCountsEqualTheDefinitionAtEveryOffset) {
  const std::string_view pieces[] = {
      "\u0627", "\u0629", "\u064E", " ", "\u0661", "\u060C", "ab", "\u0644",
      "\u067E", "\u2026", "\u0640", "\u0671", "\u06A9", "Z9", "\u061F",
      "\u0646",
      // The edges of the ranges the blocks count.
      "\u0620", "\u0621", "\u063A", "\u063B", "\u063F", "\u0641", "\u064A",
      "\u064B", "\u0652", "\u0653", "\u0660", "\u0669", "\u066A", "\u060B",
      "\u060D", "\u061B", "\u061E", "\u067F"};
  uint32_t random = 3;
  for (size_t pad = 0; pad < 17; ++pad) {
    for (int round = 0; round < 30; ++round) {
      std::string text(pad, 'x');
      while (text.size() < 90) {
        random = random * 1103515245u + 12345u;
        // Mostly plain Arabic letters, so that whole blocks qualify.
        const size_t pick = (random >> 16) % (std::size(pieces) * 3);
        text += pick < std::size(pieces) ? pieces[pick]
                : pick % 2 == 0          ? std::string_view("\u0628")
                                         : std::string_view("\u0629 ");
      }
      for (size_t cut = 0; cut <= text.size(); ++cut) {
        ExpectSameCounts(std::string_view(text).substr(0, cut));
      }
    }
  }
}

// Per-lane block counters hold at most 255 blocks: a text of many more
// must still count every letter.
TEST(LanguageTest, LongTextsCountEveryLetter) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "\u0643\u062A\u0628\u0629 ab ";
  ExpectSameCounts(text);
  LetterCounts counts;
  counts.Add(text);
  EXPECT_EQ(counts.arabic_script, 12000u);
  EXPECT_EQ(counts.letters, 18000u);
  EXPECT_EQ(counts.teh_marbuta, 3000u);
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
