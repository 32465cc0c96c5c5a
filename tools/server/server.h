// The HTTP server behind `khulasa serve`: routes (docs/server.md), the
// embedded page, limits, metrics. The HTTP front end is http_front_end.h.
//
//   auto server = khulasa::server::Server::Create(options);
//   absl::StatusOr<int> port = (*server)->Bind();   // port 0: any free one
//   std::thread stopper([&] { ...; (*server)->Stop(); });
//   absl::Status done = (*server)->Run();           // until Stop()
#ifndef KHULASA_TOOLS_SERVER_SERVER_H_
#define KHULASA_TOOLS_SERVER_SERVER_H_

#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "tools/server/server_options.h"

namespace khulasa::server {

class Server {
 public:
  // Opens the store and loads the engine. kInvalidArgument for options out
  // of range; the store's errors (kUnavailable, kDataLoss, ...).
  static absl::StatusOr<std::unique_ptr<Server>> Create(ServerOptions options);

  Server(const Server&) = delete;  // owns a listening socket and threads
  Server& operator=(const Server&) = delete;
  ~Server();

  // Binds options.host:options.port and returns the bound port.
  // kUnavailable when the address cannot be bound.
  absl::StatusOr<int> Bind();

  // Serves until Stop(); call after Bind(). kInternal if listening failed.
  absl::Status Run();

  // Stops Run() from any thread; safe to call more than once and from a
  // thread other than Run()'s. In-flight requests finish first.
  void Stop();

  // True once Run() is accepting connections.
  bool running() const;

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_SERVER_H_
