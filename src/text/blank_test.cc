#include "src/text/blank.h"

#include <string>

#include "gtest/gtest.h"

namespace khulasa::text {
namespace {

TEST(BlankTest, AsciiWhiteSpaceAndNoBreakSpaceOnly) {
  for (char c : std::string(" \t\n\r\v\f")) {
    EXPECT_TRUE(IsAsciiBlank(static_cast<unsigned char>(c))) << int(c);
  }
  for (char c : std::string("a.,-\x01\x7f")) {
    EXPECT_FALSE(IsAsciiBlank(static_cast<unsigned char>(c))) << int(c);
  }
  const std::string text = " \u00A0x\u2003\u060C";
  EXPECT_EQ(BlankBytesAt(text, 0), 1u);
  EXPECT_EQ(BlankBytesAt(text, 1), 2u);  // U+00A0
  EXPECT_EQ(BlankBytesAt(text, 3), 0u);  // x
  EXPECT_EQ(BlankBytesAt(text, 4), 0u);  // U+2003 is not a blank here
  EXPECT_EQ(BlankBytesAt(text, 7), 0u);  // Arabic comma
  // A lone lead byte at the end is not half a no-break space.
  EXPECT_EQ(BlankBytesAt(std::string("a\xC2"), 1), 0u);
}

TEST(BlankTest, AllBlanksOverARange) {
  const std::string text = "a \u00A0\n b";
  EXPECT_TRUE(AllBlanks(text, 1, text.size() - 1));
  EXPECT_TRUE(AllBlanks(text, 2, 2));  // empty
  EXPECT_FALSE(AllBlanks(text, 0, 3));
  // A no-break space cut in half by the range's end is not a blank.
  EXPECT_FALSE(AllBlanks(text, 2, 3));
}

}  // namespace
}  // namespace khulasa::text
