#include "tools/server/http_session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <exception>
#include <iostream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "tools/server/byte_range.h"
#include "tools/server/http_error.h"
#include "tools/server/request_log.h"
#include "tools/server/url_query.h"

namespace khulasa::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

constexpr char kJson[] = "application/json";
// Reads while waiting for a request take at most this much at once.
constexpr size_t kReadChunk = 16u << 10;
// A request line (method and target) may add this much to the headers.
constexpr size_t kRequestLineBytes = 8u << 10;
// A closing connection reads (and drops) at most this much for this long.
constexpr size_t kDrainBytes = 64u << 10;
constexpr std::chrono::milliseconds kDrainTime{1000};
constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";

HttpResponse ErrorResponse(int status, std::string_view message) {
  HttpResponse response;
  response.status = status;
  response.SetContent(ErrorBody(ErrorCodeForHttpStatus(status), message),
                      kJson);
  return response;
}

}  // namespace

HttpSession::HttpSession(net::ip::tcp::socket socket, SessionShared* shared,
                         std::string client_address, bool admitted)
    : shared_(shared),
      client_address_(std::move(client_address)),
      admitted_(admitted),
      stream_(std::move(socket)),
      buffer_(shared->limits.max_header_bytes + kRequestLineBytes + kReadChunk),
      drain_limit_(kDrainBytes) {}

HttpSession::~HttpSession() {
  if (admitted_) shared_->registry->Release(this, client_address_);
}

void HttpSession::Start() {
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(
                    &HttpSession::WaitForRequest, shared_from_this(),
                    shared_->limits.first_request_timeout));
}

void HttpSession::Refuse(int status, std::string message) {
  net::dispatch(stream_.get_executor(),
                [self = shared_from_this(), status,
                 message = std::move(message)]() mutable {
                  self->keep_alive_ = false;
                  HttpResponse response = ErrorResponse(status, message);
                  response.SetHeader("Retry-After", "1");
                  response.close = true;
                  self->Reply(std::move(response));
                });
}

void HttpSession::Close() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    self->closing_ = true;
    if (self->state_ == State::kIdle || self->state_ == State::kReading) {
      self->CloseNow();
    }
  });
}

void HttpSession::WaitForRequest(std::chrono::milliseconds timeout) {
  state_ = State::kIdle;
  if (closing_ || shared_->stopping.load()) return CloseNow();
  stream_.expires_after(timeout);
  stream_.async_read_some(buffer_.prepare(kReadChunk),
                          beast::bind_front_handler(&HttpSession::OnFirstBytes,
                                                    shared_from_this()));
}

void HttpSession::OnFirstBytes(beast::error_code error, size_t bytes) {
  if (error || bytes == 0) return CloseNow();  // idle timeout, EOF, reset
  buffer_.commit(bytes);
  ReadHeader();
}

void HttpSession::ReadHeader() {
  state_ = State::kReading;
  started_ = Clock::now();
  drain_limit_ = kDrainBytes;
  method_.clear();
  path_.clear();
  head_ = false;
  parser_.emplace();
  parser_->header_limit(static_cast<uint32_t>(shared_->limits.max_header_bytes +
                                              kRequestLineBytes));
  parser_->body_limit(shared_->limits.max_body_bytes);
  stream_.expires_at(started_ + shared_->limits.header_timeout);
  http::async_read_header(
      stream_, buffer_, *parser_,
      beast::bind_front_handler(&HttpSession::OnHeader, shared_from_this()));
}

