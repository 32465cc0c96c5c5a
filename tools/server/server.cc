#include "tools/server/server.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
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
#include "tools/server/body_inflater.h"
#include "tools/server/content_id.h"
#include "tools/server/engine_adapter.h"
#include "tools/server/http_application.h"
#include "tools/server/http_error.h"
#include "tools/server/http_front_end.h"
#include "tools/server/http_message.h"
#include "tools/server/metrics.h"
#include "tools/server/request_codec.h"
#include "tools/server/request_log.h"
#include "tools/server/routes.h"
#include "tools/server/web_assets.h"

namespace khulasa::server {
namespace {

using Clock = std::chrono::steady_clock;

constexpr char kJson[] = "application/json";

// One stderr line for a failed request: method, path, status, bytes,
// latency and the server's own message; never the body, query or headers
// (request_log.h). One write per line so that threads do not interleave.
void LogFailure(const HttpRequest& req, const HttpResponse& res,
                std::string_view detail) {
  std::cerr << RequestLogLine(req.method, req.path, res.status, res.body.size(),
                              /*seconds=*/0, detail) +
                   "\n";
}

// A 401 names the scheme the client should use (RFC 6750).
void AddChallenge(HttpResponse& res) {
  if (res.status == 401) {
    res.SetHeader("WWW-Authenticate", "Bearer realm=\"khulasa\"");
  }
}

void SendError(HttpResponse& res, int http_status, std::string_view message) {
  res.status = http_status;
  res.SetContent(ErrorBody(ErrorCodeForHttpStatus(http_status), message),
                 kJson);
  AddChallenge(res);
}

void SendStatus(const HttpRequest& req, HttpResponse& res,
                const absl::Status& status) {
  res.status = HttpStatusFor(status);
  res.SetContent(ErrorBody(status), kJson);
  AddChallenge(res);
  if (res.status >= 500) {
    LogFailure(req, res,
               absl::StrCat(absl::StatusCodeToString(status.code()), ": ",
                            std::string(status.message())));
  }
}

// The bullets query parameter, or `fallback` when absent.
absl::StatusOr<int> BulletsParam(const HttpRequest& req, int fallback) {
  if (!req.HasParam("bullets")) return fallback;
  return ParseBullets(req.Param("bullets"));
}

// Answers 304 when the client already has `etag`; true if it did.
bool NotModified(const HttpRequest& req, HttpResponse& res,
                 std::string_view etag) {
  res.SetHeader("ETag", etag);
  if (req.Header("If-None-Match") == etag) {
    res.status = 304;
    return true;
  }
  return false;
}

// The body's Content-Encoding, lower-cased: "" for none or identity.
std::string ContentEncoding(const HttpRequest& req) {
  std::string encoding = absl::AsciiStrToLower(
      absl::StripAsciiWhitespace(req.Header("Content-Encoding")));
  return encoding == "identity" ? "" : encoding;
}

// gzip and deflate bodies are inflated as a stream, counted against
// --max-body and the ratio cap (body_inflater.h); no other encoding is
// accepted.
bool AcceptedEncoding(std::string_view encoding) {
  return encoding.empty() || encoding == "gzip" || encoding == "x-gzip" ||
         encoding == "deflate";
}

}  // namespace

struct Server::Impl : public HttpApplication {
  ServerOptions options;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<EngineAdapter> engine;
  Metrics metrics;
  std::unique_ptr<ArticleService> service;
  // At most ServerOptions::compute_slots summarize requests are decoded,
  // read and summarized at once; the rest wait blocked (see server_options.h).
  std::unique_ptr<std::counting_semaphore<>> compute_slots;
  std::unique_ptr<HttpFrontEnd> front_end;

  void Configure();

  // HttpApplication:
  std::optional<HttpResponse> Screen(const HttpRequest& head) override;
  bool NeedsWorker(const HttpRequest& request) const override;
  HttpResponse Handle(HttpRequest request) override;
  void Finished(std::string_view method, std::string_view path,
                const HttpResponse& response, double seconds) override;

