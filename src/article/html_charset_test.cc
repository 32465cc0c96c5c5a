#include "src/article/html_charset.h"

#include <string>

#include "gtest/gtest.h"

#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// "\u0627\u0644\u0639\u0631\u0628\u064a\u0629" (al-arabiya) in windows-1256
// and in ISO-8859-6.
constexpr char kArabicCp1256[] = "\xC7\xE1\xDA\xD1\xC8\xED\xC9";
constexpr char kArabicIso88596[] = "\xC7\xE4\xD9\xD1\xC8\xEA\xC9";
constexpr char kArabicUtf8[] = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629";

TEST(DetectHtmlCharsetTest, FollowsOverrideBomMetaThenBytes) {
  struct Case {
    std::string bytes;
    std::string override_name;
    std::string expected;
    CharsetSource source;
  };
  const Case cases[] = {
      {"<html>", "windows-1256", "windows-1256", CharsetSource::kOverride},
      {"<html>", "CP1256", "windows-1256", CharsetSource::kOverride},
      {"\xEF\xBB\xBF<html>", "", "UTF-8", CharsetSource::kBom},
      {"\xFF\xFE<\0h\0", "", "UTF-16LE", CharsetSource::kBom},
      {"<meta charset=\"windows-1256\">", "", "windows-1256",
       CharsetSource::kMeta},
      {"<META CHARSET=ISO-8859-6>", "", "iso-8859-6", CharsetSource::kMeta},
      {"<meta http-equiv=\"Content-Type\" "
       "content=\"text/html; charset=windows-1256\">",
       "", "windows-1256", CharsetSource::kMeta},
      {"<meta charset='utf-8'>", "", "UTF-8", CharsetSource::kMeta},
      {"<meta charset=\"iso-8859-1\">", "", "windows-1252",
       CharsetSource::kMeta},
      {"<meta charset=\"utf-16\">", "", "UTF-8", CharsetSource::kMeta},
      {std::string("<meta charset=\"gb2312\"><p>") + kArabicUtf8, "", "UTF-8",
       CharsetSource::kValidUtf8},
      {std::string("<meta charset=\"windows-1256\"><p>") + kArabicCp1256, "",
       "windows-1256", CharsetSource::kMeta},
      {"<meta charset=\"no-such-charset\"><p>hi", "", "UTF-8",
       CharsetSource::kValidUtf8},
      {std::string("<p>") + kArabicUtf8, "", "UTF-8",
       CharsetSource::kValidUtf8},
      {std::string("<p>") + kArabicCp1256, "", "windows-1256",
       CharsetSource::kGuess},
      {std::string("<p>") + kArabicIso88596, "", "iso-8859-6",
       CharsetSource::kGuess},
      // The meta tag says UTF-8, the bytes are windows-1256 Arabic.
      {std::string("<meta charset='utf-8'><p>") + kArabicCp1256, "",
       "windows-1256", CharsetSource::kMislabelled},
      // ... and UTF-8 with one damaged byte stays UTF-8.
      {std::string("<meta charset='utf-8'><p>") + kArabicUtf8 + "\xFF", "",
       "UTF-8", CharsetSource::kMeta},
      {"", "", "UTF-8", CharsetSource::kValidUtf8},
  };
  for (const Case& c : cases) {
    const CharsetGuess g = DetectHtmlCharset(c.bytes, c.override_name);
    EXPECT_EQ(g.name, c.expected) << "input: " << c.bytes;
    EXPECT_EQ(g.source, c.source) << "input: " << c.bytes;
  }
}

TEST(DetectHtmlCharsetTest, LooksOnlyAtTheFirst8KiB) {
  std::string page(9000, ' ');
  page += "<meta charset=\"windows-1256\">";
  EXPECT_EQ(DetectHtmlCharset(page, "").name, "UTF-8");
}

TEST(ConvertHtmlToUtf8Test, ConvertsLegacyArabicEncodings) {
  EXPECT_EQ(*ConvertHtmlToUtf8(kArabicCp1256, "windows-1256"), kArabicUtf8);
  EXPECT_EQ(*ConvertHtmlToUtf8(kArabicIso88596, "iso-8859-6"), kArabicUtf8);
}

TEST(ConvertHtmlToUtf8Test, DropsBomAndRepairsInvalidUtf8) {
  EXPECT_EQ(*ConvertHtmlToUtf8("\xEF\xBB\xBFok", "UTF-8"), "ok");
  const std::string repaired = *ConvertHtmlToUtf8("a\xC3(b\xA7", "UTF-8");
  EXPECT_TRUE(text::IsValidUtf8(repaired));
  EXPECT_EQ(repaired, "a\uFFFD(b\uFFFD");
}

TEST(ConvertHtmlToUtf8Test, ConvertsUtf16WithBom) {
  const std::string bytes("\xFF\xFE<\0p\0>\0", 8);
  EXPECT_EQ(*ConvertHtmlToUtf8(bytes, "UTF-16LE"), "<p>");
}

TEST(ConvertHtmlToUtf8Test, UnmappedBytesNeverBreakTheOutput) {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  for (const char* name : {"windows-1256", "iso-8859-6", "windows-1252",
                           "Shift_JIS", "UTF-16BE", "UTF-8"}) {
    absl::StatusOr<std::string> out = ConvertHtmlToUtf8(all, name);
    ASSERT_TRUE(out.ok()) << name;
    EXPECT_TRUE(text::IsValidUtf8(*out)) << name;
  }
}

TEST(ConvertHtmlToUtf8Test, RejectsUnknownCharsetWithAHint) {
  const absl::StatusOr<std::string> out = ConvertHtmlToUtf8("x", "klingon-8");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(out.status().message()).find("--charset"),
            std::string::npos);
}

}  // namespace
}  // namespace khulasa::article
