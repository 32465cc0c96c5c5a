#include "src/text/normalizer.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/alef_maksura_to_yeh.h"
#include "src/text/arabic.h"
#include "src/text/ascii_digits.h"
#include "src/text/fold_presentation_forms.h"
#include "src/text/remove_format_controls.h"
#include "src/text/remove_tatweel.h"
#include "src/text/strip_diacritics.h"
#include "src/text/teh_marbuta_to_heh.h"
#include "src/text/test_cases.h"
#include "src/text/unify_alef.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

using testing::Escape;
using testing::LoadTestCases;

struct PassInfo {
  uint32_t bit;
  std::function<std::string(std::string_view)> standalone;
};

const std::map<std::string, PassInfo>& Passes() {
  static const auto* passes = new std::map<std::string, PassInfo>{
      {"strip_diacritics", {kStripDiacritics, StripDiacritics}},
      {"remove_tatweel", {kRemoveTatweel, RemoveTatweel}},
      {"unify_alef", {kUnifyAlef, UnifyAlef}},
      {"alef_maksura_to_yeh", {kAlefMaksuraToYeh, AlefMaksuraToYeh}},
      {"teh_marbuta_to_heh", {kTehMarbutaToHeh, TehMarbutaToHeh}},
      {"fold_presentation_forms",
       {kFoldPresentationForms, FoldPresentationForms}},
      {"ascii_digits", {kAsciiDigits, AsciiDigits}},
      {"remove_format_controls", {kRemoveFormatControls, RemoveFormatControls}},
  };
  return *passes;
}

// Parses "all", "none" or names joined by '+'; sets *single to the pass
// function when exactly one pass is named.
bool ParsePasses(const std::string& spec, uint32_t* bits,
                 const PassInfo** single) {
  *single = nullptr;
  if (spec == "all") {
    *bits = kAllPasses;
    return true;
  }
  *bits = 0;
  if (spec == "none") return true;
  size_t start = 0;
  int count = 0;
  while (start <= spec.size()) {
    const size_t plus = spec.find('+', start);
    const std::string name = spec.substr(
        start, plus == std::string::npos ? std::string::npos : plus - start);
    const auto it = Passes().find(name);
    if (it == Passes().end()) return false;
    *bits |= it->second.bit;
    *single = &it->second;
    ++count;
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  if (count != 1) *single = nullptr;
  return true;
}

void ExpectValidAlignment(std::string_view input, const NormalizedText& n) {
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1) << Escape(input);
  EXPECT_EQ(n.to_original.back(), input.size()) << Escape(input);
  for (size_t i = 0; i < n.text.size(); ++i) {
    EXPECT_LT(n.to_original[i], input.size()) << Escape(input) << " @" << i;
    EXPECT_LE(n.to_original[i], n.to_original[i + 1])
        << Escape(input) << " @" << i;
  }
}

TEST(NormalizerTest, TableOfCasesForEveryPass) {
  const auto cases = LoadTestCases("normalize_cases.tsv");
  ASSERT_GT(cases.size(), 50u)
      << "missing src/text/testdata/normalize_cases.tsv";
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 3u) << "line " << c.line;
    const std::string& input = c.fields[1];
    const std::string& expected = c.fields[2];
    uint32_t bits;
    const PassInfo* single;
    ASSERT_TRUE(ParsePasses(c.fields[0], &bits, &single))
        << "line " << c.line << ": unknown pass " << c.fields[0];
    const NormalizedText n = Normalize(input, bits);
    EXPECT_EQ(n.text, expected)
        << "line " << c.line << " input: " << Escape(input);
    EXPECT_TRUE(IsValidUtf8(n.text)) << "line " << c.line;
    ExpectValidAlignment(input, n);
    if (single != nullptr) {
      EXPECT_EQ(single->standalone(input), expected)
          << "standalone pass, line " << c.line << " input: " << Escape(input);
    }
    if (bits == kAllPasses) {
      EXPECT_EQ(NormalizeForMatching(input), expected)
          << "line " << c.line << " input: " << Escape(input);
    }
  }
}

TEST(NormalizerTest, AlignmentPointsAtSourceBytes) {
  // kaf fatha teh beh: the fatha (bytes 2-3) disappears.
  const std::string input = "\u0643\u064E\u062A\u0628";
  const NormalizedText n = Normalize(input, kStripDiacritics);
  EXPECT_EQ(n.text, "\u0643\u062A\u0628");
  EXPECT_EQ(n.to_original, (std::vector<uint32_t>{0, 1, 4, 5, 6, 7, 8}));
}

