// One client connection of the HTTP front end (http_front_end.h), driven by
// Boost.Beast on an Asio strand: it costs a socket, a buffer and a timer
// while it waits, never a thread. It reads one request at a time under the
// header and body deadlines, answers refusals at once, hands the work to
// the worker pool and writes the answers in request order (pipelined
// requests wait in the buffer), then closes after the last one.
#ifndef KHULASA_TOOLS_SERVER_HTTP_SESSION_H_
#define KHULASA_TOOLS_SERVER_HTTP_SESSION_H_

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "tools/server/connection_registry.h"
#include "tools/server/http_application.h"
#include "tools/server/http_message.h"
#include "tools/server/worker_pool.h"

namespace khulasa::server {

// The limits every connection is held to.
struct ConnectionLimits {
  size_t max_header_bytes = 16u << 10;  // the header lines; 431 past it
  size_t max_body_bytes = 2u << 20;     // 413 past it
  // Waits for the first byte of a connection's first request, and of each
  // later one (keep-alive idle time; zero: one request per connection).
  std::chrono::milliseconds first_request_timeout{10000};
  std::chrono::milliseconds idle_timeout{5000};
  // From a request's first byte to the end of its headers / of its body.
  std::chrono::milliseconds header_timeout{5000};
  std::chrono::milliseconds request_timeout{30000};
  std::chrono::milliseconds write_timeout{10000};
  int max_requests = 1000;  // per connection
  size_t queue = 256;       // for the 503 message
};

// What all sessions share; outlives them (HttpFrontEnd owns it).
struct SessionShared {
  ConnectionLimits limits;
  HttpApplication* app = nullptr;
  WorkerPool* pool = nullptr;
  ConnectionRegistry* registry = nullptr;
  boost::asio::io_context* io = nullptr;
  std::atomic<uint64_t> cuts{0};  // connections dropped by a limit
  std::atomic<bool> stopping{false};
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  // `socket` runs on its own strand; `admitted` says whether the registry
  // counted it (else Refuse() is the only call and nothing is released).
  HttpSession(boost::asio::ip::tcp::socket socket, SessionShared* shared,
              std::string client_address, bool admitted);
  ~HttpSession();

  HttpSession(const HttpSession&) = delete;  // owns a socket
  HttpSession& operator=(const HttpSession&) = delete;

  // Starts reading requests.
  void Start();
  // Answers `status` with a JSON error and closes (a connection past a cap).
  void Refuse(int status, std::string message);
  // From any thread (shutdown): closes at once unless a request is being
  // computed or answered, which finishes first; then no more are read.
  void Close();

 private:
  enum class State { kIdle, kReading, kProcessing, kWriting, kClosed };
  using Clock = std::chrono::steady_clock;

  void WaitForRequest(std::chrono::milliseconds timeout);
  void OnFirstBytes(boost::beast::error_code error, size_t bytes);
  void ReadHeader();
  void OnHeader(boost::beast::error_code error, size_t bytes);
  void ReadBody();
  void OnBody(boost::beast::error_code error, size_t bytes);
  // A parse or read failure: an answer when one can help, else a close.
  void Fail(boost::beast::error_code error, bool in_body);
  void Dispatch(HttpRequest request);
  void Reply(HttpResponse response);
  // Answers the current request with a JSON error and closes.
  void RefuseRequest(int status, std::string message, bool retry_after = false);
  // Seconds since the current request's first byte.
  double Elapsed() const;
  void OnWrite(bool close, boost::beast::error_code error, size_t bytes);
  // Shuts the sending side and reads what the client still sends for a
  // moment, so that the answer is not lost to a reset; then closes.
  void LingeringClose();
  void OnDrain(boost::beast::error_code error, size_t bytes);
  void CloseNow();
  HttpResponse SafeHandle(HttpRequest request);

  SessionShared* const shared_;
  const std::string client_address_;
  const bool admitted_;
  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<
      boost::beast::http::request_parser<boost::beast::http::string_body>>
      parser_;
  std::shared_ptr<boost::beast::http::response<boost::beast::http::string_body>>
      out_;
  std::optional<
      boost::asio::executor_work_guard<boost::asio::io_context::executor_type>>
      busy_;  // keeps the I/O loop alive while the pool computes
  State state_ = State::kIdle;
  bool closing_ = false;  // no request after the current one
  bool keep_alive_ = true;
  int served_ = 0;
  Clock::time_point started_;  // the current request's first byte
  HttpRequest pending_;        // the current request while it is read
  std::string method_;         // of the current request, for Finished()
  std::string path_;
  std::string range_;
  bool head_ = false;
  size_t drained_ = 0;
  size_t drain_limit_;  // bytes LingeringClose() reads at most
  char drain_[4096];
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_HTTP_SESSION_H_
