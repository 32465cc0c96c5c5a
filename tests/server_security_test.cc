// The server's security promises (docs/security.md) over loopback HTTP: the
// optional API key guards what makes the server compute or store, stored
// items and the page stay readable, and no request path reaches the file
// system.
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/server_fixture.h"
#include "tools/server/content_id.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

constexpr char kKey[] = "k3y-for-tests-0123456789abcdef0123";

int StatusOf(const std::string& raw_answer) {
  if (raw_answer.size() < 12 || raw_answer.rfind("HTTP/1.1 ", 0) != 0) {
    return -1;
  }
  return std::stoi(raw_answer.substr(9, 3));
}

void ExpectUnauthenticated(const httplib::Result& result) {
  ASSERT_TRUE(result) << httplib::to_string(result.error());
  EXPECT_EQ(result->status, 401) << result->body;
  EXPECT_EQ(result->get_header_value("WWW-Authenticate"),
            "Bearer realm=\"khulasa\"");
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
  Json body = Json::parse(result->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << result->body;
  EXPECT_EQ(body["error"]["code"], "UNAUTHENTICATED") << result->body;
  // The answer never echoes the key, right or wrong.
  EXPECT_EQ(result->body.find(kKey), std::string::npos);
}

// What a stored-but-unsummarized or summarized article answers: 200, or
// 503 when this build has no summarizer model (the article is stored).
bool Accepted(const httplib::Result& result) {
  return result && (result->status == 200 || result->status == 503);
}

class ApiKeyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server::ServerOptions options;
    options.db_path = TempDbPath("api_key");
    options.threads = 4;
    options.api_key = kKey;
    server_ = RunningServer::Start(options);
    ASSERT_NE(server_, nullptr);
    client_ = server_->Client();
    article_ = ReadExample("regional_summit.txt");
    ASSERT_FALSE(article_.empty()) << "examples/regional_summit.txt missing";
  }

  std::unique_ptr<RunningServer> server_;
  std::unique_ptr<httplib::Client> client_;
  std::string article_;
};

TEST_F(ApiKeyTest, SummarizeNeedsTheKeyInEitherHeader) {
  struct Row {
    const char* name;
    httplib::Headers headers;
    bool accepted;
  };
  const std::string wrong = std::string(kKey).substr(1) + "x";
  const std::vector<Row> rows = {
      {"no key", {}, false},
      {"wrong bearer", {{"Authorization", "Bearer " + wrong}}, false},
      {"wrong X-API-Key", {{"X-API-Key", wrong}}, false},
      {"key as Basic",
       {{"Authorization", std::string("Basic ") + kKey}},
       false},
      {"key prefix", {{"X-API-Key", std::string(kKey).substr(0, 20)}}, false},
      {"empty bearer", {{"Authorization", "Bearer "}}, false},
      {"right bearer",
       {{"Authorization", std::string("Bearer ") + kKey}},
       true},
      {"right X-API-Key", {{"X-API-Key", kKey}}, true},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    auto result = client_->Post("/v1/summarize", row.headers, article_,
                                "text/plain; charset=utf-8");
    if (row.accepted) {
      ASSERT_TRUE(result);
      EXPECT_TRUE(Accepted(result)) << result->status << " " << result->body;
    } else {
      ExpectUnauthenticated(result);
    }
  }
  // Refused requests stored nothing; the accepted ones stored the article.
  auto metrics = client_->Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("khulasa_store_articles 1\n"), std::string::npos)
      << metrics->body;
}

TEST_F(ApiKeyTest, UnauthenticatedBodiesAreNotParsed) {
  // Malformed JSON without a key is a 401, not a 400: the body is not read.
  ExpectUnauthenticated(
      client_->Post("/v1/summarize", "{\"text\": ", "application/json"));
  // With the key the same body reaches the parser.
  auto parsed = client_->Post("/v1/summarize", {{"X-API-Key", kKey}},
                              "{\"text\": ", "application/json");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->status, 400) << parsed->body;
}

