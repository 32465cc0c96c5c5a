// The event-driven front end (tools/server/http_front_end.h) over real
// loopback sockets: idle and keep-alive connections cost no worker,
// pipelined requests are answered in order, half-closed clients get their
// answer, HTTP/1.0 and bad framing are refused at once with a JSON error,
// a full queue answers 503 with Retry-After, and the caps per client,
// per connection and on idle time hold.
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

#include "tests/server_fixture.h"
#include "tools/server/server_options.h"

namespace khulasa::testing {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Reads from `fd` until `done(answer)` holds, the peer closes, or
// `timeout_ms` passes; returns what was read.
template <typename Done>
std::string ReadUntil(int fd, int timeout_ms, Done done) {
  std::string answer;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  char buffer[8192];
  while (!done(answer) && Clock::now() < deadline) {
    pollfd entry{fd, POLLIN, 0};
    if (poll(&entry, 1, 50) != 1) continue;
    const ssize_t n = recv(fd, buffer, sizeof(buffer), 0);
    if (n <= 0) break;
    answer.append(buffer, static_cast<size_t>(n));
  }
  return answer;
}

std::string ReadToClose(int fd, int timeout_ms) {
  return ReadUntil(fd, timeout_ms, [](const std::string&) { return false; });
}

// Occurrences of `part` in `text`.
int Count(const std::string& text, const std::string& part) {
  int count = 0;
  for (size_t at = text.find(part); at != std::string::npos;
       at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

bool SendAll(int fd, const std::string& bytes) {
  size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n =
        send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

server::ServerOptions SmallServer() {
  server::ServerOptions options;
  options.db_path = ":memory:";
  options.threads = 2;
  return options;
}

constexpr char kHealth[] = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";

TEST(ServerFrontEndTest, IdleAndKeepAliveConnectionsDoNotBlockOthers) {
  server::ServerOptions options = SmallServer();
  options.max_client_connections = 0;  // every client here is 127.0.0.1
  auto server = RunningServer::Start(options);
  ASSERT_NE(server, nullptr);
  // 150 connections that never send, 150 that made one keep-alive request
  // and then stay idle: with thread-per-connection and 2 workers, nothing
  // else would be served.
  std::vector<int> fds;
  for (int i = 0; i < 300; ++i) {
    const int fd = OpenLoopbackConnection(server->port());
    ASSERT_GE(fd, 0);
    fds.push_back(fd);
    if (i % 2 == 1) {
      ASSERT_TRUE(SendAll(fd, kHealth));
      const std::string answer = ReadUntil(fd, 2000, [](const std::string& a) {
        return a.find("\"status\"") != std::string::npos;
      });
      ASSERT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
    }
  }
  for (int round = 0; round < 5; ++round) {
    const auto start = Clock::now();
    auto health = server->Client()->Get("/health");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_LT(SecondsSince(start), 0.1);
  }
  for (const int fd : fds) close(fd);
}

TEST(ServerFrontEndTest, ThreePipelinedRequestsGetThreeAnswersInOrder) {
  auto server = RunningServer::Start(SmallServer());
  ASSERT_NE(server, nullptr);
  const int fd = OpenLoopbackConnection(server->port());
  ASSERT_GE(fd, 0);
  // One packet: /health, a missing path, the page's script.
  ASSERT_TRUE(SendAll(fd, std::string(kHealth) +
                              "GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                              "GET /app.js HTTP/1.1\r\nHost: x\r\n"
                              "Connection: close\r\n\r\n"));
  const auto start = Clock::now();
  const std::string answer = ReadToClose(fd, 3000);
  close(fd);
  EXPECT_LT(SecondsSince(start), 1.0);
  const size_t first = answer.find("HTTP/1.1 200");
  const size_t second = answer.find("HTTP/1.1 404", first);
  const size_t third = answer.find("HTTP/1.1 200", second);
  EXPECT_EQ(first, 0u) << answer.substr(0, 400);
  EXPECT_NE(second, std::string::npos);
  EXPECT_NE(third, std::string::npos);
  EXPECT_EQ(Count(answer, "HTTP/1.1 "), 3);
}

TEST(ServerFrontEndTest, AClientThatHalfClosesAfterItsBodyGetsAnAnswer) {
  auto server = RunningServer::Start(SmallServer());
  ASSERT_NE(server, nullptr);
  std::string article = ReadExample("heatwave.txt");
  ASSERT_FALSE(article.empty());
  std::string body;
  while (body.size() < 200000) body += article + "\n\n";
  const int fd = OpenLoopbackConnection(server->port());
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(SendAll(fd,
                      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: "
                      "text/plain; charset=utf-8\r\nContent-Length: " +
                          std::to_string(body.size()) + "\r\n\r\n" + body));
  ASSERT_EQ(shutdown(fd, SHUT_WR), 0);
  const std::string answer = ReadToClose(fd, 5000);
  close(fd);
  ASSERT_EQ(answer.rfind("HTTP/1.1 ", 0), 0u) << answer.substr(0, 200);
  EXPECT_NE(answer.find("\r\n\r\n{"), std::string::npos);
}

TEST(ServerFrontEndTest, ABodyCutShortByAHalfCloseIsRefusedAtOnce) {
  auto server = RunningServer::Start(SmallServer());
  ASSERT_NE(server, nullptr);
  const int fd = OpenLoopbackConnection(server->port());
  ASSERT_GE(fd, 0);
  // Content-Length promises 1000 bytes; 10 come, then the client is done.
  ASSERT_TRUE(SendAll(fd,
                      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\n"
                      "Content-Type: text/plain\r\nContent-Length: 1000\r\n"
                      "\r\n0123456789"));
  ASSERT_EQ(shutdown(fd, SHUT_WR), 0);
  const auto start = Clock::now();
  const std::string answer = ReadToClose(fd, 5000);
  close(fd);
  EXPECT_LT(SecondsSince(start), 1.0);
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer;
  EXPECT_NE(answer.find("cut short"), std::string::npos) << answer;
}

TEST(ServerFrontEndTest, Http10AndBadFramingAreRefusedAtOnceWithJson) {
  auto server = RunningServer::Start(SmallServer());
  ASSERT_NE(server, nullptr);
  struct Case {
    std::string request;
    std::string status;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"GET /health HTTP/1.0\r\n\r\n", "HTTP/1.1 505", "HTTP/1.0"},
      {"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
       "HTTP/1.1 400", "framing"},
      {"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
       "Content-Length: 7\r\n\r\nhello",
       "HTTP/1.1 400", "framing"},
      {"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: "
       "99999999999999\r\n\r\n",
       "HTTP/1.1 413", "--max-body"},
      {"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
       "chunked\r\n\r\nzz\r\n",
       "HTTP/1.1 400", "framing"},
      {"GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", "HTTP/1.1 400",
       "framing"},
  };
  for (const Case& c : cases) {
    const int fd = OpenLoopbackConnection(server->port());
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(SendAll(fd, c.request));
    const auto start = Clock::now();
    const std::string answer = ReadToClose(fd, 3000);
    close(fd);
    EXPECT_LT(SecondsSince(start), 1.5) << c.request;
    EXPECT_EQ(answer.rfind(c.status, 0), 0u) << c.request << "\n" << answer;
    EXPECT_NE(answer.find("{\"error\":{\"code\":"), std::string::npos)
        << answer;
    EXPECT_NE(answer.find(c.says), std::string::npos) << answer;
  }
}

TEST(ServerFrontEndTest, ABodyALittlePastTheLimitIsAnswered413NotReset) {
  auto server = RunningServer::Start(SmallServer());  // --max-body 2 MB
  ASSERT_NE(server, nullptr);
  for (int i = 0; i < 3; ++i) {
    const int fd = OpenLoopbackConnection(server->port());
    ASSERT_GE(fd, 0);
    const std::string body(3u << 20, 'x');
    // The whole upload is written before the answer is read, as a client
    // without Expect: 100-continue does; the server refuses after the head.
    const bool sent =
        SendAll(fd,
                "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: "
                "text/plain\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body);
    const std::string answer = ReadToClose(fd, 5000);
    close(fd);
    EXPECT_TRUE(sent);
    EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer.substr(0, 200);
    EXPECT_NE(answer.find("--max-body"), std::string::npos);
  }
}

TEST(ServerFrontEndTest, AFullQueueAnswers503WithRetryAfter) {
  server::ServerOptions options = SmallServer();
  options.threads = 1;
  options.queue = 0;
  options.compute_slots = 1;
  auto server = RunningServer::Start(options);
  ASSERT_NE(server, nullptr);
  const std::string article = ReadExample("heatwave.txt");
  ASSERT_FALSE(article.empty());
  const std::string request =
      "POST /v1/summarize?force=1 HTTP/1.1\r\nHost: x\r\nContent-Type: "
      "text/plain; charset=utf-8\r\nContent-Length: " +
      std::to_string(article.size()) + "\r\n\r\n" + article;
  // 64 requests at once on one worker with no queue: most are refused.
  std::vector<int> fds;
  for (int i = 0; i < 64; ++i) {
    const int fd = OpenLoopbackConnection(server->port());
    ASSERT_GE(fd, 0);
    fds.push_back(fd);
  }
  for (const int fd : fds) ASSERT_TRUE(SendAll(fd, request));
  int busy = 0;
  for (const int fd : fds) {
    const std::string answer = ReadUntil(fd, 5000, [](const std::string& a) {
      return a.find("}") != std::string::npos;
    });
    close(fd);
    if (answer.find("server busy") == std::string::npos) continue;
    ++busy;
    EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
    EXPECT_NE(answer.find("Retry-After: 1\r\n"), std::string::npos) << answer;
    EXPECT_NE(answer.find("\"UNAVAILABLE\""), std::string::npos) << answer;
  }
  EXPECT_GT(busy, 0);
  auto health = server->Client()->Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServerFrontEndTest, ConnectionsPastTheClientCapAreRefused) {
  server::ServerOptions options = SmallServer();
  options.max_client_connections = 3;
  auto server = RunningServer::Start(options);
  ASSERT_NE(server, nullptr);
  std::vector<int> held;
  for (int i = 0; i < 3; ++i) {
    held.push_back(OpenLoopbackConnection(server->port()));
    ASSERT_GE(held.back(), 0);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const std::string refused = SendRaw(server->port(), kHealth);
  EXPECT_EQ(refused.rfind("HTTP/1.1 429", 0), 0u) << refused;
  EXPECT_NE(refused.find("too many connections"), std::string::npos);
  close(held.back());
  held.pop_back();
  std::string served;
  for (int i = 0; i < 20 && served.rfind("HTTP/1.1 200", 0) != 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    served = SendRaw(server->port(),
                     "GET /health HTTP/1.1\r\nHost: x\r\nConnection: "
                     "close\r\n\r\n");
  }
  EXPECT_EQ(served.rfind("HTTP/1.1 200", 0), 0u) << served;
  for (const int fd : held) close(fd);
}

TEST(ServerFrontEndTest, KeepAliveEndsAfterMaxRequestsAndIdleTime) {
  server::ServerOptions options = SmallServer();
  options.keep_alive_max_requests = 2;
  options.keep_alive_timeout_s = 1;
  auto server = RunningServer::Start(options);
  ASSERT_NE(server, nullptr);
  // Two requests, then the server closes.
  int fd = OpenLoopbackConnection(server->port());
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(SendAll(fd, std::string(kHealth) + kHealth + kHealth));
  std::string answer = ReadToClose(fd, 3000);
  close(fd);
  EXPECT_EQ(Count(answer, "HTTP/1.1 200"), 2) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
  // An idle keep-alive connection is closed after its idle time.
  fd = OpenLoopbackConnection(server->port());
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(SendAll(fd, kHealth));
  const auto start = Clock::now();
  answer = ReadToClose(fd, 4000);
  close(fd);
  EXPECT_EQ(Count(answer, "HTTP/1.1 200"), 1);
  EXPECT_GT(SecondsSince(start), 0.8);
  EXPECT_LT(SecondsSince(start), 2.5);
}

}  // namespace
}  // namespace khulasa::testing
