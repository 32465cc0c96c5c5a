// POST /v1/summarize on inputs in other encodings and other languages
// (issue 18, items 3 and 4), on an in-process server: a page whose meta tag
// says UTF-8 over windows-1256 bytes and UTF-16 text give Arabic bullets;
// Persian and English are answered 422 UNSUPPORTED_LANGUAGE unless forced
// ("force": true or ?force=1); answers and stored articles carry "lang".
#include <httplib.h>

#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "src/article/encoding_test_support.h"
#include "tests/server_fixture.h"

namespace khulasa::testing {
namespace {

using ::khulasa::article::testing::Encode;
using ::khulasa::article::testing::TestData;
using Json = nlohmann::json;

constexpr char kReplacement[] = "\uFFFD";

class ServerInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server::ServerOptions options;
    options.db_path = TempDbPath("input");
    options.threads = 2;
    server_ = RunningServer::Start(options);
    ASSERT_NE(server_, nullptr);
    client_ = server_->Client();
    auto health = client_->Get("/health");
    ASSERT_TRUE(health);
    summarizer_ready_ = Json::parse(health->body)["summarizer"] == "ready";
  }

  httplib::Result PostJson(const Json& body) {
    return client_->Post("/v1/summarize", body.dump(), "application/json");
  }

  std::unique_ptr<RunningServer> server_;
  std::unique_ptr<httplib::Client> client_;
  bool summarizer_ready_ = false;
};

void ExpectLanguageRefusal(const httplib::Result& result,
                           const std::string& says,
                           const std::string& fix = "force") {
  ASSERT_TRUE(result) << httplib::to_string(result.error());
  EXPECT_EQ(result->status, 422) << result->body;
  const Json body = Json::parse(result->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << result->body;
  EXPECT_EQ(body["error"]["code"], "UNSUPPORTED_LANGUAGE");
  const std::string message = body["error"]["message"].get<std::string>();
  EXPECT_NE(message.find(says), std::string::npos) << message;
  EXPECT_NE(message.find(fix), std::string::npos) << message;
}

TEST_F(ServerInputTest, OtherLanguagesAre422UnlessForced) {
  const std::string persian = TestData("persian_article.txt");
  const std::string english = TestData("english_one_arabic_word.txt");
  ExpectLanguageRefusal(
      client_->Post("/v1/summarize", persian, "text/plain; charset=utf-8"),
      "looks like Persian");
  ExpectLanguageRefusal(PostJson({{"text", english}}),
                        "does not look like Arabic");
  ExpectLanguageRefusal(
      client_->Post("/v1/summarize", "Only English words here, none other.",
                    "text/plain"),
      "has no Arabic letters", "reads Arabic articles");
  ExpectLanguageRefusal(
      PostJson({{"html", "<html><body><p>" + persian + "</p></body></html>"}}),
      "looks like Persian");

  const auto bad_flag =
      client_->Post("/v1/summarize?force=maybe", persian, "text/plain");
  ASSERT_TRUE(bad_flag);
  EXPECT_EQ(bad_flag->status, 400) << bad_flag->body;
  const auto bad_field = PostJson({{"text", persian}, {"force", "yes"}});
  ASSERT_TRUE(bad_field);
  EXPECT_EQ(bad_field->status, 400) << bad_field->body;

  if (!summarizer_ready_) GTEST_SKIP() << "no summarizer model";
  const auto forced = PostJson({{"text", persian}, {"force", true}});
  ASSERT_TRUE(forced);
  ASSERT_EQ(forced->status, 200) << forced->body;
  const Json answer = Json::parse(forced->body);
  EXPECT_EQ(answer["lang"], "fa");
  // The forced article is stored; asking again without force is still
  // refused, not answered from the cache.
  ExpectLanguageRefusal(PostJson({{"text", persian}}), "looks like Persian");
  const auto again = PostJson({{"text", persian}, {"force", true}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(Json::parse(again->body)["cached"], true);
  const auto query = client_->Post("/v1/summarize?force=1", english,
                                   "text/plain; charset=utf-8");
  ASSERT_TRUE(query);
  EXPECT_EQ(query->status, 200) << query->body;
  EXPECT_EQ(Json::parse(query->body)["lang"], "other");
}

TEST_F(ServerInputTest, OtherEncodingsGiveArabicBullets) {
  if (!summarizer_ready_) GTEST_SKIP() << "no summarizer model";
  const std::string arabic = TestData("encoding_article.txt");
  const std::string page =
      "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
      "<article><p>" +
      arabic + "</p></article></body></html>";
  struct Case {
    std::string bytes;
    std::string content_type;
  };
  const Case cases[] = {
      {Encode(page, "windows-1256"), "text/html"},
      {Encode("\uFEFF" + arabic, "UTF-16LE"), "text/plain"},
      {Encode(arabic, "windows-1256"), "text/plain"},
  };
  for (const Case& c : cases) {
    const auto result = client_->Post("/v1/summarize", c.bytes, c.content_type);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200) << result->body;
    const Json answer = Json::parse(result->body);
    EXPECT_EQ(answer["lang"], "ar");
    ASSERT_FALSE(answer["bullets"].empty());
    for (const Json& bullet : answer["bullets"]) {
      EXPECT_EQ(bullet["text"].get<std::string>().find(kReplacement),
                std::string::npos)
          << bullet["text"];
    }
    const auto stored =
        client_->Get("/v1/articles/" + answer["id"].get<std::string>());
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->status, 200);
    EXPECT_EQ(Json::parse(stored->body)["article"]["lang"], "ar");
  }
}

}  // namespace
}  // namespace khulasa::testing
