// Every route of the server over loopback HTTP, with good and bad requests:
// malformed JSON, invalid UTF-8, oversized bodies and headers, unknown ids,
// wrong methods, a full queue. The summarizer-dependent answers are checked
// in whichever state /health reports (503 until the engine is built in).
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/server_fixture.h"
#include "tools/server/content_id.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

// Checks the one error shape: JSON {"error": {"code", "message"}}.
void ExpectError(const httplib::Result& result, int status,
                 const std::string& code) {
  ASSERT_TRUE(result) << httplib::to_string(result.error());
  EXPECT_EQ(result->status, status) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
  Json body = Json::parse(result->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << result->body;
  EXPECT_EQ(body["error"]["code"], code) << result->body;
  EXPECT_TRUE(body["error"]["message"].is_string()) << result->body;
  EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
}

class ServerHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server::ServerOptions options;
    options.db_path = TempDbPath("http");
    options.threads = 4;
    options.max_body_bytes = 64 << 10;
    options.max_header_bytes = 4096;
    server_ = RunningServer::Start(options);
    ASSERT_NE(server_, nullptr);
    client_ = server_->Client();
    auto health = client_->Get("/health");
    ASSERT_TRUE(health);
    summarizer_ready_ = Json::parse(health->body)["summarizer"] == "ready";
    speech_ready_ = Json::parse(health->body)["speech"] == "ready";
  }

  std::unique_ptr<RunningServer> server_;
  std::unique_ptr<httplib::Client> client_;
  bool summarizer_ready_ = false;
  bool speech_ready_ = false;
};

TEST_F(ServerHttpTest, HealthSaysOkAndNamesEngineState) {
  auto result = client_->Get("/health");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  Json body = Json::parse(result->body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_TRUE(body["summarizer"] == "ready" ||
              body["summarizer"] == "unavailable");
}

TEST_F(ServerHttpTest, ServesTheRightToLeftPageWithBothButtons) {
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("lang=\"ar\" dir=\"rtl\""), std::string::npos);
  // "استمع إلى الملخص" and "اظهر الملخص".
  EXPECT_NE(page->body.find("\u0627\u0633\u062a\u0645\u0639 \u0625\u0644\u0649 "
                            "\u0627\u0644\u0645\u0644\u062e\u0635"),
            std::string::npos);
  EXPECT_NE(page->body.find("\u0627\u0638\u0647\u0631 "
                            "\u0627\u0644\u0645\u0644\u062e\u0635"),
            std::string::npos);
  for (const char* path : {"/app.js", "/style.css", "/examples/index.json"}) {
    auto asset = client_->Get(path);
    ASSERT_TRUE(asset) << path;
    EXPECT_EQ(asset->status, 200) << path;
    EXPECT_FALSE(asset->body.empty()) << path;
  }
  auto examples = client_->Get("/examples/index.json");
  Json names = Json::parse(examples->body);
  ASSERT_TRUE(names.is_array());
  for (const Json& name : names) {
    auto example = client_->Get("/examples/" + name.get<std::string>());
    ASSERT_TRUE(example);
    EXPECT_EQ(example->status, 200) << name;
  }
}

