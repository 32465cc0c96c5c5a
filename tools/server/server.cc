#include "tools/server/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <semaphore>
#include <string>
#include <thread>
#include <utility>

#include "absl/cleanup/cleanup.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

#include "khulasa/summary.h"
#include "src/store/store.h"
#include "tools/server/api_key.h"
#include "tools/server/article_service.h"
#include "tools/server/bounded_task_queue.h"
#include "tools/server/content_id.h"
#include "tools/server/engine_adapter.h"
#include "tools/server/http_error.h"
#include "tools/server/metrics.h"
#include "tools/server/recv_guard.h"
#include "tools/server/request_codec.h"
#include "tools/server/request_log.h"
#include "tools/server/routes.h"
#include "tools/server/web_assets.h"

namespace khulasa::server {
namespace {

using Clock = std::chrono::steady_clock;
using HandlerResponse = httplib::Server::HandlerResponse;

constexpr char kJson[] = "application/json";
// Connections the kernel completes before the server accepts them.
constexpr int kListenBacklog = 1024;
// A compressed body may inflate to at most this many times its size (and
// never past --max-body): real JSON and text compress 3-10x, a
// decompression bomb 1000x.
constexpr size_t kMaxInflateRatio = 50;
// Compressed bodies smaller than this are not held to the ratio.
constexpr size_t kInflateRatioFloor = 4096;

// When the current request on this worker thread started: set by the
// pre-routing handler, read by the logger that records its latency.
thread_local Clock::time_point request_start{};

double SecondsSinceRequestStart() {
  if (request_start == Clock::time_point{}) return 0;
  return std::chrono::duration<double>(Clock::now() - request_start).count();
}

// One stderr line for a failed request: method, path, status, bytes,
// latency and the server's own message; never the body, query or headers
// (request_log.h). One write per line so that threads do not interleave.
void LogFailure(const httplib::Request& req, const httplib::Response& res,
                std::string_view detail) {
  std::cerr << RequestLogLine(req.method, req.path, res.status, res.body.size(),
                              SecondsSinceRequestStart(), detail) +
                   "\n";
}

// A 401 names the scheme the client should use (RFC 6750).
void AddChallenge(httplib::Response& res) {
  if (res.status == 401) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"khulasa\"");
  }
}

void SendError(httplib::Response& res, int http_status,
               std::string_view message) {
  res.status = http_status;
  res.set_content(ErrorBody(ErrorCodeForHttpStatus(http_status), message),
                  kJson);
  AddChallenge(res);
}

void SendStatus(const httplib::Request& req, httplib::Response& res,
                const absl::Status& status) {
  res.status = HttpStatusFor(status);
  res.set_content(ErrorBody(status), kJson);
  AddChallenge(res);
  if (res.status >= 500) {
    LogFailure(req, res,
               absl::StrCat(absl::StatusCodeToString(status.code()), ": ",
                            std::string(status.message())));
  }
}

// The bullets query parameter, or `fallback` when absent.
absl::StatusOr<int> BulletsParam(const httplib::Request& req, int fallback) {
  if (!req.has_param("bullets")) return fallback;
  return ParseBullets(req.get_param_value("bullets"));
}

// Answers 304 when the client already has `etag`; true if it did.
bool NotModified(const httplib::Request& req, httplib::Response& res,
                 std::string_view etag) {
  res.set_header("ETag", std::string(etag));
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return true;
  }
  return false;
}

// The body's Content-Encoding, lower-cased: "" for none or identity.
std::string ContentEncoding(const httplib::Request& req) {
  std::string encoding = absl::AsciiStrToLower(
      absl::StripAsciiWhitespace(req.get_header_value("Content-Encoding")));
  return encoding == "identity" ? "" : encoding;
}

// gzip and deflate bodies are inflated as a stream, counted against
// --max-body and the ratio cap; no other encoding is accepted.
bool AcceptedEncoding(std::string_view encoding) {
  return encoding.empty() || encoding == "gzip" || encoding == "x-gzip" ||
         encoding == "deflate";
}

