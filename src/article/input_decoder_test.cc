// DecodeInput, the legacy-charset reading and the double-encoding repair,
// on inputs made at test time from one composed Arabic text.
#include "src/article/input_decoder.h"

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "src/article/double_utf8.h"
#include "src/article/encoding_test_support.h"
#include "src/article/legacy_charset.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using testing::DoubleEncode;
using testing::Encode;

std::string Arabic() { return testing::TestData("encoding_article.txt"); }

std::string Decoded(std::string_view bytes, const ReadOptions& options = {}) {
  absl::StatusOr<DecodedInput> decoded = DecodeInput(bytes, options);
  EXPECT_TRUE(decoded.ok()) << decoded.status();
  return decoded.ok() ? std::string(DecodedText(*decoded, bytes)) : "";
}

TEST(DecodeInputTest, ValidUtf8IsReadInPlace) {
  const std::string arabic = Arabic();
  ASSERT_FALSE(arabic.empty());
  absl::StatusOr<DecodedInput> decoded = DecodeInput(arabic, {});
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded->converted.has_value());
  EXPECT_TRUE(decoded->valid_utf8);
  EXPECT_EQ(decoded->charset, "UTF-8");
}

TEST(DecodeInputTest, ReadsUtf16AndUtf32WithAByteOrderMark) {
  const std::string arabic = Arabic();
  for (const char* charset : {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
    const std::string bom = Encode("\uFEFF", charset);
    const std::string bytes = bom + Encode(arabic, charset);
    absl::StatusOr<DecodedInput> decoded = DecodeInput(bytes, {});
    ASSERT_TRUE(decoded.ok()) << charset;
    EXPECT_EQ(decoded->charset, charset);
    EXPECT_EQ(DecodedText(*decoded, bytes), arabic) << charset;
  }
}

TEST(DecodeInputTest, ReadsMislabelledLegacyArabic) {
  const std::string arabic = Arabic();
  for (const char* charset : {"windows-1256", "iso-8859-6"}) {
    const std::string bytes = Encode(arabic, charset);
    ASSERT_FALSE(text::IsValidUtf8(bytes));
    absl::StatusOr<DecodedInput> decoded = DecodeInput(bytes, {});
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->charset, charset);
    EXPECT_EQ(DecodedText(*decoded, bytes), arabic) << charset;
  }
}

TEST(DecodeInputTest, FollowsANamedCharset) {
  const std::string arabic = Arabic();
  ReadOptions options;
  options.charset = "CP1256";
  EXPECT_EQ(Decoded(Encode(arabic, "windows-1256"), options), arabic);
  options.charset = "utf-16le";  // no byte order mark needed
  EXPECT_EQ(Decoded(Encode(arabic, "UTF-16LE"), options), arabic);
  options.charset = "no-such-charset";
  absl::StatusOr<DecodedInput> unknown = DecodeInput("x", options);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("unknown charset"),
            std::string::npos);
}

TEST(DecodeInputTest, NamingUtf8TurnsDetectionOff) {
  ReadOptions options;
  options.charset = "UTF-8";
  const std::string legacy = Encode(Arabic(), "windows-1256");
  absl::StatusOr<DecodedInput> decoded = DecodeInput(legacy, options);
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded->converted.has_value());
  EXPECT_FALSE(decoded->valid_utf8);
}

TEST(DecodeInputTest, RepairsDoubleEncodedUtf8) {
  const std::string arabic = Arabic();
  for (const char* charset : {"windows-1252", "ISO-8859-1", "windows-1256"}) {
    const std::string twice = DoubleEncode(arabic, charset);
    ASSERT_TRUE(text::IsValidUtf8(twice));
    ASSERT_NE(twice, arabic);
    EXPECT_EQ(Decoded(twice), arabic) << charset;
    // Three times too.
    EXPECT_EQ(Decoded(DoubleEncode(twice, charset)), arabic) << charset;
  }
  // The example: "Ø§Ù„" is U+0627 U+0644.
  EXPECT_EQ(Decoded("\u00D8\u00A7\u00D9\u201E"), "\u0627\u0644");
}