  // True when no key is configured or the request presents it.
  bool Authorized(const HttpRequest& req) const;
  void Dispatch(HttpRequest& req, HttpResponse& res);
  void Summarize(HttpRequest& req, HttpResponse& res);
  void GetArticle(const HttpRequest& req, HttpResponse& res,
                  std::string_view id);
  void GetSpeech(const HttpRequest& req, HttpResponse& res, std::string_view id,
                 std::string_view format_name, bool marks);
  void Health(HttpResponse& res);
  void RenderMetrics(HttpResponse& res);
  void Asset(const HttpRequest& req, HttpResponse& res);
};

void Server::Impl::Configure() {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::ptrdiff_t slots = options.compute_slots > 0
                                   ? options.compute_slots
                                   : static_cast<std::ptrdiff_t>(cores);
  compute_slots = std::make_unique<std::counting_semaphore<>>(slots);
  FrontEndOptions front;
  front.host = options.host;
  front.port = options.port;
  front.io_threads = options.io_threads > 0
                         ? options.io_threads
                         : static_cast<int>(std::min(2u, cores));
  front.worker_threads = static_cast<size_t>(options.threads);
  front.queue = static_cast<size_t>(options.queue);
  front.max_connections = static_cast<size_t>(options.max_connections);
  front.max_client_connections =
      static_cast<size_t>(options.max_client_connections);
  ConnectionLimits& limits = front.limits;
  limits.max_header_bytes = options.max_header_bytes;
  limits.max_body_bytes = options.max_body_bytes;
  limits.first_request_timeout = std::chrono::seconds(options.read_timeout_s);
  limits.idle_timeout = std::chrono::seconds(options.keep_alive_timeout_s);
  limits.header_timeout = std::chrono::seconds(options.header_timeout_s);
  limits.request_timeout = std::chrono::seconds(options.request_timeout_s);
  limits.write_timeout = std::chrono::seconds(options.write_timeout_s);
  limits.max_requests = options.keep_alive_max_requests;
  front_end = std::make_unique<HttpFrontEnd>(std::move(front), this);
}

std::optional<HttpResponse> Server::Impl::Screen(const HttpRequest& req) {
  HttpResponse res;
  if (req.HeaderBytes() > options.max_header_bytes) {
    SendError(res, 431,
              absl::StrCat("request headers exceed ", options.max_header_bytes,
                           " bytes"));
    return res;
  }
  // Before any body byte is read (and inflated): only POST /v1/summarize
  // takes a body, as is, gzip or deflate.
  const std::string encoding = ContentEncoding(req);
  if (!encoding.empty() &&
      (!AcceptedEncoding(encoding) || req.HeaderCount("Content-Encoding") > 1 ||
       MatchRoute(req.path).kind != RouteKind::kSummarize)) {
    res.close = true;
    SendError(res, 415,
              absl::StrCat("Content-Encoding \"", encoding.substr(0, 32),
                           "\" is not accepted here; POST /v1/summarize takes "
                           "a body as is, gzip or deflate"));
    return res;
  }
  return std::nullopt;
}

bool Server::Impl::NeedsWorker(const HttpRequest& req) const {
  const RouteMatch match = MatchRoute(req.path);
  if (!MethodAllowed(match.kind, req.method)) return false;
  switch (match.kind) {
    case RouteKind::kSummarize:
      // A request without the key is refused at once: it never takes a
      // place in the queue.
      return Authorized(req);
    case RouteKind::kArticle:
    case RouteKind::kSpeech:
    case RouteKind::kMarks:
    case RouteKind::kMetrics:
      return true;  // the store, the engine
    case RouteKind::kHealth:
    case RouteKind::kAsset:
    case RouteKind::kUnknown:
      return false;  // answered from memory
  }
  return true;
}

HttpResponse Server::Impl::Handle(HttpRequest req) {
  HttpResponse res;
  Dispatch(req, res);
  return res;
}

void Server::Impl::Finished(std::string_view /*method*/, std::string_view path,
                            const HttpResponse& response, double seconds) {
  metrics.RecordRequest(RouteLabel(MatchRoute(path).kind), response.status,
                        seconds);
}

bool Server::Impl::Authorized(const HttpRequest& req) const {
  if (options.api_key.empty()) return true;
  return ApiKeyMatches(
      PresentedApiKey(req.Header("Authorization"), req.Header("X-API-Key")),
      options.api_key);
}

void Server::Impl::Dispatch(HttpRequest& req, HttpResponse& res) {
  RouteMatch match = MatchRoute(req.path);
  if (match.kind == RouteKind::kUnknown) {
    SendError(res, 404, absl::StrCat("no route for ", req.path.substr(0, 80)));
    return;
  }
  if (!MethodAllowed(match.kind, req.method)) {
    res.SetHeader("Allow", AllowedMethods(match.kind));
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
      return Summarize(req, res);
    case RouteKind::kArticle:
      return GetArticle(req, res, match.id);
    case RouteKind::kSpeech:
      return GetSpeech(req, res, match.id, match.format, /*marks=*/false);
    case RouteKind::kMarks:
      return GetSpeech(
          req, res, match.id,
          req.HasParam("format") ? req.Param("format") : std::string("ogg"),
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

void Server::Impl::Summarize(HttpRequest& req, HttpResponse& res) {
  compute_slots->acquire();
  absl::Cleanup release = [this] { compute_slots->release(); };
  std::string body = std::move(req.body);
  if (!ContentEncoding(req).empty()) {
    absl::StatusOr<std::string> inflated =
        InflateBody(body, options.max_body_bytes);
    if (!inflated.ok()) {
      res.close = true;
      return SendStatus(req, res, inflated.status());
    }
    body = *std::move(inflated);
  }
  absl::StatusOr<SummarizeRequest> request =
      ParseSummarizeRequest(req.Header("Content-Type"), std::move(body),
                            req.HasParam("bullets") ? req.Param("bullets") : "",
                            options.default_bullets);
  if (!request.ok()) return SendStatus(req, res, request.status());
  if (req.HasParam("force")) {
    absl::StatusOr<bool> force = ParseForce(req.Param("force"));
    if (!force.ok()) return SendStatus(req, res, force.status());
    request->force = request->force || *force;
  }
  absl::StatusOr<std::string> answer = service->Summarize(*request);
  if (!answer.ok()) return SendStatus(req, res, answer.status());
  res.SetContent(*std::move(answer), kJson);
}

void Server::Impl::GetArticle(const HttpRequest& req, HttpResponse& res,
                              std::string_view id) {
  absl::StatusOr<int> bullets = BulletsParam(req, options.default_bullets);
  if (!bullets.ok()) return SendStatus(req, res, bullets.status());
  absl::StatusOr<std::string> answer = service->GetArticle(id, *bullets);
  if (!answer.ok()) return SendStatus(req, res, answer.status());
  res.SetContent(*std::move(answer), kJson);
}

void Server::Impl::GetSpeech(const HttpRequest& req, HttpResponse& res,
                             std::string_view id, std::string_view format_name,
                             bool marks) {
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
  res.SetHeader("Cache-Control", "no-cache");
  if (NotModified(req, res, etag)) return;
  if (marks) {
    res.SetContent(std::string(body), kJson);
  } else {
    res.SetHeader("Accept-Ranges", "bytes");
    res.SetContent(std::string(body), std::string(AudioFormatMimeType(format)));
  }
}

void Server::Impl::Health(HttpResponse& res) {
  nlohmann::json health = {
      {"status", "ok"},
      {"summarizer", engine->summarizer_ready() ? "ready" : "unavailable"},
      {"speech", engine->speech_ready() ? "ready" : "unavailable"},
      {"model_version", engine->model_version()}};
  res.SetContent(health.dump(), kJson);
}

void Server::Impl::RenderMetrics(HttpResponse& res) {
  absl::StatusOr<store::StoreStats> stats = store->Stats();
  res.SetContent(metrics.Render(stats.ok() ? &*stats : nullptr,
                                front_end->connections_cut()),
                 "text/plain; version=0.0.4; charset=utf-8");
}

void Server::Impl::Asset(const HttpRequest& req, HttpResponse& res) {
  const WebAsset* asset = FindWebAsset(req.path);
  if (asset == nullptr) {
    SendError(res, 404, "no such file");
    return;
  }
  res.SetHeader("Cache-Control", "no-cache");
  if (NotModified(req, res, asset->etag)) return;
  res.SetHeader("Accept-Ranges", "bytes");
  res.SetContent(std::string(asset->bytes), std::string(asset->content_type));
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
  if (options.io_threads < 0 || options.io_threads > 64) {
    return absl::InvalidArgumentError(
        absl::StrCat("--io-threads ", options.io_threads, " is outside 0..64"));
  }
  if (options.max_connections < 0 || options.max_client_connections < 0) {
    return absl::InvalidArgumentError("connection caps must be >= 0");
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

absl::StatusOr<int> Server::Bind() { return impl_->front_end->Bind(); }

absl::Status Server::Run() { return impl_->front_end->Run(); }

void Server::Stop() { impl_->front_end->Stop(); }

bool Server::running() const { return impl_->front_end->running(); }

}  // namespace khulasa::server