size_t HeaderBytes(const httplib::Request& req) {
  size_t total = 0;
  for (const auto& [name, value] : req.headers) {
    total += name.size() + value.size() + 4;  // ": " and CRLF
  }
  return total;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<EngineAdapter> engine;
  Metrics metrics;
  std::unique_ptr<ArticleService> service;
  // At most ServerOptions::compute_slots summarize requests are decoded,
  // read and summarized at once; the rest wait blocked (see server_options.h).
  std::unique_ptr<std::counting_semaphore<>> compute_slots;
  httplib::Server http;
  // The listening socket, seen by http's socket-options hook while binding.
  socket_t listen_socket = INVALID_SOCKET;

  void Configure();
  // True when no key is configured or the request presents it.
  bool Authorized(const httplib::Request& req) const;
  // Reads the request body into *body through `reader`, inflating gzip or
  // deflate as it goes; false (and a 413 in res) past --max-body or the
  // inflation ratio cap.
  bool ReadBody(const httplib::Request& req,
                const httplib::ContentReader& reader, httplib::Response& res,
                std::string* body);
  void Dispatch(const httplib::Request& req, std::string body,
                httplib::Response& res);
  void Summarize(const httplib::Request& req, std::string body,
                 httplib::Response& res);
  void GetArticle(const httplib::Request& req, httplib::Response& res,
                  std::string_view id);
  void GetSpeech(const httplib::Request& req, httplib::Response& res,
                 std::string_view id, std::string_view format_name, bool marks);
  void Health(httplib::Response& res);
  void RenderMetrics(httplib::Response& res);
  void Asset(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::Configure() {
  const std::ptrdiff_t slots =
      options.compute_slots > 0
          ? options.compute_slots
          : std::max<std::ptrdiff_t>(1, std::thread::hardware_concurrency());
  compute_slots = std::make_unique<std::counting_semaphore<>>(slots);
  const size_t threads = static_cast<size_t>(options.threads);
  const size_t queue = static_cast<size_t>(options.queue);
  RecvLimits limits;
  limits.max_request_bytes =
      options.max_header_bytes + options.max_body_bytes + (64u << 10);
  limits.header_deadline = std::chrono::seconds(options.header_timeout_s);
  limits.request_deadline = std::chrono::seconds(options.request_timeout_s);
  http.new_task_queue = [threads, queue, limits] {
    return new BoundedTaskQueue(threads, queue, limits);
  };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_s);
  http.set_write_timeout(options.write_timeout_s);
  http.set_keep_alive_timeout(options.keep_alive_timeout_s);
  http.set_keep_alive_max_count(
      static_cast<size_t>(options.keep_alive_max_requests));
  http.set_tcp_nodelay(true);
  // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, which lets
  // a second server (or another local user's process) bind the same port
  // and silently take half of its connections.
  http.set_socket_options([this](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listen_socket = sock;
  });

  http.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) {
        request_start = Clock::now();
        HeadersReadOnThisThread();
        if (BoundedTaskQueue::Overloaded()) {
          res.set_header("Retry-After", "1");
          res.set_header("Connection", "close");
          SendError(res, 429,
                    absl::StrCat("server busy: more than ", options.queue,
                                 " connections waiting; retry shortly"));
          return HandlerResponse::Handled;
        }
        if (HeaderBytes(req) > options.max_header_bytes) {
          SendError(res, 431,
                    absl::StrCat("request headers exceed ",
                                 options.max_header_bytes, " bytes"));
          return HandlerResponse::Handled;
        }
        // Before any body byte is read (and inflated): only POST
        // /v1/summarize takes a body, as is, gzip or deflate.
        const std::string encoding = ContentEncoding(req);
        if (!encoding.empty() &&
            (!AcceptedEncoding(encoding) ||
             req.get_header_value_count("Content-Encoding") > 1 ||
             MatchRoute(req.path).kind != RouteKind::kSummarize)) {
          res.set_header("Connection", "close");
          SendError(res, 415,
                    absl::StrCat("Content-Encoding \"", encoding.substr(0, 32),
                                 "\" is not accepted here; POST "
                                 "/v1/summarize takes a body as is, gzip or "
                                 "deflate"));
          return HandlerResponse::Handled;
        }
        return HandlerResponse::Unhandled;
      });

  httplib::Server::Handler dispatch = [this](const httplib::Request& req,
                                             httplib::Response& res) {
    Dispatch(req, req.body, res);
  };
  // A request with a body: read (and inflated) through ReadBody, never
  // past --max-body, before dispatch.
  httplib::Server::HandlerWithContentReader dispatch_with_body =
      [this](const httplib::Request& req, httplib::Response& res,
             const httplib::ContentReader& content_reader) {
        std::string body;
        if (!ReadBody(req, content_reader, res, &body)) return;
        Dispatch(req, std::move(body), res);
      };
  http.Get(".*", dispatch);
  http.Post(".*", dispatch);
  http.Post(".*", dispatch_with_body);
  http.Put(".*", dispatch);
  http.Put(".*", dispatch_with_body);
  http.Patch(".*", dispatch);
  http.Patch(".*", dispatch_with_body);
  http.Delete(".*", dispatch);
  http.Delete(".*", dispatch_with_body);
  http.Options(".*", dispatch);

  // Errors httplib raises itself (unparsable request, body over the limit,
  // bad range) come without a body: give them the JSON error shape.
  httplib::Server::HandlerWithResponse on_error =
      [this](const httplib::Request& /*req*/, httplib::Response& res) {
        if (!res.body.empty()) return HandlerResponse::Unhandled;
        std::string message;
        switch (res.status) {
          case 413:
            message = absl::StrCat("request body larger than ",
                                   options.max_body_bytes,
                                   " bytes; raise --max-body to accept it");
            break;
          case 414:
            message = "request URI too long";
            break;
          case 416:
            message = "requested range not satisfiable";
            break;
          default:
            message = absl::StrCat("request failed with HTTP ", res.status);
        }
        SendError(res, res.status, message);
        return HandlerResponse::Handled;
      };
  http.set_error_handler(on_error);

  http.set_exception_handler([](const httplib::Request& req,
                                httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    SendError(res, 500, "internal error; see the server log");
    LogFailure(req, res, "exception: " + what);
  });

  http.set_logger(
      [this](const httplib::Request& req, const httplib::Response& res) {
        RequestEndedOnThisThread();
        const double seconds = SecondsSinceRequestStart();
        request_start = Clock::time_point{};
        metrics.RecordRequest(RouteLabel(MatchRoute(req.path).kind), res.status,
                              seconds);
      });
}

