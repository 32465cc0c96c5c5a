#include "src/text/spaces.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::text {
namespace {

// Every code point for which `is` holds, in order.
template <typename Predicate>
std::vector<char32_t> Members(Predicate is) {
  std::vector<char32_t> out;
  for (char32_t c = 0; c < 0x110000; ++c) {
    if (is(c)) out.push_back(c);
  }
  return out;
}

TEST(SpacesTest, PythonSpaceIsStrIsspace) {
  // [hex(c) for c in range(0x110000) if chr(c).isspace()], Python 3.11.
  const std::vector<char32_t> expected = {
      0x9,    0xA,    0xB,    0xC,    0xD,    0x1C,   0x1D,   0x1E,
      0x1F,   0x20,   0x85,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002,
      0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
      0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
  EXPECT_EQ(Members(IsPythonSpace), expected);
}

TEST(SpacesTest, UnicodeSpaceIsPythonSpaceWithoutTheSeparators) {
  std::vector<char32_t> expected;
  for (char32_t c : Members(IsPythonSpace)) {
    if (c < 0x1C || c > 0x1F) expected.push_back(c);
  }
  EXPECT_EQ(Members(IsUnicodeSpace), expected);
}

TEST(SpacesTest, EveryBlankIsAUnicodeSpace) {
  for (char32_t c : Members(IsBlank))
    EXPECT_TRUE(IsUnicodeSpace(c)) << static_cast<uint32_t>(c);
}

TEST(SpacesTest, FormatSpaces) {
  EXPECT_EQ(
      Members([](char32_t c) { return c < 0x80 && IsJsonSpace(char(c)); }),
      (std::vector<char32_t>{'\t', '\n', '\r', ' '}));
  EXPECT_EQ(
      Members([](char32_t c) { return c < 0x80 && IsHttpSpace(char(c)); }),
      (std::vector<char32_t>{'\t', ' '}));
  EXPECT_EQ(TrimHttpSpace(" \t text/html \t"), "text/html");
  EXPECT_EQ(TrimHttpSpace(" \t "), "");
  EXPECT_EQ(TrimHttpSpace("a\r"), "a\r");  // CR is not OWS
}

TEST(SpacesTest, HtmlSpaces) {
  std::vector<char32_t> ascii;
  for (char32_t c = 0; c < 0x80; ++c) {
    if (IsHtmlSpace(static_cast<char>(c))) ascii.push_back(c);
  }
  EXPECT_EQ(ascii, (std::vector<char32_t>{0x9, 0xA, 0xC, 0xD, 0x20}));
  // Unicode's spaces outside ASCII, less U+0085 and U+1680, plus U+200B and
  // U+FEFF.
  std::vector<char32_t> text;
  for (char32_t c : Members(IsUnicodeSpace)) {
    if (c >= 0x80 && c != 0x85 && c != 0x1680) text.push_back(c);
  }
  text.insert(std::find(text.begin(), text.end(), 0x2028), 0x200B);
  text.push_back(0xFEFF);
  EXPECT_EQ(Members(IsHtmlTextSpace), text);
}

TEST(SpacesTest, BlankOrFormat) {
  EXPECT_TRUE(IsBlankOrFormat(0x00A0));
  EXPECT_TRUE(IsBlankOrFormat(kRightToLeftMark));
  EXPECT_TRUE(IsBlankOrFormat(kByteOrderMark));
  EXPECT_FALSE(IsBlankOrFormat(0x2003));  // EM SPACE is not a blank
  EXPECT_FALSE(IsBlankOrFormat('a'));
}

TEST(SpacesTest, DiacritizerSpaceIsFrozen) {
  EXPECT_EQ(Members(IsDiacritizerSpace),
            (std::vector<char32_t>{'\t', '\n', '\r', ' ', 0x00A0, 0x2009,
                                   0x200A, 0x3000}));
}

}  // namespace
}  // namespace khulasa::text