void HttpSession::OnHeader(beast::error_code error, size_t /*bytes*/) {
  if (error) return Fail(error, /*in_body=*/false);
  const auto& head = parser_->get();
  method_ = std::string(head.method_string());
  pending_ = HttpRequest{};
  HttpRequest& request = pending_;
  request.method = method_;
  request.target = std::string(head.target());
  SplitTarget(request.target, &request.path, &request.params);
  path_ = request.path;
  request.client_address = client_address_;
  for (const auto& field : head) {
    request.headers.emplace_back(std::string(field.name_string()),
                                 std::string(field.value()));
  }
  if (head.version() != 11) {
    return RefuseRequest(
        505,
        absl::StrCat("HTTP/", head.version() / 10, ".", head.version() % 10,
                     " is not served; send HTTP/1.1 (keep-alive, "
                     "chunked bodies and Host are required)"));
  }
  std::optional<HttpResponse> early = shared_->app->Screen(request);
  if (early.has_value()) {
    if (!parser_->is_done()) early->close = true;  // the body stays unread
    shared_->app->Finished(method_, path_, *early, Elapsed());
    return Reply(*std::move(early));
  }
  range_ = request.Header("Range");
  head_ = method_ == "HEAD";
  if (parser_->is_done()) return Dispatch(std::move(pending_));
  if (absl::AsciiStrToLower(absl::StripAsciiWhitespace(
          request.Header("Expect"))) == "100-continue") {
    // The client waits for this before it sends the body (curl: 1 s).
    stream_.expires_after(shared_->limits.write_timeout);
    net::async_write(
        stream_, net::buffer(kContinue, sizeof(kContinue) - 1),
        [self = shared_from_this()](beast::error_code write_error, size_t) {
          if (write_error) return self->CloseNow();
          self->ReadBody();
        });
    return;
  }
  ReadBody();
}

void HttpSession::ReadBody() {
  stream_.expires_at(started_ + shared_->limits.request_timeout);
  http::async_read(
      stream_, buffer_, *parser_,
      beast::bind_front_handler(&HttpSession::OnBody, shared_from_this()));
}

void HttpSession::OnBody(beast::error_code error, size_t /*bytes*/) {
  if (error) return Fail(error, /*in_body=*/true);
  pending_.body = std::move(parser_->get().body());
  Dispatch(std::move(pending_));
}

void HttpSession::Fail(beast::error_code error, bool in_body) {
  if (state_ == State::kClosed) return;
  if (error == beast::error::timeout) {
    shared_->cuts.fetch_add(1, std::memory_order_relaxed);
    return CloseNow();  // slowloris or a Content-Length that lied
  }
  if (error == http::error::end_of_stream) return CloseNow();
  if (error == http::error::header_limit) {
    shared_->cuts.fetch_add(1, std::memory_order_relaxed);
    // Past the limit within the first line: the target is what is long.
    const std::string_view seen(static_cast<const char*>(buffer_.data().data()),
                                buffer_.size());
    if (seen.find('\n') == std::string_view::npos &&
        seen.size() > kRequestLineBytes) {
      return RefuseRequest(414, "request URI too long");
    }
    return RefuseRequest(
        431, absl::StrCat("request headers exceed ",
                          shared_->limits.max_header_bytes, " bytes"));
  }
  if (error == http::error::body_limit) {
    shared_->cuts.fetch_add(1, std::memory_order_relaxed);
    // A body a little past the limit (an upload of 3 MB against 2 MB) is
    // read and dropped, so that its sender gets the 413 instead of a reset
    // (and SIGPIPE) while still writing; a huge one gets the usual 64 KiB.
    const auto declared = parser_->content_length();
    if (declared.has_value() &&
        *declared <= 2 * uint64_t{shared_->limits.max_body_bytes}) {
      drain_limit_ = static_cast<size_t>(*declared) + kDrainBytes;
    }
    return RefuseRequest(413,
                         absl::StrCat("request body larger than ",
                                      shared_->limits.max_body_bytes,
                                      " bytes; raise --max-body to accept it"));
  }
  if (error == http::error::partial_message) {
    // The client closed its side (or half-closed it) mid-request: the
    // answer may still reach it.
    return RefuseRequest(
        400, in_body ? "request body cut short: the connection closed "
                       "before Content-Length bytes or the last chunk came"
                     : "request cut short: the connection closed inside "
                       "the request headers");
  }
  if (error.category() ==
          http::make_error_code(http::error::bad_method).category() ||
      error == net::error::message_size) {
    return RefuseRequest(
        400, absl::StrCat("bad request framing (", error.message(),
                          "); send one HTTP/1.1 request with either "
                          "Content-Length or chunked Transfer-Encoding"));
  }
  CloseNow();  // reset, broken pipe, closed by Stop()
}

