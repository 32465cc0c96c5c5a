// The store survives a restart: an article summarized by one server is
// answered from the store by the next one on the same file, without
// recomputing (the metrics show the cache hit).
#include <httplib.h>

#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/server_fixture.h"
#include "tools/server/content_id.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

server::ServerOptions OptionsWithStore(const std::string& db_path) {
  server::ServerOptions options;
  options.db_path = db_path;
  options.threads = 2;
  return options;
}

TEST(ServerRestartTest, StoredArticleOutlivesTheServer) {
  const std::string db = TempDbPath("restart_article");
  const std::string article = ReadExample("solar_plant.txt");
  ASSERT_FALSE(article.empty()) << "examples/solar_plant.txt missing";
  const std::string id = server::ContentId({"auto", "", "", article});
  std::string first_record;
  {
    auto server = RunningServer::Start(OptionsWithStore(db));
    ASSERT_NE(server, nullptr);
    auto client = server->Client();
    // 200 with the engine, 503 without: the article is stored either way.
    auto result = client->Post("/v1/summarize", article, "text/plain");
    ASSERT_TRUE(result);
    ASSERT_TRUE(result->status == 200 || result->status == 503) << result->body;
    auto stored = client->Get("/v1/articles/" + id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->status, 200) << stored->body;
    first_record = stored->body;
  }
  auto server = RunningServer::Start(OptionsWithStore(db));
  ASSERT_NE(server, nullptr);
  auto stored = server->Client()->Get("/v1/articles/" + id);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->status, 200) << stored->body;
  EXPECT_EQ(stored->body, first_record);
}

TEST(ServerRestartTest, SummaryIsAnsweredFromTheStoreAfterRestart) {
  const std::string db = TempDbPath("restart_summary");
  const std::string article = ReadExample("heatwave.txt");
  ASSERT_FALSE(article.empty()) << "examples/heatwave.txt missing";
  Json first;
  {
    auto server = RunningServer::Start(OptionsWithStore(db));
    ASSERT_NE(server, nullptr);
    auto client = server->Client();
    auto health = Json::parse(client->Get("/health")->body);
    if (health["summarizer"] != "ready") {
      GTEST_SKIP() << "the summarizer is not built into this server yet "
                      "(engine_adapter.cc); /v1/summarize answers 503";
    }
    auto result = client->Post("/v1/summarize", article, "text/plain");
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200) << result->body;
    first = Json::parse(result->body);
    EXPECT_EQ(first["cached"], false);
  }
  auto server = RunningServer::Start(OptionsWithStore(db));
  ASSERT_NE(server, nullptr);
  auto client = server->Client();
  auto result = client->Post("/v1/summarize", article, "text/plain");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  Json second = Json::parse(result->body);
  EXPECT_EQ(second["id"], first["id"]);
  EXPECT_EQ(second["cached"], true);
  EXPECT_EQ(second["bullets"], first["bullets"]);
  auto metrics = client->Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("khulasa_cache_hits_total{kind=\"summary\"} 1"),
            std::string::npos)
      << metrics->body;
  EXPECT_EQ(metrics->body.find("khulasa_cache_misses_total{kind=\"summary\"}"),
            std::string::npos)
      << metrics->body;
}

}  // namespace
}  // namespace khulasa::testing