TEST(NormalizerTest, LigatureBytesAllPointAtTheLigature) {
  const std::string input = "a\uFEFBb";  // lam-alef ligature, 3 bytes
  const NormalizedText n = Normalize(input, kAllPasses);
  EXPECT_EQ(n.text, "a\u0644\u0627b");
  EXPECT_EQ(n.to_original, (std::vector<uint32_t>{0, 1, 1, 1, 1, 4, 5}));
  // Half of the ligature maps back to the whole ligature.
  const auto span = n.OriginalSpan(1, 3);
  EXPECT_EQ(span.begin, 1u);
  EXPECT_EQ(span.end, 4u);
}

TEST(NormalizerTest, OriginalSpanCoversDroppedMarksOfTheLastLetter) {
  // "kataba zaydun" with full diacritics; normalized "ktb zyd".
  const std::string input =
      "\u0643\u064E\u062A\u064E\u0628\u064E \u0632\u064E\u064A\u0652"
      "\u062F\u064C";
  const NormalizedText n = Normalize(input, kAllPasses);
  ASSERT_EQ(n.text, "\u0643\u062A\u0628 \u0632\u064A\u062F");
  const auto first = n.OriginalSpan(0, 6);
  EXPECT_EQ(first.begin, 0u);
  EXPECT_EQ(first.end, 12u);  // up to the space, fatha included
  const auto second = n.OriginalSpan(7, n.text.size());
  EXPECT_EQ(second.begin, 13u);
  EXPECT_EQ(second.end, input.size());
}

TEST(NormalizerTest, ReusedBufferGivesSameResult) {
  NormalizedText n;
  Normalize("\u0623\u062D\u0645\u062F \u0661\u0662", kAllPasses, &n);
  Normalize("x", kAllPasses, &n);
  EXPECT_EQ(n.text, "x");
  EXPECT_EQ(n.to_original, (std::vector<uint32_t>{0, 1}));
  std::string s = "stale";
  NormalizeForMatching("\u0629", &s);
  EXPECT_EQ(s, "\u0647");
}

TEST(NormalizerTest, LongLigatureGrowsOutputBeyondInputSize) {
  // U+FDFA expands to 33 bytes; many of them must grow the buffers.
  std::string input;
  for (int i = 0; i < 200; ++i) input += "\uFDFA";
  const NormalizedText n = Normalize(input, kAllPasses);
  EXPECT_GT(n.text.size(), input.size() * 10);
  ExpectValidAlignment(input, n);
  EXPECT_EQ(NormalizeForMatching(input), n.text);
}

// MatchingChar is NormalizeForMatching one code point at a time: for every
// code point but the presentation forms (folded to whole letter sequences,
// which MatchingChar leaves alone), the two agree.
TEST(NormalizerTest, MatchingCharAgreesWithNormalizeForMatching) {
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates: not text
    std::string one;
    AppendUtf8(c, &one);
    if (!PresentationFormFolding(c).empty()) {
      EXPECT_EQ(MatchingChar(c), c) << std::hex << uint32_t{c};
      continue;
    }
    std::string expected;
    const char32_t m = MatchingChar(c);
    if (m != 0) AppendUtf8(m, &expected);
    ASSERT_EQ(NormalizeForMatching(one), expected) << std::hex << uint32_t{c};
  }
}

TEST(NormalizerTest, MatchingCharRows) {
  struct Row {
    char32_t in;
    char32_t out;  // 0: dropped
  };
  constexpr Row kRows[] = {
      {U'a', U'a'},
      {U'A', U'A'},  // no case folding
      {kAlefWithMaddaAbove, kAlef},
      {kAlefWithHamzaAbove, kAlef},
      {kAlefWithHamzaBelow, kAlef},
      {kAlefWasla, kAlef},
      {kWawWithHamzaAbove, kWawWithHamzaAbove},
      {kAlefMaksura, kYeh},
      {kTehMarbuta, kHeh},
      {kFatha, 0},
      {kShadda, 0},
      {kSuperscriptAlef, 0},
      {U'\u0653', U'\u0653'},  // maddah above: not a diacritic here
      {kTatweel, 0},
      {kRightToLeftMark, 0},
      {kByteOrderMark, 0},
      {kArabicIndicDigitZero + 7, U'7'},
      {kPersianDigitZero + 3, U'3'},
      {kArabicComma, kArabicComma},
      {U'\uFEFB', U'\uFEFB'},  // lam-alef ligature: left to the folding
  };
  for (const Row& row : kRows) {
    EXPECT_EQ(MatchingChar(row.in), row.out)
        << "input: U+" << std::hex << uint32_t{row.in};
  }
}

}  // namespace
}  // namespace khulasa::text
