#include "src/text/latin.h"

#include "gtest/gtest.h"

namespace khulasa::text {
namespace {

TEST(LatinTest, Rows) {
  struct Row {
    char32_t c;
    bool letter;
    char32_t lower;
  };
  constexpr Row kRows[] = {
      {U'a', false, U'a'},           {U'A', false, U'a'},
      {U'Z', false, U'z'},           {U'@', false, U'@'},
      {U'\u00BF', false, U'\u00BF'}, {U'\u00C0', true, U'\u00E0'},
      {U'\u00C9', true, U'\u00E9'},  {U'\u00D7', false, U'\u00D7'},
      {U'\u00DE', true, U'\u00FE'},  {U'\u00DF', true, U'\u00DF'},
      {U'\u00E9', true, U'\u00E9'},  {U'\u00F7', false, U'\u00F7'},
      {U'\u0100', true, U'\u0100'},  {U'\u024F', true, U'\u024F'},
      {U'\u0250', false, U'\u0250'}, {U'\u0627', false, U'\u0627'},
  };
  for (const Row& row : kRows) {
    EXPECT_EQ(IsLatinExtendedLetter(row.c), row.letter)
        << "input: U+" << std::hex << uint32_t{row.c};
    EXPECT_EQ(LowerLatin1Char(row.c), row.lower)
        << "input: U+" << std::hex << uint32_t{row.c};
  }
}

TEST(LatinTest, LowerCaseIsALetterOrAsciiWhenTheInputIs) {
  for (char32_t c = 0; c < 0x300; ++c) {
    const char32_t lower = LowerLatin1Char(c);
    if (lower == c) continue;
    EXPECT_EQ(lower - c, 0x20u) << std::hex << uint32_t{c};
    EXPECT_EQ(IsLatinExtendedLetter(c), IsLatinExtendedLetter(lower))
        << std::hex << uint32_t{c};
  }
}

}  // namespace
}  // namespace khulasa::text
