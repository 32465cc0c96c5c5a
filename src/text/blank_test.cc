#include "src/text/blank.h"

#include <cstdint>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::text {
namespace {

TEST(BlankTest, AsciiWhiteSpaceAndNoBreakSpaceOnly) {
  for (char c : std::string(" \t\n\r\v\f")) {
    EXPECT_TRUE(IsAsciiBlank(static_cast<unsigned char>(c))) << int(c);
  }
  for (char c : std::string("a.,-\x01\x08\x0e\x1f\x7f")) {
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

TEST(BlankTest, CountWordsStopsAtTheLimit) {
  const std::string line = " \u0648\u0627\u062D\u062F  b\tc\u00A0d ";
  EXPECT_EQ(CountWords(line), 4u);
  EXPECT_EQ(CountWords(line, 0), 0u);
  EXPECT_EQ(CountWords(line, 3), 3u);
  EXPECT_EQ(CountWords(line, 4), 4u);
  EXPECT_EQ(CountWords(line, 10), 4u);
  EXPECT_EQ(CountWords("   ", 10), 0u);
  EXPECT_EQ(CountWords(""), 0u);
  // U+2003 and invalid bytes are word bytes here; U+00A0 is not.
  EXPECT_EQ(CountWords("a\u2003b \xC2 \xFF"), 3u);
}

TEST(BlankTest, CountWordsCountsBlankSeparatedRuns) {
  struct Row {
    std::string text;
    uint32_t words;
  };
  const Row rows[] = {{"", 0},
                      {"   ", 0},
                      {"a", 1},
                      {"a b", 2},
                      {" a\nb\tc ", 3},
                      {"a\xC2\xA0"
                       "b",
                       2},
                      {"\xC2", 1},
                      {"a,b c.", 2}};
  for (const Row& row : rows) {
    EXPECT_EQ(CountWords(row.text), row.words) << "input: " << row.text;
  }
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