TEST_F(ServerHttpTest, AssetsAnswerConditionalAndRangeRequests) {
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  std::string etag = page->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto again = client_->Get("/", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());

  auto part = client_->Get("/", {{"Range", "bytes=0-14"}});
  ASSERT_TRUE(part);
  EXPECT_EQ(part->status, 206);
  EXPECT_EQ(part->body, page->body.substr(0, 15));
  EXPECT_EQ(part->get_header_value("Content-Range"),
            "bytes 0-14/" + std::to_string(page->body.size()));
  auto tail = client_->Get("/", {{"Range", "bytes=-10"}});
  ASSERT_TRUE(tail);
  EXPECT_EQ(tail->status, 206);
  EXPECT_EQ(tail->body, page->body.substr(page->body.size() - 10));
  auto beyond = client_->Get("/", {{"Range", "bytes=999999-"}});
  ASSERT_TRUE(beyond);
  EXPECT_EQ(beyond->status, 416);

  auto head = client_->Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

TEST_F(ServerHttpTest, UnknownPathsAre404AndWrongMethods405) {
  ExpectError(client_->Get("/nothing"), 404, "NOT_FOUND");
  ExpectError(client_->Get("/v1/articles/"), 404, "NOT_FOUND");
  ExpectError(client_->Post("/nothing", "x", "text/plain"), 404, "NOT_FOUND");

  auto get_summarize = client_->Get("/v1/summarize");
  ExpectError(get_summarize, 405, "METHOD_NOT_ALLOWED");
  EXPECT_EQ(get_summarize->get_header_value("Allow"), "POST");
  auto put_summarize = client_->Put("/v1/summarize", "{}", "application/json");
  ExpectError(put_summarize, 405, "METHOD_NOT_ALLOWED");
  auto delete_health = client_->Delete("/health");
  ExpectError(delete_health, 405, "METHOD_NOT_ALLOWED");
  EXPECT_EQ(delete_health->get_header_value("Allow"), "GET, HEAD");
  ExpectError(client_->Post("/v1/articles/0123456789abcdef0123456789abcdef",
                            "x", "text/plain"),
              405, "METHOD_NOT_ALLOWED");
}

TEST_F(ServerHttpTest, SummarizeRejectsBadBodiesWithJsonErrors) {
  struct Row {
    std::string body;
    const char* content_type;
    int status;
    const char* code;
    const char* message_part;
  };
  const Row rows[] = {
      {"{\"text\": ", "application/json", 400, "INVALID_ARGUMENT",
       "malformed JSON"},
      {"{\"text\": \"\xC3\x28\"}", "application/json", 400, "INVALID_ARGUMENT",
       "malformed JSON"},
      {"\xD8\xA7\xD9\x84\xFF\xD9\x86", "text/plain", 400, "INVALID_ARGUMENT",
       "invalid UTF-8 at byte 4"},
      {"\xED\xA0\x80", "text/plain", 400, "INVALID_ARGUMENT", "invalid UTF-8"},
      {"{\"text\": \"x\", \"bullets\": 99}", "application/json", 400,
       "INVALID_ARGUMENT", "bullets"},
      {"{\"nothing\": 1}", "application/json", 400, "INVALID_ARGUMENT",
       "unknown field"},
      {"   ", "text/plain", 400, "INVALID_ARGUMENT", ""},
      {"<x/>", "application/xml", 415, "UNSUPPORTED_MEDIA_TYPE",
       "Content-Type"},
      // Bytes that are not a JSON object are not reported as deep JSON.
      {"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\xFF", "application/json", 400,
       "INVALID_ARGUMENT", "must be a JSON object"},
  };
  for (const Row& row : rows) {
    auto result = client_->Post("/v1/summarize", row.body, row.content_type);
    ExpectError(result, row.status, row.code);
    if (result) {
      EXPECT_NE(result->body.find(row.message_part), std::string::npos)
          << "body: " << row.body << "\nanswer: " << result->body;
    }
  }
  // No Content-Type at all (httplib's client would add one).
  std::string bare = SendRaw(server_->port(),
                             "POST /v1/summarize HTTP/1.1\r\n"
                             "Host: localhost\r\nConnection: close\r\n"
                             "Content-Length: 13\r\n\r\n{\"text\": \"x\"}");
  EXPECT_EQ(bare.substr(0, 12), "HTTP/1.1 415") << bare;
  EXPECT_NE(bare.find("missing Content-Type"), std::string::npos) << bare;
}

TEST_F(ServerHttpTest, OversizedBodyIs413AndOversizedHeaders431) {
  std::string big(65 << 10, 'a');
  ExpectError(client_->Post("/v1/summarize", big, "text/plain"), 413,
              "RESOURCE_EXHAUSTED");
  httplib::Headers headers;
  for (int i = 0; i < 20; ++i) {
    headers.emplace("X-Filler-" + std::to_string(i), std::string(300, 'b'));
  }
  ExpectError(client_->Get("/health", headers), 431, "RESOURCE_EXHAUSTED");
}

TEST_F(ServerHttpTest, UnknownIdsAre404OnEveryArticleRoute) {
  const std::string unknown = "0123456789abcdef0123456789abcdef";
  for (const std::string& path :
       {"/v1/articles/" + unknown, "/v1/articles/" + unknown + "/speech.ogg",
        "/v1/articles/" + unknown + "/speech.mp3",
        "/v1/articles/" + unknown + "/speech/marks",
        std::string("/v1/articles/not-an-id"),
        "/v1/articles/" + unknown + "/speech.flac"}) {
    ExpectError(client_->Get(path), 404, "NOT_FOUND");
  }
  ExpectError(client_->Get("/v1/articles/" + unknown + "?bullets=0"), 400,
              "INVALID_ARGUMENT");
}

TEST_F(ServerHttpTest, SummarizeStoresTheArticleAndAnswersPerEngineState) {
  std::string article = ReadExample("regional_summit.txt");
  ASSERT_FALSE(article.empty()) << "examples/regional_summit.txt missing";
  auto result =
      client_->Post("/v1/summarize", article, "text/plain; charset=utf-8");
  ASSERT_TRUE(result);
  const std::string id = server::ContentId({"auto", "", "", article});
  if (!summarizer_ready_) {
    ExpectError(result, 503, "UNAVAILABLE");
  } else {
    ASSERT_EQ(result->status, 200) << result->body;
    Json answer = Json::parse(result->body);
    EXPECT_EQ(answer["id"], id);
    EXPECT_EQ(answer["cached"], false);
    ASSERT_EQ(answer["bullets"].size(), 3u) << result->body;
    for (const Json& bullet : answer["bullets"]) {
      EXPECT_FALSE(bullet["text"].get<std::string>().empty());
      ASSERT_FALSE(bullet["sources"].empty());
    }
    auto again =
        client_->Post("/v1/summarize", article, "text/plain; charset=utf-8");
    ASSERT_TRUE(again);
    EXPECT_EQ(Json::parse(again->body)["cached"], true);
  }
  // Either way the article itself was read and stored.
  auto stored = client_->Get("/v1/articles/" + id);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->status, 200) << stored->body;
  Json record = Json::parse(stored->body);
  EXPECT_EQ(record["id"], id);
  EXPECT_FALSE(record["article"]["title"].get<std::string>().empty());
  EXPECT_FALSE(record["article"]["blocks"].empty());
  const size_t input_size =
      record["article"]["input"].get<std::string>().size();
  for (const Json& block : record["article"]["blocks"]) {
    EXPECT_LE(block["range"][1].get<size_t>(), input_size);
  }
  EXPECT_EQ(record["summary"].is_null(), !summarizer_ready_);
  if (!record["summary"].is_null()) {
    // The bullets in the schema's shape, as POST /v1/summarize gives them:
    // sources {"begin", "end"} into the article's input (docs/schema.md).
    ASSERT_EQ(record["summary"]["bullets"].size(), 3u);
    for (const Json& bullet : record["summary"]["bullets"]) {
      ASSERT_FALSE(bullet["sources"].empty());
      for (const Json& source : bullet["sources"]) {
        ASSERT_TRUE(source.is_object()) << source;
        EXPECT_LT(source["begin"].get<size_t>(), source["end"].get<size_t>());
        EXPECT_LE(source["end"].get<size_t>(), input_size);
      }
    }
  }

  auto speech = client_->Get("/v1/articles/" + id + "/speech.ogg");
  ASSERT_TRUE(speech);
  if (!summarizer_ready_ || !speech_ready_) {
    ExpectError(speech, 503, "UNAVAILABLE");
    ExpectError(client_->Get("/v1/articles/" + id + "/speech/marks"), 503,
                "UNAVAILABLE");
  } else {
    ASSERT_EQ(speech->status, 200);
    EXPECT_EQ(speech->get_header_value("Content-Type"), "audio/ogg");
    EXPECT_EQ(speech->body.substr(0, 4), "OggS");
    std::string etag = speech->get_header_value("ETag");
    auto cached = client_->Get("/v1/articles/" + id + "/speech.ogg",
                               {{"If-None-Match", etag}});
    EXPECT_EQ(cached->status, 304);
    auto part = client_->Get("/v1/articles/" + id + "/speech.ogg",
                             {{"Range", "bytes=0-99"}});
    EXPECT_EQ(part->status, 206);
    EXPECT_EQ(part->body, speech->body.substr(0, 100));
    auto marks = client_->Get("/v1/articles/" + id + "/speech/marks");
    ASSERT_EQ(marks->status, 200);
    Json timing = Json::parse(marks->body);
    ASSERT_TRUE(timing.is_array());
    EXPECT_FALSE(timing.empty());
  }
}

TEST_F(ServerHttpTest, MetricsCountRequestsByRouteAndStatus) {
  client_->Get("/health");
  client_->Get("/nothing");
  client_->Get("/v1/summarize");
  auto result = client_->Get("/metrics");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  const std::string& text = result->body;
  EXPECT_NE(text.find("khulasa_http_requests_total{route=\"/health\","
                      "status=\"200\"}"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("khulasa_http_requests_total{route=\"other\","
                      "status=\"404\"} 1"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("khulasa_http_requests_total{route=\"/v1/summarize\","
                      "status=\"405\"} 1"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("khulasa_http_request_duration_seconds_bucket{route="
                      "\"/health\",le=\"+Inf\"}"),
            std::string::npos);
  EXPECT_NE(text.find("khulasa_store_articles "), std::string::npos);
}

TEST_F(ServerHttpTest, ManyClientsAtOnceAllGetAnswers) {
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      auto client = server_->Client();
      for (int i = 0; i < 25; ++i) {
        auto result = client->Get(i % 2 ? "/health" : "/app.js");
        if (result && result->status == 200) ++ok;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(ok.load(), 200);
}

}  // namespace
}  // namespace khulasa::testing
