#include "src/text/utf8.h"

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "src/text/test_cases.h"

namespace khulasa::text {
namespace {

using testing::Escape;

struct ValidityCase {
  std::string input;
  size_t first_bad;  // input.size() when valid
  std::string reason;
};

TEST(Utf8Test, FindsFirstInvalidByteAndNamesTheReason) {
  const ValidityCase kCases[] = {
      {"", 0, ""},
      {"plain ascii", 11, ""},
      {"\xD9\x83\xD8\xAA\xD8\xA8", 6, ""},      // Arabic letters
      {"\xE2\x80\xA6\xF0\x9F\x94\x97", 7, ""},  // 3- and 4-byte
      {"\xF4\x8F\xBF\xBF", 4, ""},              // U+10FFFF
      {"ab\xA7", 2, "lone continuation byte 0xA7"},
      {"\xD9", 0, "truncated sequence 0xD9"},
      {"x\xE2\x80", 1, "truncated sequence 0xE2"},
      {"\xF0\x9F\x94", 0, "truncated sequence 0xF0"},
      {"\xC0\xAF", 0, "overlong encoding 0xC0"},
      {"\xC1\xBF", 0, "overlong encoding 0xC1"},
      {"\xE0\x80\xAF", 0, "overlong encoding 0xE0"},
      {"\xF0\x80\x80\xAF", 0, "overlong encoding 0xF0"},
      {"\xED\xA0\x80", 0, "encoded UTF-16 surrogate 0xED"},
      {"\xED\xBF\xBF", 0, "encoded UTF-16 surrogate 0xED"},
      {"\xF4\x90\x80\x80", 0, "code point above U+10FFFF 0xF4"},
      {"\xF5\x80\x80\x80", 0, "code point above U+10FFFF 0xF5"},
      {"\xFF", 0, "invalid lead byte 0xFF"},
      {"\xD9\x41", 0, "missing continuation byte after lead byte 0xD9"},
      {"\xE2\x80\x41", 0, "missing continuation byte after lead byte 0xE2"},
      {"\xD9\x83\xD8", 2, "truncated sequence 0xD8"},
  };
  for (const ValidityCase& c : kCases) {
    EXPECT_EQ(FindInvalidUtf8(c.input), c.first_bad)
        << "input: " << Escape(c.input);
    const absl::Status status = ValidateUtf8(c.input);
    if (c.reason.empty()) {
      EXPECT_TRUE(status.ok()) << "input: " << Escape(c.input);
      EXPECT_TRUE(IsValidUtf8(c.input));
      continue;
    }
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(status.message()),
              "invalid UTF-8 at byte " + std::to_string(c.first_bad) + " (" +
                  c.reason + "); re-encode the input or pass --lenient")
        << "input: " << Escape(c.input);
    EXPECT_FALSE(IsValidUtf8(c.input));
  }
}

TEST(Utf8Test, ReportsOffsetDeepInLongInput) {
  std::string text(1834, 'a');
  text += "\xA7tail";
  EXPECT_EQ(std::string(ValidateUtf8(text).message()),
            "invalid UTF-8 at byte 1834 (lone continuation byte 0xA7); "
            "re-encode the input or pass --lenient");
}

// The validator skips 16-byte blocks of ASCII and two-byte sequences at a
// time: a bad byte must be found at every offset, whichever block and side
// of a block boundary it falls on, and a pair split by a boundary is valid.
TEST(Utf8Test, FindsABadByteAtEveryOffsetAcrossBlocks) {
  // Characters of 1-4 bytes; Arabic (two bytes) most often, as in news.
  const std::string_view pieces[] = {"\u0627", "\u0644", " ",         "a",
                                     "\u0639", "\u2026", "\U0001F600"};
  for (size_t length = 0; length < 80; ++length) {
    std::string valid;
    std::vector<size_t> starts;  // where each character starts
    for (size_t i = 0; valid.size() < length; ++i) {
      starts.push_back(valid.size());
      valid += pieces[(i * 7 + length) % std::size(pieces)];
    }
    EXPECT_EQ(FindInvalidUtf8(valid), valid.size()) << Escape(valid);
    for (size_t at : starts) {
      for (std::string_view bad : {"\x80", "\xD8 ", "\xC0\x80"}) {
        std::string text = valid;
        text.insert(at, bad);
        EXPECT_EQ(FindInvalidUtf8(text), at) << Escape(text);
      }
    }
    if (!valid.empty()) {  // cut inside the last character
      const std::string cut = valid.substr(0, valid.size() - 1);
      if (!IsValidUtf8(cut)) {
        EXPECT_EQ(FindInvalidUtf8(cut), starts.back()) << Escape(cut);
      }
    }
  }
}

TEST(Utf8Test, RepairReplacesEachBadByteAndMovesOnOneByte) {
  const std::pair<std::string, std::string> kCases[] = {
      {"", ""},
      {"ok \xD9\x83", "ok \xD9\x83"},
      {"a\xA7z", "a\xEF\xBF\xBDz"},
      // A truncated 3-byte sequence: two bad bytes, two replacements.
      {"\xE2\x80", "\xEF\xBF\xBD\xEF\xBF\xBD"},
      // Overlong slash: both bytes replaced.
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},
      // Surrogate: three replacements.
      {"\xED\xA0\x80!", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!"},
      // Bad lead before a good letter keeps the letter.
      {"\xD9\xD9\x83", "\xEF\xBF\xBD\xD9\x83"},
  };
  for (const auto& [in, expected] : kCases) {
    const std::string repaired = RepairUtf8(in);
    EXPECT_EQ(repaired, expected) << "input: " << Escape(in);
    EXPECT_TRUE(IsValidUtf8(repaired));
  }
}

TEST(Utf8Test, DecodeAdvancesPastValidAndOneByteOnInvalid) {
  const std::string text = "a\xD9\x83\xE2\x80\xA6\xF0\x9F\x94\x97\xA7";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(text, &pos), U'a');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(DecodeUtf8(text, &pos), U'\u0643');
  EXPECT_EQ(pos, 3u);
  EXPECT_EQ(DecodeUtf8(text, &pos), U'\u2026');
  EXPECT_EQ(pos, 6u);
  EXPECT_EQ(DecodeUtf8(text, &pos), U'\U0001F517');
  EXPECT_EQ(pos, 10u);
  EXPECT_EQ(DecodeUtf8(text, &pos), kReplacementChar);
  EXPECT_EQ(pos, 11u);
}

TEST(Utf8Test, AppendRoundTripsEveryPlaneAndReplacesSurrogates) {
  const char32_t kCodePoints[] = {0x0,    0x7F,    0x80,    0x7FF,
                                  0x800,  0x0627,  0xFEFF,  0xFFFD,
                                  0xFFFF, 0x10000, 0x1F517, 0x10FFFF};
  for (char32_t c : kCodePoints) {
    std::string s;
    AppendUtf8(c, &s);
    EXPECT_EQ(s.size(), Utf8EncodedLength(c));
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), c) << "code point " << uint32_t{c};
    EXPECT_EQ(pos, s.size());
  }
  for (char32_t bad :
       {char32_t{0xD800}, char32_t{0xDFFF}, char32_t{0x110000}}) {
    std::string s;
    AppendUtf8(bad, &s);
    EXPECT_EQ(s, "\xEF\xBF\xBD");
  }
}

}  // namespace
}  // namespace khulasa::text
