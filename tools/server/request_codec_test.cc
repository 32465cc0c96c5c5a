#include "tools/server/request_codec.h"

#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "tools/server/http_error.h"

namespace khulasa::server {
namespace {

// "Arabic text" in Arabic, escaped as STYLE.md asks.
constexpr char kArabic[] = "\u0646\u0635 \u0639\u0631\u0628\u064a";

TEST(ParseSummarizeRequestTest, ReadsJsonFields) {
  std::string body = std::string("{\"scraped\": \"") + kArabic +
                     "\", \"bullets\": 2, \"title\": \"T\", \"url\": \"U\"}";
  auto request =
      ParseSummarizeRequest("application/json; charset=utf-8", body, "", 3);
  ASSERT_TRUE(request.ok()) << request.status();
  EXPECT_EQ(request->format, InputFormat::kScraped);
  EXPECT_EQ(request->body, kArabic);
  EXPECT_EQ(request->bullets, 2);
  EXPECT_EQ(request->title, "T");
  EXPECT_EQ(request->url, "U");
}

TEST(ParseSummarizeRequestTest, PicksReaderFromFieldOrContentType) {
  struct Row {
    const char* content_type;
    std::string body;
    InputFormat format;
  };
  const Row rows[] = {
      {"application/json", "{\"text\": \"x\"}", InputFormat::kText},
      {"application/json", "{\"html\": \"<p>x</p>\"}", InputFormat::kHtml},
      {"Application/JSON", "{\"scraped\": \"x\"}", InputFormat::kScraped},
      {"text/plain", "x", InputFormat::kAuto},
      {"text/plain; charset=UTF-8", "x", InputFormat::kAuto},
      {"text/html; charset=windows-1256", "<p>x</p>", InputFormat::kHtml},
  };
  for (const Row& row : rows) {
    auto request = ParseSummarizeRequest(row.content_type, row.body, "", 3);
    ASSERT_TRUE(request.ok()) << row.content_type << ": " << request.status();
    EXPECT_EQ(request->format, row.format) << row.content_type;
    EXPECT_EQ(request->bullets, 3) << row.content_type;
  }
}

TEST(ParseSummarizeRequestTest, RawBodyTakesBulletsFromQuery) {
  auto request = ParseSummarizeRequest("text/plain", "x", "5", 3);
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request->bullets, 5);
  EXPECT_FALSE(ParseSummarizeRequest("text/plain", "x", "0", 3).ok());
  EXPECT_FALSE(ParseSummarizeRequest("text/plain", "x", "x", 3).ok());
}

TEST(ParseSummarizeRequestTest, RejectsBadRequestsWith400) {
  struct Row {
    std::string body;
    const char* message_part;
  };
  const Row rows[] = {
      {"{\"text\": ", "malformed JSON at byte"},
      {"{\"text\": \"x\",}", "malformed JSON"},
      // A number no double holds throws out_of_range, not parse_error.
      {"{\"text\": \"x\", \"bullets\": 1e400}", "malformed JSON"},
      {"[1, 2]", "must be a JSON object"},
      {"\"text\"", "must be a JSON object"},
      {"{}", "has no article"},
      {"{\"text\": \"a\", \"html\": \"b\"}", "more than one"},
      {"{\"text\": 5}", "\"text\" must be a string"},
      {"{\"text\": \"\"}", "the article is empty"},
      {"{\"text\": \"x\", \"bullets\": 0}", "from 1 to 10"},
      {"{\"text\": \"x\", \"bullets\": 11}", "from 1 to 10"},
      {"{\"text\": \"x\", \"bullets\": 2.5}", "from 1 to 10"},
      {"{\"text\": \"x\", \"bullets\": \"3\"}", "from 1 to 10"},
      {"{\"text\": \"x\", \"title\": 1}", "\"title\" must be a string"},
      {"{\"text\": \"x\", \"colour\": 1}", "unknown field \"colour\""},
      {"{\"text\": \"x\", \"force\": 1}", "\"force\" must be true or false"},
      // Invalid UTF-8 inside a JSON string: lone continuation byte.
      {"{\"text\": \"a\x80z\"}", "malformed JSON"},
      // An escaped lone surrogate is not a character either.
      {"{\"text\": \"\\udc00\"}", "malformed JSON"},
      // Nesting is refused before parsing (a DOM node per level).
      {"{\"text\": \"x\", \"a\": " + std::string(100000, '[') +
           std::string(100000, ']') + "}",
       "nested deeper than 32"},
  };
  for (const Row& row : rows) {
    auto request = ParseSummarizeRequest("application/json", row.body, "", 3);
    ASSERT_FALSE(request.ok()) << "body: " << row.body;
    EXPECT_EQ(HttpStatusFor(request.status()), 400) << "body: " << row.body;
    EXPECT_NE(std::string(request.status().message()).find(row.message_part),
              std::string::npos)
        << "body: " << row.body << "\nmessage: " << request.status();
  }
}

TEST(ParseSummarizeRequestTest, RejectsOtherMediaTypesWith415) {
  const char* types[] = {"", "application/xml", "multipart/form-data",
                         "text/plain; charset=latin1",
                         "application/json; charset=utf-16"};
  for (const char* type : types) {
    auto request = ParseSummarizeRequest(type, "{\"text\": \"x\"}", "", 3);
    ASSERT_FALSE(request.ok()) << type;
    EXPECT_EQ(HttpStatusFor(request.status()), 415) << type;
  }
}

TEST(ParseSummarizeRequestTest, ReadsForce) {
  auto plain =
      ParseSummarizeRequest("application/json", "{\"text\": \"x\"}", "", 3);
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->force);
  auto forced = ParseSummarizeRequest(
      "application/json", "{\"text\": \"x\", \"force\": true}", "", 3);
  ASSERT_TRUE(forced.ok()) << forced.status();
  EXPECT_TRUE(forced->force);
}

TEST(ParseForceTest, AcceptsTrueFalseOneZero) {
  EXPECT_TRUE(*ParseForce("1"));
  EXPECT_TRUE(*ParseForce("true"));
  EXPECT_FALSE(*ParseForce("0"));
  EXPECT_FALSE(*ParseForce("false"));
  for (const char* text : {"", "yes", "TRUE", "2"}) {
    EXPECT_FALSE(ParseForce(text).ok()) << text;
  }
}

TEST(ParseBulletsTest, AcceptsOneToTen) {
  EXPECT_EQ(*ParseBullets("1"), 1);
  EXPECT_EQ(*ParseBullets("10"), 10);
  const char* bad[] = {"", "0", "11", "-1", "3x", "003", "99999999999"};
  for (const char* text : bad) EXPECT_FALSE(ParseBullets(text).ok()) << text;
}

}  // namespace
}  // namespace khulasa::server
