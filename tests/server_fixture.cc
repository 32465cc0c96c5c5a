#include "tests/server_fixture.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include "gtest/gtest.h"

namespace khulasa::testing {

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
