#include "tools/server/request_log.h"

#include <string>

#include "gtest/gtest.h"

namespace khulasa::server {
namespace {

TEST(LogSafeTest, EscapesEverythingButPrintableAsciiAndCuts) {
  struct Row {
    std::string text;
    size_t max_bytes;
    std::string safe;
  };
  const Row rows[] = {
      {"/v1/summarize", 80, "/v1/summarize"},
      {"/a\r\nkhulasa serve: forged", 80, "/a\\x0d\\x0akhulasa serve: forged"},
      {"/\xD8\xA7", 80, "/\\xd8\\xa7"},
      {"a\\b", 80, "a\\x5cb"},
      {std::string(100, 'p'), 10, std::string(10, 'p') + "..."},
      {"", 10, ""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(LogSafe(row.text, row.max_bytes), row.safe);
  }
}

TEST(RequestLogLineTest, NamesMethodPathStatusBytesAndLatencyOnly) {
  EXPECT_EQ(RequestLogLine("POST", "/v1/summarize", 500, 87, 0.0123,
                           "store: disk I/O error"),
            "khulasa serve: POST /v1/summarize -> 500 (87 bytes, 12.3 ms): "
            "store: disk I/O error");
  EXPECT_EQ(RequestLogLine("GET", "/health", 503, 0, 0, ""),
            "khulasa serve: GET /health -> 503 (0 bytes, 0.0 ms)");
  const std::string long_path = "/" + std::string(500, 'x');
  const std::string line = RequestLogLine("GET", long_path, 404, 1, 0, "");
  EXPECT_LT(line.size(), 160u) << line;
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace khulasa::server
