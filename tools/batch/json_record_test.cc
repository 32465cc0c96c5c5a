#include "tools/batch/json_record.h"

#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace khulasa::batch {
namespace {

TEST(ScanJsonRecordTest, KeepsTheKnownMembersRaw) {
  absl::StatusOr<JsonRecord> record = ScanJsonRecord(
      R"( {"id": {"a": [1, 2.5e3, true]}, "meta": {"x": [null, "}"]},)"
      R"( "text": "\u0642 \"q\"", "title": 7, "date":"2026-01-02",)"
      R"( "id": -3} )");
  ASSERT_TRUE(record.ok()) << record.status();
  EXPECT_EQ(record->id.raw, "-3");  // the last of two wins
  EXPECT_FALSE(record->id.is_string);
  EXPECT_EQ(record->text.raw, R"("\u0642 \"q\"")");
  EXPECT_TRUE(record->text.is_string);
  EXPECT_EQ(record->title.raw, "7");
  EXPECT_FALSE(record->title.is_string);
  EXPECT_EQ(record->date.raw, "\"2026-01-02\"");
  EXPECT_FALSE(record->html.present);
  EXPECT_FALSE(record->section.present);
}

TEST(ScanJsonRecordTest, RefusesAnythingButOneObject) {
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  const char* cases[] = {
      "",
      "[1]",
      "\"text\"",
      "{not json",
      "{\"id\": 1",
      "{\"id\": 1,}",
      "{\"id\" 1}",
      "{\"id\": 01}",
      "{\"id\": 1.}",
      "{\"id\": -}",
      "{\"id\": tru}",
      "{\"id\": \"a\tb\"}",
      "{\"id\": \"\\x\"}",
      "{\"id\": \"\\u12g4\"}",
      "{\"id\": \"open}",
      "{\"id\": 1} {}",
      "{\"id\": [1 2]}",
  };
  for (const char* line : cases) {
    EXPECT_EQ(ScanJsonRecord(line).status().code(),
              absl::StatusCode::kInvalidArgument)
        << "line: " << line;
  }
  EXPECT_FALSE(ScanJsonRecord("{\"a\": " + deep + "}").ok());
  EXPECT_TRUE(ScanJsonRecord("{\"a\": [[[]]], \"b\": {}}").ok());
  EXPECT_TRUE(ScanJsonRecord("{}").ok());
}

// Strings are scanned 16 bytes at a time: an escaped quote, a backslash
// escape, a closing quote or a control character must be found at every
// offset of a block.
TEST(ScanJsonRecordTest, FindsQuotesEscapesAndControlsAtEveryOffset) {
  const std::string letters = "\u0643\u062A\u0628 abc ";
  for (size_t pad = 0; pad < 40; ++pad) {
    std::string body;
    while (body.size() < pad) body += letters;
    body.resize(pad, 'x');  // may cut a letter: still bytes >= 0x20
    const std::string text = body + "\\\"q\\\" " + body + "\\n" + body;
    // The record's raw members point into the line: keep it alive.
    const std::string line = "{\"text\": \"" + text + "\", \"id\": 1}";
    absl::StatusOr<JsonRecord> record = ScanJsonRecord(line);
    ASSERT_TRUE(record.ok()) << record.status() << " pad " << pad;
    EXPECT_EQ(record->text.raw, "\"" + text + "\"") << "pad " << pad;
    EXPECT_EQ(record->id.raw, "1");
    EXPECT_FALSE(
        ScanJsonRecord("{\"text\": \"" + body + "\t" + body + "\"}").ok())
        << "pad " << pad;
    EXPECT_FALSE(ScanJsonRecord("{\"text\": \"" + body).ok()) << "pad " << pad;
  }
}

TEST(DecodeJsonStringTest, ResolvesEscapes) {
  const struct {
    std::string raw;
    std::string decoded;
  } cases[] = {
      {R"("")", ""},
      {R"("plain")", "plain"},
      {R"("a\"b\\c\/d")", "a\"b\\c/d"},
      {R"("\b\f\n\r\t")", "\b\f\n\r\t"},
      {R"("\u0041\u00e9\u0642")", "A\xC3\xA9\xD9\x82"},
      {R"("\ud83d\ude00")", "\xF0\x9F\x98\x80"},
      {"\"\xD9\x82\xFF\"", "\xD9\x82\xFF"},  // bad UTF-8 passes through
  };
  for (const auto& c : cases) {
    absl::StatusOr<std::string> decoded = DecodeJsonString(c.raw);
    ASSERT_TRUE(decoded.ok()) << "raw: " << c.raw;
    EXPECT_EQ(*decoded, c.decoded) << "raw: " << c.raw;
  }
  for (const char* raw :
       {R"("\ud83d")", R"("\ude00")", R"("\ud83dx")", R"("\ud83d\u0041")"}) {
    EXPECT_FALSE(DecodeJsonString(raw).ok()) << "raw: " << raw;
  }
}

}  // namespace
}  // namespace khulasa::batch
