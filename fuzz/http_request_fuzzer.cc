// Fuzzes the server's handling of whole requests without sockets: the input
// is read as a request head and body
//
//   METHOD TARGET\n  Name: value\n ... \n  \n  body
//
// and goes through what the front end and Server::Impl::Dispatch do with
// it: the target's decoding and query parsing (url_query.h), Range
// (byte_range.h), then the server's own MatchRoute,
// MethodAllowed, the API key check, ParseSummarizeRequest with the
// Content-Type header and ?bullets=, ParseBullets, ParseAudioFormat,
// FindWebAsset, the If-None-Match comparison, error bodies and the log line.
// Invariants: no crash or throw; route ids lie inside the path; only the
// right methods pass; the presented key is a part of a key header and
// matches only the configured key; refusals map to 4xx with a JSON error
// body; log lines are printable ASCII of bounded length.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlohmann/json.hpp"

#include "tools/server/api_key.h"
#include "tools/server/byte_range.h"
#include "tools/server/engine_adapter.h"
#include "tools/server/http_error.h"
#include "tools/server/http_message.h"
#include "tools/server/request_codec.h"
#include "tools/server/request_log.h"
#include "tools/server/routes.h"
#include "tools/server/url_query.h"
#include "tools/server/web_assets.h"

namespace {

using khulasa::server::RouteKind;

void Require(bool condition) {
  if (!condition) std::abort();
}

bool Inside(std::string_view part, std::string_view whole) {
  return part.empty() ||
         (part.data() >= whole.data() &&
          part.data() + part.size() <= whole.data() + whole.size());
}

struct FuzzRequest {
  std::string method;
  std::string target;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

// Splits the fuzz input into a request; every byte sequence is some request.
FuzzRequest SplitRequest(std::string_view bytes) {
  FuzzRequest request;
  size_t eol = bytes.find('\n');
  std::string_view line = bytes.substr(0, eol);
  bytes.remove_prefix(eol == std::string_view::npos ? bytes.size() : eol + 1);
  const size_t space = line.find(' ');
  request.method = std::string(line.substr(0, space));
  if (space != std::string_view::npos) {
    request.target = std::string(line.substr(space + 1));
  }
  while (!bytes.empty()) {
    eol = bytes.find('\n');
    line = bytes.substr(0, eol);
    bytes.remove_prefix(eol == std::string_view::npos ? bytes.size() : eol + 1);
    if (line.empty() || line == "\r") break;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t colon = line.find(':');
    std::string_view value =
        colon == std::string_view::npos ? "" : line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
      value.remove_prefix(1);
    }
    request.headers.emplace_back(std::string(line.substr(0, colon)),
                                 std::string(value));
  }
  request.body = std::string(bytes);
  return request;
}

// The first header called `name` (ASCII case-insensitive), or "".
std::string Header(const FuzzRequest& request, std::string_view name) {
  for (const auto& [key, value] : request.headers) {
    if (key.size() != name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < key.size() && same; ++i) {
      char a = key[i];
      char b = name[i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
      same = a == b;
    }
    if (same) return value;
  }
  return "";
}

void CheckErrorBody(const absl::Status& status) {
  const int http = khulasa::server::HttpStatusFor(status);
  Require(http >= 400 && http < 600);
  nlohmann::json body =
      nlohmann::json::parse(khulasa::server::ErrorBody(status), nullptr, false);
  Require(body.is_object() && body["error"]["code"].is_string());
}

void CheckLogLine(const FuzzRequest& request, std::string_view path, int status,
                  std::string_view detail) {
  const std::string line = khulasa::server::RequestLogLine(
      request.method, path, status, request.body.size(), 0.001, detail);
  // Method, path and detail each grow at most 4x ("\xHH") plus "...".
  Require(line.size() <= 200 + 4 * (16 + khulasa::server::kLoggedPathBytes +
                                    khulasa::server::kLoggedDetailBytes));
  for (const char c : line) Require(c >= 0x20 && c < 0x7F);
}

constexpr std::string_view kApiKey = "fuzz-key-0123456789abcdef";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  const FuzzRequest request =
      SplitRequest(std::string_view(reinterpret_cast<const char*>(data), size));

  // What the front end does before the handler runs: split the target at
  // '?', decode the path, parse the query; Range on a 200 that accepts it.
  std::string path;
  std::vector<std::pair<std::string, std::string>> params;
  khulasa::server::SplitTarget(request.target, &path, &params);
  {
    khulasa::server::HttpResponse ranged;
    ranged.body = request.body;
    ranged.SetHeader("Accept-Ranges", "bytes");
    khulasa::server::ApplyRange(Header(request, "Range"), &ranged);
    Require(ranged.status == 200 || ranged.status == 206 ||
            ranged.status == 416);
    if (ranged.status == 206) {
      Require(!ranged.body.empty() &&
              ranged.body.size() <= request.body.size() &&
              request.body.find(ranged.body) != std::string::npos);
    }
    if (ranged.status == 200) Require(ranged.body == request.body);
  }
  const auto param = [&params](const char* name) -> std::string {
    for (const auto& [key, value] : params) {
      if (key == name) return value;
    }
    return "";
  };

  // Routing and methods.
  const khulasa::server::RouteMatch match = khulasa::server::MatchRoute(path);
  Require(Inside(match.id, path) && Inside(match.format, path));
  Require(!khulasa::server::RouteLabel(match.kind).empty());
  const bool allowed =
      khulasa::server::MethodAllowed(match.kind, request.method);
  if (allowed) {
    Require(match.kind != RouteKind::kUnknown);
    Require(request.method == "GET" || request.method == "HEAD" ||
            request.method == "POST");
    Require(khulasa::server::AllowedMethods(match.kind).find(request.method) !=
            std::string_view::npos);
  }
  if (match.kind == RouteKind::kUnknown || !allowed) {
    CheckLogLine(request, path, match.kind == RouteKind::kUnknown ? 404 : 405,
                 "");
    return 0;
  }

  // The API key: the presented key is a part of one of the two headers and
  // matches exactly the configured key.
  const std::string authorization = Header(request, "Authorization");
  const std::string x_api_key = Header(request, "X-API-Key");
  const std::string_view presented =
      khulasa::server::PresentedApiKey(authorization, x_api_key);
  Require(Inside(presented, authorization) || Inside(presented, x_api_key));
  Require(khulasa::server::ApiKeyMatches(presented, kApiKey) ==
          (presented == kApiKey));
  Require(!khulasa::server::ApiKeyMatches(presented, ""));

  int status = 200;
  std::string detail;
  switch (match.kind) {
    case RouteKind::kSummarize: {
      auto parsed = khulasa::server::ParseSummarizeRequest(
          Header(request, "Content-Type"), request.body, param("bullets"), 3);
      if (parsed.ok()) {
        Require(!parsed->body.empty());
        Require(parsed->bullets >= 1 && parsed->bullets <= 10);
      } else {
        CheckErrorBody(parsed.status());
        status = khulasa::server::HttpStatusFor(parsed.status());
        Require(status == 400 || status == 415);
        detail = std::string(parsed.status().message());
      }
      break;
    }
    case RouteKind::kArticle:
    case RouteKind::kSpeech:
    case RouteKind::kMarks: {
      Require(!match.id.empty());
      // As the server does: the marks route takes ?format=, default ogg.
      // (A string_view of `cond ? "ogg" : format_param` would point into a
      // temporary: ASan caught that here in this target's first campaign.)
      const std::string format_param =
          param("format").empty() ? std::string("ogg") : param("format");
      const std::string_view format_name = match.kind == RouteKind::kMarks
                                               ? std::string_view(format_param)
                                               : match.format;
      if (match.kind != RouteKind::kArticle) {
        khulasa::AudioFormat format;
        if (!khulasa::server::ParseAudioFormat(format_name, &format)) {
          status = 404;
        }
      }
      if (!param("bullets").empty()) {
        auto bullets = khulasa::server::ParseBullets(param("bullets"));
        if (bullets.ok()) {
          Require(*bullets >= 1 && *bullets <= 10);
        } else {
          CheckErrorBody(bullets.status());
          status = 400;
        }
      }
      break;
    }
    case RouteKind::kAsset: {
      const khulasa::server::WebAsset* asset =
          khulasa::server::FindWebAsset(path);
      Require(asset != nullptr && asset->path == path);
      Require(asset->etag.size() >= 2 && asset->etag.front() == '"' &&
              asset->etag.back() == '"');
      if (Header(request, "If-None-Match") == asset->etag) status = 304;
      break;
    }
    case RouteKind::kHealth:
    case RouteKind::kMetrics:
    case RouteKind::kUnknown:
      break;
  }
  CheckLogLine(request, path, status, detail);
  return 0;
}
