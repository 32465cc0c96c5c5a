// Compressed request bodies (issue 17, item 2): gzip and deflate bodies are
// inflated as a stream, counted against --max-body and held to a ratio cap,
// so a decompression bomb is refused without being inflated whole; other
// encodings, and encodings on routes that take no body, are 415.
#include <httplib.h>
#include <zlib.h>

#include <cstdint>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/server_fixture.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

// `data` compressed as gzip (window bits 31) or zlib deflate (15).
std::string Compress(const std::string& data, bool gzip) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, gzip ? 31 : 15, 8,
                         Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

httplib::Result PostEncoded(httplib::Client& client, const std::string& body,
                            const std::string& encoding,
                            const std::string& path = "/v1/summarize") {
  httplib::Headers headers = {{"Content-Encoding", encoding}};
  return client.Post(path.c_str(), headers, body, "text/plain");
}

void ExpectError(const httplib::Result& result, int status,
                 const std::string& message_part) {
  ASSERT_TRUE(result) << httplib::to_string(result.error());
  EXPECT_EQ(result->status, status) << result->body;
  Json body = Json::parse(result->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << result->body;
  EXPECT_NE(body["error"]["message"].get<std::string>().find(message_part),
            std::string::npos)
      << result->body;
}

std::unique_ptr<RunningServer> StartServer(size_t max_body_bytes) {
  server::ServerOptions options;
  options.db_path = TempDbPath("encoding");
  options.threads = 4;
  options.max_body_bytes = max_body_bytes;
  return RunningServer::Start(options);
}

TEST(ServerEncodingTest, GzipAndDeflateBodiesGiveTheSameAnswer) {
  auto server = StartServer(64 << 10);
  ASSERT_NE(server, nullptr);
  auto client = server->Client();
  const std::string article = ReadExample("regional_summit.txt");
  ASSERT_FALSE(article.empty());
  auto plain = client->Post("/v1/summarize", article, "text/plain");
  ASSERT_TRUE(plain);
  ASSERT_EQ(plain->status, 200) << plain->body;
  for (bool gzip : {true, false}) {
    auto result = PostEncoded(*client, Compress(article, gzip),
                              gzip ? "gzip" : "deflate");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200) << result->body;
    EXPECT_EQ(Json::parse(result->body)["bullets"],
              Json::parse(plain->body)["bullets"]);
  }
}

TEST(ServerEncodingTest, ABombPastMaxBodyIs413) {
  auto server = StartServer(64 << 10);
  ASSERT_NE(server, nullptr);
  auto client = server->Client();
  // 16 MB of one letter: about 16 KB of gzip, 1000 times its size: refused
  // by the ratio after 50 KB of output, before --max-body.
  const std::string bomb = Compress(std::string(16 << 20, 'a'), true);
  ASSERT_LT(bomb.size(), 64u << 10);
  ExpectError(PostEncoded(*client, bomb, "gzip"), 413,
              "inflates more than 50 times");
  // 192 KB of four letters in a random order: about 3.5 times its gzip, under
  // the ratio, past --max-body once inflated.
  std::string letters;
  uint32_t state = 12345;
  while (letters.size() < (192u << 10)) {
    state = state * 1103515245u + 12345u;
    letters.push_back("acgt"[(state >> 16) & 3]);
  }
  const std::string dense = Compress(letters, true);
  ASSERT_LT(dense.size(), 64u << 10);
  ExpectError(PostEncoded(*client, dense, "gzip"), 413,
              "inflated request body larger than 65536 bytes");
  // The server goes on answering.
  auto health = client->Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServerEncodingTest, ABombUnderMaxBodyIsHeldToTheRatio) {
  auto server = StartServer(8 << 20);
  ASSERT_NE(server, nullptr);
  auto client = server->Client();
  // 4 MB that gzip takes to about 4 KB: within --max-body, 1000 times its
  // size.
  const std::string bomb = Compress(std::string(4 << 20, 'a'), true);
  ExpectError(PostEncoded(*client, bomb, "gzip"), 413,
              "inflates more than 50 times");
}

TEST(ServerEncodingTest, OtherEncodingsAndBrokenDataAreRefused) {
  auto server = StartServer(64 << 10);
  ASSERT_NE(server, nullptr);
  auto client = server->Client();
  const std::string article = ReadExample("regional_summit.txt");
  for (const std::string encoding : {"compress", "br", "zstd", "gzip, gzip"}) {
    ExpectError(PostEncoded(*server->Client(), article, encoding), 415,
                "is not accepted here");
  }
  // A route that takes no body takes no compressed one either.
  ExpectError(PostEncoded(*server->Client(), Compress(article, true), "gzip",
                          "/health"),
              415, "is not accepted here");
  ExpectError(PostEncoded(*server->Client(), "not gzip at all", "gzip"), 400,
              "could not be read");
}

}  // namespace
}  // namespace khulasa::testing
