// The listening socket takes a burst of connections before the server
// accepts any: Debian's libcpp-httplib listens with a backlog of 5, and past
// it the kernel drops handshakes, so the extra clients wait for a
// retransmission (0.2 s to seconds) before their first request is heard.
// Server::Bind() raises the backlog; this test holds the server in the state
// where nobody accepts (bound, not running) and opens many connections.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <vector>

#include "gtest/gtest.h"

#include "tools/server/server.h"
#include "tools/server/server_options.h"

namespace khulasa::testing {
namespace {

// Starts a non-blocking connect to 127.0.0.1:`port`; -1 on failure.
int StartConnect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) !=
          0 &&
      errno != EINPROGRESS) {
    close(fd);
    return -1;
  }
  return fd;
}

// True when `fd`'s connect completed without error within `timeout_ms`.
bool Connected(int fd, int timeout_ms) {
  pollfd entry{fd, POLLOUT, 0};
  if (poll(&entry, 1, timeout_ms) != 1) return false;
  int error = 0;
  socklen_t length = sizeof(error);
  return getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 &&
         error == 0;
}

TEST(ServerListenTest, ABurstOfConnectionsCompletesBeforeAnyIsAccepted) {
  server::ServerOptions options;
  options.db_path = ":memory:";
  options.host = "127.0.0.1";
  options.port = 0;
  auto server = server::Server::Create(options);
  ASSERT_TRUE(server.ok()) << server.status();
  absl::StatusOr<int> port = (*server)->Bind();  // bound; nothing accepts
  ASSERT_TRUE(port.ok()) << port.status();

  constexpr int kClients = 48;  // more than wrk's 32 of the load test
  std::vector<int> fds;
  for (int i = 0; i < kClients; ++i) fds.push_back(StartConnect(*port));
  int connected = 0;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(800);
  for (int fd : fds) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (fd >= 0 && Connected(fd, std::max<int>(0, left.count()))) ++connected;
  }
  // With a backlog of 5, six connect and the rest wait about a second for
  // the SYN to be sent again.
  EXPECT_EQ(connected, kClients);
  for (int fd : fds) {
    if (fd >= 0) close(fd);
  }
}

}  // namespace
}  // namespace khulasa::testing