bool Server::Impl::Authorized(const httplib::Request& req) const {
  if (options.api_key.empty()) return true;
  return ApiKeyMatches(PresentedApiKey(req.get_header_value("Authorization"),
                                       req.get_header_value("X-API-Key")),
                       options.api_key);
}

bool Server::Impl::ReadBody(const httplib::Request& req,
                            const httplib::ContentReader& reader,
                            httplib::Response& res, std::string* body) {
  const bool compressed = !ContentEncoding(req).empty();
  const size_t sent = static_cast<size_t>(std::strtoull(
      req.get_header_value("Content-Length").c_str(), nullptr, 10));
  const size_t ratio_limit =
      kMaxInflateRatio * std::max(sent, kInflateRatioFloor);
  bool too_large = false;
  bool bomb = false;
  const bool read = reader([&](const char* data, size_t length) {
    if (body->size() + length > options.max_body_bytes) {
      too_large = true;
      return false;
    }
    body->append(data, length);
    if (compressed && sent > 0 && body->size() > ratio_limit) {
      bomb = true;
      return false;
    }
    return true;
  });
  if (read) return true;
  // The HTTP layer stops before the receiver when Content-Length is
  // already past the limit.
  if (!bomb && sent > options.max_body_bytes) too_large = true;
  body->clear();
  if (!too_large && !bomb) {
    res.set_header("Connection", "close");
    SendError(res, 400,
              "the request body could not be read (cut short, or bad "
              "chunked or compressed data)");
    return false;
  }
  res.set_header("Connection", "close");  // the rest is never read
  SendError(
      res, 413,
      too_large
          ? absl::StrCat(compressed ? "inflated request body" : "request body",
                         " larger than ", options.max_body_bytes,
                         " bytes; raise --max-body to accept it")
          : absl::StrCat("compressed request body inflates more "
                         "than ",
                         kMaxInflateRatio, " times its size; send it as is"));
  return false;
}

