// The event-driven HTTP/1.1 front end of `khulasa serve` (Boost.Beast on
// Boost.Asio): a few I/O threads carry every connection, each a socket, a
// buffer and a timer (http_session.h), so idle, slow and keep-alive clients
// cost no thread; the work of a request runs on a bounded worker pool
// (worker_pool.h) and, when the pool's queue is full, is refused at once
// with 503 and Retry-After. Caps: connections in all and per client
// address; per request, header bytes, body bytes and header and body
// deadlines; per connection, idle time and requests.
#ifndef KHULASA_TOOLS_SERVER_HTTP_FRONT_END_H_
#define KHULASA_TOOLS_SERVER_HTTP_FRONT_END_H_

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "tools/server/connection_registry.h"
#include "tools/server/http_application.h"
#include "tools/server/http_session.h"
#include "tools/server/worker_pool.h"

namespace khulasa::server {

struct FrontEndOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int io_threads = 1;
  size_t worker_threads = 32;
  size_t queue = 256;              // tasks waiting for a worker; past it 503
  size_t max_connections = 10000;  // 0: no cap
  size_t max_client_connections = 256;  // from one address; 0: no cap
  ConnectionLimits limits;
};

class HttpFrontEnd {
 public:
  // Serves `app`, which must outlive the front end.
  HttpFrontEnd(FrontEndOptions options, HttpApplication* app);
  ~HttpFrontEnd();  // Stop()

  HttpFrontEnd(const HttpFrontEnd&) = delete;  // owns sockets and threads
  HttpFrontEnd& operator=(const HttpFrontEnd&) = delete;

  // Binds and listens (backlog 1024); the bound port. kUnavailable when the
  // address cannot be bound.
  absl::StatusOr<int> Bind();
  // Accepts and serves until Stop(), on the calling thread and
  // io_threads - 1 more; then finishes the queued work.
  absl::Status Run();
  // From any thread, more than once: stops accepting, closes idle
  // connections, lets requests being computed or written finish (10 s at
  // most), then ends Run().
  void Stop();
  bool running() const { return running_.load(); }
  // Connections dropped by a limit (deadlines, header and body sizes).
  uint64_t connections_cut() const { return shared_.cuts.load(); }

 private:
  void Accept();
  void OnAccept(boost::system::error_code error,
                boost::asio::ip::tcp::socket socket);

  const FrontEndOptions options_;
  ConnectionRegistry registry_;
  SessionShared shared_;
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_;
  std::unique_ptr<WorkerPool> pool_;
  std::atomic<bool> running_{false};
  std::atomic<bool> stopped_{false};
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_HTTP_FRONT_END_H_
