#include "src/text/blank.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

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

// CountWords() reads 16 bytes at a time: against a byte-by-byte count,
// with blanks (and bytes that look like half a blank) at every offset of a
// block and across block boundaries, and with limits inside the text.
TEST(BlankTest, CountWordsAgreesWithAByteCountAtEveryOffset) {
  auto reference = [](std::string_view text) {
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < text.size();) {
      const size_t blank = BlankBytesAt(text, i);
      if (blank > 0) {
        in_word = false;
        i += blank;
        continue;
      }
      if (!in_word) ++words;
      in_word = true;
      ++i;
    }
    return words;
  };
  const std::string_view pieces[] = {"\u0627",       " ",    "\u00A0", "ab",
                                     "\n",           "\xC2", "\xA0",   "\t\r",
                                     "\u0644\u0627", "\v\f"};
  uint32_t random = 1;  // a fixed linear congruential sequence of pieces
  for (size_t pad = 0; pad < 17; ++pad) {
    for (size_t round = 0; round < 40; ++round) {
      std::string text(pad, 'x');
      while (text.size() < 60) {
        random = random * 1103515245u + 12345u;
        text += pieces[(random >> 16) % std::size(pieces)];
      }
      const size_t words = reference(text);
      EXPECT_EQ(CountWords(text), words) << text;
      for (size_t limit = 0; limit <= words + 1; ++limit) {
        EXPECT_EQ(CountWords(text, limit), std::min(words, limit)) << text;
      }
      // Cut at every length: the tail after the last block varies.
      for (size_t cut = 0; cut <= text.size(); ++cut) {
        const std::string_view part = std::string_view(text).substr(0, cut);
        EXPECT_EQ(CountWords(part), reference(part)) << part;
      }
    }
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