void Server::Impl::Dispatch(const httplib::Request& req, std::string body,
                            httplib::Response& res) {
  RouteMatch match = MatchRoute(req.path);
  if (match.kind == RouteKind::kUnknown) {
    SendError(res, 404, absl::StrCat("no route for ", req.path.substr(0, 80)));
    return;
  }
  if (!MethodAllowed(match.kind, req.method)) {
    res.set_header("Allow", std::string(AllowedMethods(match.kind)));
    SendError(res, 405,
              absl::StrCat(req.method.substr(0, 16), " is not allowed on ",
                           std::string(RouteLabel(match.kind)), "; use ",
                           std::string(AllowedMethods(match.kind))));
    return;
  }
  switch (match.kind) {
    case RouteKind::kSummarize:
      // Before the body is parsed: without the key no CPU goes into it.
      if (!Authorized(req)) {
        return SendError(
            res, 401,
            "POST /v1/summarize needs the API key: send \"Authorization: "
            "Bearer KEY\" or \"X-API-Key: KEY\"");
      }
      return Summarize(req, std::move(body), res);
    case RouteKind::kArticle:
      return GetArticle(req, res, match.id);
    case RouteKind::kSpeech:
      return GetSpeech(req, res, match.id, match.format, /*marks=*/false);
    case RouteKind::kMarks:
      return GetSpeech(req, res, match.id,
                       req.has_param("format") ? req.get_param_value("format")
                                               : std::string("ogg"),
                       /*marks=*/true);
    case RouteKind::kHealth:
      return Health(res);
    case RouteKind::kMetrics:
      return RenderMetrics(res);
    case RouteKind::kAsset:
      return Asset(req, res);
    case RouteKind::kUnknown:
      break;
  }
}

void Server::Impl::Summarize(const httplib::Request& req, std::string body,
                             httplib::Response& res) {
  compute_slots->acquire();
  absl::Cleanup release = [this] { compute_slots->release(); };
  absl::StatusOr<SummarizeRequest> request = ParseSummarizeRequest(
      req.get_header_value("Content-Type"), std::move(body),
      req.has_param("bullets") ? req.get_param_value("bullets") : "",
      options.default_bullets);
  if (!request.ok()) return SendStatus(req, res, request.status());
  if (req.has_param("force")) {
    absl::StatusOr<bool> force = ParseForce(req.get_param_value("force"));
    if (!force.ok()) return SendStatus(req, res, force.status());
    request->force = request->force || *force;
  }
  absl::StatusOr<std::string> answer = service->Summarize(*request);
  if (!answer.ok()) return SendStatus(req, res, answer.status());
  res.set_content(*std::move(answer), kJson);
}

void Server::Impl::GetArticle(const httplib::Request& req,
                              httplib::Response& res, std::string_view id) {
  absl::StatusOr<int> bullets = BulletsParam(req, options.default_bullets);
  if (!bullets.ok()) return SendStatus(req, res, bullets.status());
  absl::StatusOr<std::string> answer = service->GetArticle(id, *bullets);
  if (!answer.ok()) return SendStatus(req, res, answer.status());
  res.set_content(*std::move(answer), kJson);
}

void Server::Impl::GetSpeech(const httplib::Request& req,
                             httplib::Response& res, std::string_view id,
                             std::string_view format_name, bool marks) {
  AudioFormat format;
  if (!ParseAudioFormat(format_name, &format)) {
    return SendStatus(
        req, res,
        absl::NotFoundError(absl::StrCat("unknown audio format \"",
                                         std::string(format_name.substr(0, 16)),
                                         "\"; use ogg, mp3 or wav")));
  }
  absl::StatusOr<int> bullets = BulletsParam(req, options.default_bullets);
  if (!bullets.ok()) return SendStatus(req, res, bullets.status());
  absl::StatusOr<store::AudioRecord> audio =
      service->GetSpeech(id, format, *bullets, Authorized(req));
  if (!audio.ok()) return SendStatus(req, res, audio.status());
  std::string_view body = marks ? audio->marks : audio->bytes;
  std::string etag = absl::StrCat("\"", Sha256Hex(body).substr(0, 32),
                                  marks ? "-m" : "", "\"");
  res.set_header("Cache-Control", "no-cache");
  if (NotModified(req, res, etag)) return;
  if (marks) {
    res.set_content(std::string(body), kJson);
  } else {
    res.set_header("Accept-Ranges", "bytes");
    res.set_content(std::string(body),
                    std::string(AudioFormatMimeType(format)));
  }
}

