// Runs a khulasa server in-process on an ephemeral loopback port for the
// server tests (tests/server_*_test.cc), with a store in the test temp dir.
#ifndef KHULASA_TESTS_SERVER_FIXTURE_H_
#define KHULASA_TESTS_SERVER_FIXTURE_H_

#include <httplib.h>
#include <netinet/in.h>

#include <memory>
#include <string>
#include <thread>

#include "tools/server/server.h"
#include "tools/server/server_options.h"

namespace khulasa::testing {

class RunningServer {
 public:
  // Creates, binds and starts a server; ASSERTs (via the returned null) on
  // failure. options.port is forced to 0 and host to 127.0.0.1.
  static std::unique_ptr<RunningServer> Start(server::ServerOptions options);

  ~RunningServer();  // stops the server and joins its thread

  int port() const { return port_; }
  // A new client for this server, 10 s timeouts.
  std::unique_ptr<httplib::Client> Client() const;

 private:
  RunningServer() = default;
  std::unique_ptr<server::Server> server_;
  std::thread thread_;
  int port_ = 0;
};

// The address 127.0.0.1:`port`.
sockaddr_in LoopbackAddress(int port);

// A blocking TCP connection to 127.0.0.1:`port`, or -1. Sends nothing.
int OpenLoopbackConnection(int port);

// Sends `request` as raw bytes on a new connection (no client-side path
// normalization) and returns everything the server answers before it closes
// the connection ("" when it cannot connect).
std::string SendRaw(int port, const std::string& request);

// A fresh store path under the test temp dir.
std::string TempDbPath(const std::string& name);

// $KHULASA_SOURCE_DIR/examples/<name> read whole ("" if unreadable).
std::string ReadExample(const std::string& name);

}  // namespace khulasa::testing

#endif  // KHULASA_TESTS_SERVER_FIXTURE_H_