TEST_F(ApiKeyTest, ReadingStoredItemsAndThePageStaysOpen) {
  for (const char* path : {"/", "/app.js", "/style.css", "/health", "/metrics",
                           "/examples/index.json"}) {
    auto result = client_->Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, 200) << path;
  }
  auto posted = client_->Post(
      "/v1/summarize", {{"Authorization", std::string("Bearer ") + kKey}},
      article_, "text/plain; charset=utf-8");
  ASSERT_TRUE(Accepted(posted));
  const std::string id = server::ContentId({"auto", "", "", article_});
  auto stored = client_->Get("/v1/articles/" + id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, 200) << stored->body;
  if (posted->status != 200) return;  // no summarizer: no speech either

  // A spoken summary not made yet needs the key (making it costs seconds
  // of CPU and stores audio); an unknown id is still a 404.
  const std::string base = "/v1/articles/" + id;
  ExpectUnauthenticated(client_->Get(base + "/speech/marks?format=wav"));
  ExpectUnauthenticated(client_->Get(base + "/speech.wav"));
  auto unknown =
      client_->Get("/v1/articles/0123456789abcdef0123456789abcdef/speech.wav");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);

  auto health = client_->Get("/health");
  if (Json::parse(health->body)["speech"] != "ready") return;
  auto made =
      client_->Get(base + "/speech/marks?format=wav", {{"X-API-Key", kKey}});
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 200) << made->body;
  // Once made, the page's <audio> element (which sends no key) can play it.
  auto audio = client_->Get(base + "/speech.wav");
  ASSERT_TRUE(audio);
  EXPECT_EQ(audio->status, 200) << audio->body;
  EXPECT_EQ(audio->body.substr(0, 4), "RIFF");
  auto marks = client_->Get(base + "/speech/marks?format=wav");
  ASSERT_TRUE(marks);
  EXPECT_EQ(marks->status, 200);
}

TEST(ApiKeyOptionsTest, RefusesAMalformedKey) {
  for (const std::string& key : {std::string("short"), std::string(300, 'k'),
                                 std::string("has space 0123456789")}) {
    server::ServerOptions options;
    options.db_path = ":memory:";
    options.api_key = key;
    auto created = server::Server::Create(options);
    ASSERT_FALSE(created.ok()) << key;
    EXPECT_EQ(created.status().code(), absl::StatusCode::kInvalidArgument);
  }
}

TEST(NoApiKeyTest, WithoutAKeyEverythingWorksAsBefore) {
  server::ServerOptions options;
  options.db_path = ":memory:";
  auto server = RunningServer::Start(options);
  ASSERT_NE(server, nullptr);
  auto result = server->Client()->Post("/v1/summarize",
                                       ReadExample("regional_summit.txt"),
                                       "text/plain; charset=utf-8");
  EXPECT_TRUE(Accepted(result)) << (result ? result->body : "no answer");
  // A key sent to a server that has none is simply ignored.
  auto with_key = server->Client()->Post("/v1/summarize", {{"X-API-Key", kKey}},
                                         ReadExample("regional_summit.txt"),
                                         "text/plain; charset=utf-8");
  EXPECT_TRUE(Accepted(with_key));
}

TEST(PathTraversalTest, NoRequestPathReachesTheFileSystem) {
  server::ServerOptions options;
  options.db_path = ":memory:";
  auto server = RunningServer::Start(options);
  ASSERT_NE(server, nullptr);
  const std::string id = "0123456789abcdef0123456789abcdef";
  const std::vector<std::string> targets = {
      "/../../etc/passwd",
      "/../../../../../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "/..%2f..%2f..%2fetc%2fpasswd",
      "/%252e%252e/etc/passwd",
      "//etc/passwd",
      "/etc/passwd",
      "/app.js/../../../etc/passwd",
      "/examples/../../../../etc/passwd",
      "/examples/..%2f..%2fCMakeLists.txt",
      "/examples/%2e%2e/%2e%2e/etc/passwd",
      "/examples/..\\..\\..\\etc\\passwd",
      "/web/app.js",
      "/web/index.html",
      "/index.html",
      "/CMakeLists.txt",
      "/proc/self/environ",
      "/app.js%00.png",
      "/v1/articles/../../../etc/passwd",
      "/v1/articles/..%2f..%2f..%2fetc%2fpasswd",
      "/v1/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd/speech.ogg",
      "/v1/articles/" + id + "%2f..%2f..%2fetc%2fpasswd",
      "/v1/articles/" + id + "/../../../etc/passwd",
      "/v1/articles/" + id + "/speech.ogg/../../../etc/passwd",
      "/v1/articles/" + id + "/speech/../../etc/passwd",
      "/v1/articles/" + id + "/speech.%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/v1/articles/%2Fetc%2Fpasswd/speech/marks",
      "/v1/articles/..%00/speech.wav",
  };
  for (const std::string& target : targets) {
    SCOPED_TRACE(target);
    const std::string answer =
        SendRaw(server->port(), "GET " + target +
                                    " HTTP/1.1\r\nHost: localhost\r\n"
                                    "Connection: close\r\n\r\n");
    const int status = StatusOf(answer);
    EXPECT_TRUE(status == 400 || status == 404) << answer.substr(0, 200);
    // Nothing of /etc/passwd, /proc or the source tree comes back.
    EXPECT_EQ(answer.find("root:"), std::string::npos);
    EXPECT_EQ(answer.find("cmake_minimum_required"), std::string::npos);
    EXPECT_EQ(answer.find("PATH="), std::string::npos);
    EXPECT_NE(answer.find("\"error\""), std::string::npos)
        << answer.substr(0, 200);
  }
}

}  // namespace
}  // namespace khulasa::testing
