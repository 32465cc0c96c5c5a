// Bad input through the public ReadArticle(): every case is an error with a
// message that names what is wrong and where, never a crash.
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "khulasa/article.h"

namespace khulasa {
namespace {

using std::string_literals::operator""s;

struct BadInputCase {
  const char* name;
  std::string input;
  InputFormat format;
  absl::StatusCode code;
  const char* message_part;  // must appear in the error message
};

TEST(ReadArticleBadInputTest, RejectsWithClearErrors) {
  const std::string kGood =
      "\u062E\u0628\u0631 \u0642\u0635\u064A\u0631 \u0639\u0646 "
      "\u0627\u0644\u0637\u0642\u0633.";
  const BadInputCase kCases[] = {
      {"empty", "", InputFormat::kAuto, absl::StatusCode::kInvalidArgument,
       "input is empty"},
      {"whitespace", " \n\t\r\n \u00A0", InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "only whitespace"},
      {"bidi controls only", "\u200F\u200E\n", InputFormat::kText,
       absl::StatusCode::kInvalidArgument, "only whitespace"},
      {"nul byte", kGood + "\0abc"s, InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "NUL byte at byte 32"},
      {"control bytes", "\x01\x02\x03\x04 abc \x05\x06\x07", InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "binary data (7 control bytes"},
      {"truncated sequence", kGood + "\xD8", InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 32"},
      {"lone continuation byte", "\xA7" + kGood, InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 0"},
      {"overlong form", kGood + "\xC0\xAF", InputFormat::kText,
       absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 32"},
      {"encoded surrogate", kGood + "\xED\xA0\x80", InputFormat::kScraped,
       absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 32"},
      {"invalid UTF-8 in JSON", "{\"text\": \"\xFF\"}", InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 10"},
      {"no Arabic", "The weather is fine today.", InputFormat::kAuto,
       absl::StatusCode::kInvalidArgument, "no Arabic letters"},
      {"digits and punctuation only", "2025 - 12 - 20 ... !!",
       InputFormat::kAuto, absl::StatusCode::kInvalidArgument,
       "no Arabic letters"},
      // The HTML reader (html_reader.h) keeps the Arabic check.
      {"html without Arabic",
       "<html><body><p>The weather is fine today, and warm.</p></body></html>",
       InputFormat::kAuto, absl::StatusCode::kInvalidArgument,
       "no Arabic letters"},
      {"empty html page", "<p></p>", InputFormat::kHtml,
       absl::StatusCode::kInvalidArgument, "no article text"},
  };
  for (const BadInputCase& c : kCases) {
    ReadOptions options;
    options.format = c.format;
    absl::StatusOr<Article> article = ReadArticle(c.input, options);
    ASSERT_FALSE(article.ok()) << "case: " << c.name;
    EXPECT_EQ(article.status().code(), c.code)
        << "case: " << c.name << " " << article.status();
    EXPECT_NE(std::string(article.status().message()).find(c.message_part),
              std::string::npos)
        << "case: " << c.name << " " << article.status();
  }
}

TEST(ReadArticleBadInputTest, LenientModeRepairsInvalidBytes) {
  const std::string input =
      "\u062E\u0628\u0631 \xA7\u0642\u0635\u064A\u0631 \u0639\u0646 "
      "\u0627\u0644\u0637\u0642\u0633.\xC0";
  ReadOptions options;
  options.lenient = true;
  absl::StatusOr<Article> article = ReadArticle(input, options);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->input,
            "\u062E\u0628\u0631 \uFFFD\u0642\u0635\u064A\u0631 \u0639\u0646 "
            "\u0627\u0644\u0637\u0642\u0633.\uFFFD");
  ASSERT_EQ(article->blocks.size(), 1u);
  EXPECT_EQ(article->blocks[0].text, article->input);
}

TEST(ReadArticleLimitsTest, InputSizeLimitIsInclusive) {
  const std::string input =
      "\u062E\u0628\u0631 \u0642\u0635\u064A\u0631 \u0639\u0646 "
      "\u0627\u0644\u0637\u0642\u0633.";  // 32 bytes
  ReadOptions options;
  options.max_input_bytes = input.size();
  EXPECT_TRUE(ReadArticle(input, options).ok());
  options.max_input_bytes = input.size() - 1;
  absl::StatusOr<Article> article = ReadArticle(input, options);
  ASSERT_EQ(article.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(std::string(article.status().message())
                .find("input is 32 bytes, over the limit of 31 bytes"),
            std::string::npos)
      << article.status();
}

TEST(ReadArticleLimitsTest, LineLengthLimitNamesTheLine) {
  const std::string line =
      "\u062E\u0628\u0631 \u0642\u0635\u064A\u0631 \u0639\u0646 "
      "\u0627\u0644\u0637\u0642\u0633.";  // 32 bytes
  const std::string input = line + "\n" + line + " " + line + "\n";
  ReadOptions options;
  options.max_line_bytes = 32;
  absl::StatusOr<Article> article = ReadArticle(input, options);
  ASSERT_EQ(article.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(std::string(article.status().message())
                .find("line 2 (bytes 33-98) is 65 bytes"),
            std::string::npos)
      << article.status();
  options.max_line_bytes = 65;
  EXPECT_TRUE(ReadArticle(input, options).ok());
}

TEST(ReadArticleLimitsTest, FiftyMegabyteLineIsRefused) {
  std::string input;
  const std::string word = "\u0643\u0644\u0645\u0629 ";
  while (input.size() < (50u << 20)) input += word;
  // Refused by the default input limit first...
  absl::StatusOr<Article> article = ReadArticle(input, ReadOptions{});
  EXPECT_EQ(article.status().code(), absl::StatusCode::kResourceExhausted);
  // ... and by the line limit when the input limit is raised.
  ReadOptions options;
  options.max_input_bytes = 64u << 20;
  article = ReadArticle(input, options);
  ASSERT_EQ(article.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(std::string(article.status().message()).find("line 1 (bytes 0-"),
            std::string::npos)
      << article.status();
}

TEST(ReadArticleLimitsTest, SentenceLimitIsEnforced) {
  std::string input;
  for (int i = 0; i < 10; ++i)
    input += "\u062C\u0645\u0644\u0629 \u0642\u0635\u064A\u0631\u0629. ";
  ReadOptions options;
  options.max_sentences = 10;
  EXPECT_TRUE(ReadArticle(input, options).ok());
  options.max_sentences = 9;
  absl::StatusOr<Article> article = ReadArticle(input, options);
  ASSERT_EQ(article.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(
      std::string(article.status().message()).find("more than 9 sentences"),
      std::string::npos)
      << article.status();
}

TEST(ReadArticleTest, KeepsMixedScriptsDiacriticsAndTatweel) {
  const std::string input =
      "\u0623\u0639\u0644\u0646\u062A \u0634\u0631\u0643\u0629 Apple "
      "\u0639\u0646 \u0646\u0645\u0648 12% \u0641\u064A "
      "\u0627\u0644\u0631\u0628\u0639 \u0627\u0644\u062B\u0627\u0644\u062B.\n"
      "\u0642\u064E\u0627\u0644\u064E "
      "\u0627\u0644\u0645\u064F\u062A\u064E\u062D\u064E\u062F\u0650\u0651\u062B"
      "\u064F \u0625\u0646\u0651 "
      "\u0627\u0644\u0646\u062A\u0627\u0626\u062C\u064E "
      "\u0645\u0645\u062A\u0640\u0640\u0640\u0640\u0640\u0627\u0632\u0629.\n"
      "\u200F\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 "
      "\u0627\u0644\u0634\u0631\u0643\u0629 "
      "\u0633\u062A\u0641\u062A\u062A\u062D \u0663 "
      "\u0645\u062A\u0627\u062C\u0631 \u062C\u062F\u064A\u062F\u0629.\n";
  absl::StatusOr<Article> article = ReadArticle(input, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->format, InputFormat::kText);
  ASSERT_EQ(article->blocks.size(), 3u);
  EXPECT_EQ(article->title, "");
  EXPECT_EQ(
      article->blocks[1].text,
      "\u0642\u064E\u0627\u0644\u064E "
      "\u0627\u0644\u0645\u064F\u062A\u064E\u062D\u064E\u062F\u0650\u0651\u062B"
      "\u064F \u0625\u0646\u0651 "
      "\u0627\u0644\u0646\u062A\u0627\u0626\u062C\u064E "
      "\u0645\u0645\u062A\u0640\u0640\u0640\u0640\u0640\u0627\u0632\u0629.");
}

}  // namespace
}  // namespace khulasa
