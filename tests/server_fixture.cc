#include "tests/server_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include "gtest/gtest.h"

namespace khulasa::testing {

sockaddr_in LoopbackAddress(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

int OpenLoopbackConnection(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address = LoopbackAddress(port);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) !=
      0) {
    close(fd);
    return -1;
  }
  return fd;
}

std::string SendRaw(int port, const std::string& request) {
  int fd = OpenLoopbackConnection(port);
  if (fd < 0) return "";
  send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string answer;
  char buffer[4096];
  ssize_t got = 0;
  while ((got = recv(fd, buffer, sizeof(buffer), 0)) > 0) {
    answer.append(buffer, static_cast<size_t>(got));
  }
  close(fd);
  return answer;
}

std::unique_ptr<RunningServer> RunningServer::Start(
    server::ServerOptions options) {
  options.host = "127.0.0.1";
  options.port = 0;
  auto created = server::Server::Create(std::move(options));
  EXPECT_TRUE(created.ok()) << created.status();
  if (!created.ok()) return nullptr;
  std::unique_ptr<RunningServer> running(new RunningServer());
  running->server_ = *std::move(created);
  absl::StatusOr<int> port = running->server_->Bind();
  EXPECT_TRUE(port.ok()) << port.status();
  if (!port.ok()) return nullptr;
  running->port_ = *port;
  server::Server* server = running->server_.get();
  running->thread_ = std::thread([server] {
    absl::Status status = server->Run();
    EXPECT_TRUE(status.ok()) << status;
  });
  // Stop() before Run() listens would be lost: wait until it does.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!server->running() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  EXPECT_TRUE(server->running());
  return running;
}

RunningServer::~RunningServer() {
  server_->Stop();
  if (thread_.joinable()) thread_.join();
}

std::unique_ptr<httplib::Client> RunningServer::Client() const {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", port_);
  client->set_connection_timeout(10);
  client->set_read_timeout(10);
  client->set_write_timeout(10);
  return client;
}

std::string TempDbPath(const std::string& name) {
  std::string path = ::testing::TempDir() + "khulasa_server_" + name + "_" +
                     std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove((path + suffix).c_str());
  }
  return path;
}

std::string ReadExample(const std::string& name) {
  const char* source = std::getenv("KHULASA_SOURCE_DIR");
  if (source == nullptr) return "";
  std::ifstream file(std::string(source) + "/examples/" + name,
                     std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

}  // namespace khulasa::testing