void HttpSession::Dispatch(HttpRequest request) {
  ++served_;
  keep_alive_ = parser_->keep_alive() && !closing_ &&
                served_ < shared_->limits.max_requests &&
                shared_->limits.idle_timeout.count() > 0;
  parser_.reset();
  if (!shared_->app->NeedsWorker(request)) {
    HttpResponse response = SafeHandle(std::move(request));
    shared_->app->Finished(method_, path_, response, Elapsed());
    return Reply(std::move(response));
  }
  state_ = State::kProcessing;
  stream_.expires_never();
  busy_.emplace(shared_->io->get_executor());
  auto self = shared_from_this();
  const bool queued =
      shared_->pool->TrySubmit([self, request = std::move(request)]() mutable {
        HttpResponse response = self->SafeHandle(std::move(request));
        self->shared_->app->Finished(self->method_, self->path_, response,
                                     self->Elapsed());
        net::post(self->stream_.get_executor(),
                  [self, response = std::move(response)]() mutable {
                    self->busy_.reset();
                    self->Reply(std::move(response));
                  });
      });
  if (!queued) {
    busy_.reset();
    RefuseRequest(503,
                  absl::StrCat("server busy: more than ", shared_->limits.queue,
                               " requests waiting; retry shortly"),
                  /*retry_after=*/true);
  }
}

double HttpSession::Elapsed() const {
  return std::chrono::duration<double>(Clock::now() - started_).count();
}

HttpResponse HttpSession::SafeHandle(HttpRequest request) {
  std::string what;
  try {
    return shared_->app->Handle(std::move(request));
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
    what = "unknown exception";
  }
  HttpResponse response =
      ErrorResponse(500, "internal error; see the server log");
  std::cerr << RequestLogLine(method_, path_, 500, response.body.size(),
                              Elapsed(), "exception: " + what) +
                   "\n";
  return response;
}

void HttpSession::RefuseRequest(int status, std::string message,
                                bool retry_after) {
  keep_alive_ = false;
  parser_.reset();
  HttpResponse response = ErrorResponse(status, message);
  if (retry_after) response.SetHeader("Retry-After", "1");
  response.close = true;
  shared_->app->Finished(method_, path_, response, Elapsed());
  Reply(std::move(response));
}

void HttpSession::Reply(HttpResponse response) {
  if (state_ == State::kClosed) return;
  state_ = State::kWriting;
  if (!range_.empty() && (method_ == "GET" || head_)) {
    ApplyRange(range_, &response);
  }
  range_.clear();
  const bool close =
      response.close || !keep_alive_ || closing_ || shared_->stopping.load();
  out_ = std::make_shared<http::response<http::string_body>>();
  out_->version(11);
  out_->result(static_cast<unsigned>(response.status));
  for (const auto& [name, value] : response.headers) {
    out_->insert(name, value);
  }
  if (!response.content_type.empty()) {
    out_->set(http::field::content_type, response.content_type);
  }
  const bool bodiless = response.status == 304 || response.status == 204 ||
                        (response.status >= 100 && response.status < 200);
  if (!bodiless) {
    out_->content_length(response.body.size());
    if (!head_) out_->body() = std::move(response.body);
  }
  out_->keep_alive(!close);
  stream_.expires_after(shared_->limits.write_timeout);
  http::async_write(stream_, *out_,
                    beast::bind_front_handler(&HttpSession::OnWrite,
                                              shared_from_this(), close));
}

void HttpSession::OnWrite(bool close, beast::error_code error,
                          size_t /*bytes*/) {
  out_.reset();
  if (error) return CloseNow();
  if (close) return LingeringClose();
  if (closing_ || shared_->stopping.load()) return CloseNow();
  if (buffer_.size() > 0) return ReadHeader();  // pipelined: next in order
  WaitForRequest(shared_->limits.idle_timeout);
}

void HttpSession::LingeringClose() {
  state_ = State::kClosed;
  beast::error_code ignored;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
  drained_ = 0;
  stream_.expires_after(kDrainTime);
  stream_.async_read_some(
      net::buffer(drain_),
      beast::bind_front_handler(&HttpSession::OnDrain, shared_from_this()));
}

void HttpSession::OnDrain(beast::error_code error, size_t bytes) {
  drained_ += bytes;
  if (error || bytes == 0 || drained_ >= drain_limit_) return CloseNow();
  stream_.async_read_some(
      net::buffer(drain_),
      beast::bind_front_handler(&HttpSession::OnDrain, shared_from_this()));
}

void HttpSession::CloseNow() {
  state_ = State::kClosed;
  beast::error_code ignored;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
  stream_.close();
}

}  // namespace khulasa::server