void Server::Impl::Health(httplib::Response& res) {
  nlohmann::json health = {
      {"status", "ok"},
      {"summarizer", engine->summarizer_ready() ? "ready" : "unavailable"},
      {"speech", engine->speech_ready() ? "ready" : "unavailable"},
      {"model_version", engine->model_version()}};
  res.set_content(health.dump(), kJson);
}

void Server::Impl::RenderMetrics(httplib::Response& res) {
  absl::StatusOr<store::StoreStats> stats = store->Stats();
  res.set_content(
      metrics.Render(stats.ok() ? &*stats : nullptr, RecvGuardRefusals()),
      "text/plain; version=0.0.4; charset=utf-8");
}

void Server::Impl::Asset(const httplib::Request& req, httplib::Response& res) {
  const WebAsset* asset = FindWebAsset(req.path);
  if (asset == nullptr) {
    SendError(res, 404, "no such file");
    return;
  }
  res.set_header("Cache-Control", "no-cache");
  if (NotModified(req, res, asset->etag)) return;
  res.set_header("Accept-Ranges", "bytes");
  res.set_content(std::string(asset->bytes), std::string(asset->content_type));
}

absl::StatusOr<std::unique_ptr<Server>> Server::Create(ServerOptions options) {
  if (options.port < 0 || options.port > 65535) {
    return absl::InvalidArgumentError(
        absl::StrCat("port ", options.port, " is outside 0..65535"));
  }
  if (options.threads < 1 || options.threads > 1024) {
    return absl::InvalidArgumentError(
        absl::StrCat("--threads ", options.threads, " is outside 1..1024"));
  }
  if (options.queue < 0 || options.queue > 1000000) {
    return absl::InvalidArgumentError(
        absl::StrCat("--queue ", options.queue, " is outside 0..1000000"));
  }
  if (options.max_body_bytes < 1024) {
    return absl::InvalidArgumentError("--max-body must be at least 1024");
  }
  if (options.default_bullets < kMinBullets ||
      options.default_bullets > kMaxBullets) {
    return absl::InvalidArgumentError(
        absl::StrCat("bullets must be 1..", kMaxBullets));
  }
  if (!options.api_key.empty()) {
    absl::Status valid = ValidateApiKey(options.api_key);
    if (!valid.ok()) return valid;
  }
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  store::StoreOptions store_options;
  store_options.path = impl->options.db_path;
  store_options.max_audio_bytes = impl->options.max_audio_bytes;
  absl::StatusOr<std::unique_ptr<store::Store>> store =
      store::Store::Open(std::move(store_options));
  if (!store.ok()) return store.status();
  impl->store = *std::move(store);
  absl::StatusOr<std::unique_ptr<EngineAdapter>> engine =
      EngineAdapter::Create();
  if (!engine.ok()) return engine.status();
  impl->engine = *std::move(engine);
  impl->service = std::make_unique<ArticleService>(
      impl->options, impl->store.get(), impl->engine.get(), &impl->metrics);
  impl->Configure();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { Stop(); }

absl::StatusOr<int> Server::Bind() {
  const std::string& host = impl_->options.host;
  int port = impl_->options.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(host);
    if (port < 0) port = -1;
  } else if (!impl_->http.bind_to_port(host, port)) {
    port = -1;
  }
  if (port < 0) {
    return absl::UnavailableError(absl::StrCat(
        "cannot listen on ", host, ":", impl_->options.port,
        " (address in use or not local?); choose another --host/--port"));
  }
  // Debian's libcpp-httplib is compiled with a listen backlog of 5. When
  // more clients connect at once (wrk's 32, a burst of browsers), the kernel
  // drops the handshakes past 5, and a client whose final ACK was dropped
  // resends its first request only after a retransmission timeout: 0.2 to
  // 0.8 s for that request (docs/performance.md). listen() again on the
  // bound socket only raises the backlog (the kernel caps it at somaxconn).
  if (impl_->listen_socket != INVALID_SOCKET) {
    ::listen(impl_->listen_socket, kListenBacklog);
  }
  return port;
}

absl::Status Server::Run() {
  if (!impl_->http.listen_after_bind()) {
    return absl::InternalError("the server stopped listening unexpectedly");
  }
  return absl::OkStatus();
}

void Server::Stop() { impl_->http.stop(); }

bool Server::running() const { return impl_->http.is_running(); }

}  // namespace khulasa::server