TEST(DecodeInputTest, LeavesOrdinaryTextAlone) {
  const std::string kTexts[] = {
      Arabic(),
      "caf\u00E9 cr\u00E8me \u00A9 2024",  // Latin-1 letters, no Arabic
      "\u00C3\u00A9t\u00E9",               // "été" twice-encoded: not Arabic
      "\u0627\u00A7",                      // Arabic letter, then a symbol
      "plain ascii",
      "",
  };
  for (const std::string& text : kTexts) {
    EXPECT_FALSE(UndoDoubleUtf8(text).has_value()) << text;
  }
}

TEST(DecodeInputTest, LeavesDamagedUtf8ForTheReaders) {
  // UTF-8 Arabic with a few bad bytes: not a legacy charset.
  std::string damaged = Arabic();
  damaged[10] = '\xFF';
  damaged[200] = '\xFE';
  absl::StatusOr<DecodedInput> decoded = DecodeInput(damaged, {});
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded->converted.has_value());
  EXPECT_FALSE(decoded->valid_utf8);
  // Too little to tell, and bytes that are no Arabic legacy text.
  for (std::string_view bytes :
       {std::string_view("\xC7\xE1"), std::string_view("\xA7\xA9\xAE\xB0"),
        std::string_view("caf\xE9 cr\xE8me br\xFBl\xE9\x65")}) {
    decoded = DecodeInput(bytes, {});
    ASSERT_TRUE(decoded.ok());
    EXPECT_FALSE(decoded->converted.has_value()) << bytes;
  }
}

TEST(DecodeInputTest, LeavesHtmlToTheHtmlReader) {
  const std::string page = "<html><meta charset=\"windows-1256\"><p>" +
                           Encode(Arabic(), "windows-1256") + "</p></html>";
  absl::StatusOr<DecodedInput> decoded = DecodeInput(page, {});
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded->converted.has_value());
  EXPECT_EQ(decoded->charset, "");
}

TEST(LegacyCharsetTest, ScoresUtf8ArabicMisreadAsWindows1256Low) {
  const std::string arabic = Arabic();
  const LegacyDecoding misread = DecodeArabicLegacy(arabic);
  EXPECT_LT(misread.ArabicShare(), 0.75);
  EXPECT_FALSE(IsCleanArabicLegacy(arabic, misread));
  const std::string legacy = Encode(arabic, "windows-1256");
  const LegacyDecoding clean = DecodeArabicLegacy(legacy);
  EXPECT_EQ(clean.charset, "windows-1256");
  EXPECT_DOUBLE_EQ(clean.ArabicShare(), 1.0);
  EXPECT_TRUE(IsCleanArabicLegacy(legacy, clean));
}

TEST(CheckMostlyDecodedTest, RefusesTextThatIsMostlyReplacementCharacters) {
  EXPECT_TRUE(CheckMostlyDecoded(Arabic(), Arabic()).ok());
  // One bad character in five visible ones is still read.
  EXPECT_TRUE(CheckMostlyDecoded("ab\uFFFDcd e", "").ok());
  const absl::Status status = CheckMostlyDecoded("a\uFFFD\uFFFD b", "");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("2 of its 4 characters"), std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("--charset"), std::string::npos);
}

TEST(CheckMostlyDecodedTest, NamesTheLikelyCharset) {
  // Legacy Arabic that is not quite clean (a fifth of it Latin-1 symbols)
  // is not converted unasked; lenient repair would make it U+FFFD.
  std::string raw = Encode(Arabic(), "windows-1256");
  for (size_t i = 0; i < raw.size(); i += 6) raw[i] = '\xA7';
  ASSERT_FALSE(IsCleanArabicLegacy(raw, DecodeArabicLegacy(raw)));
  const absl::Status status = CheckMostlyDecoded(text::RepairUtf8(raw), raw);
  EXPECT_NE(status.message().find(
                "it looks like windows-1256: pass --charset windows-1256"),
            std::string::npos)
      << status.message();
}

}  // namespace
}  // namespace khulasa::article
