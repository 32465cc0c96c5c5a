#include "tools/server/routes.h"

#include "tools/server/web_assets.h"

namespace khulasa::server {

RouteMatch MatchRoute(std::string_view path) {
  RouteMatch match;
  if (path == "/v1/summarize") {
    match.kind = RouteKind::kSummarize;
  } else if (path == "/health") {
    match.kind = RouteKind::kHealth;
  } else if (path == "/metrics") {
    match.kind = RouteKind::kMetrics;
  } else if (constexpr std::string_view kArticles = "/v1/articles/";
             path.substr(0, kArticles.size()) == kArticles) {
    std::string_view rest = path.substr(kArticles.size());
    size_t slash = rest.find('/');
    match.id = rest.substr(0, slash);
    if (match.id.empty()) return match;
    if (slash == std::string_view::npos) {
      match.kind = RouteKind::kArticle;
      return match;
    }
    std::string_view tail = rest.substr(slash);
    constexpr std::string_view kSpeech = "/speech.";
    if (tail == "/speech/marks") {
      match.kind = RouteKind::kMarks;
    } else if (tail.substr(0, kSpeech.size()) == kSpeech &&
               tail.size() > kSpeech.size() &&
               tail.find('/', 1) == std::string_view::npos) {
      match.kind = RouteKind::kSpeech;
      match.format = tail.substr(kSpeech.size());
    } else {
      match.id = {};
    }
  } else if (FindWebAsset(path) != nullptr) {
    match.kind = RouteKind::kAsset;
  }
  return match;
}

std::string_view RouteLabel(RouteKind kind) {
  switch (kind) {
    case RouteKind::kAsset:
      return "/";
    case RouteKind::kSummarize:
      return "/v1/summarize";
    case RouteKind::kArticle:
      return "/v1/articles/{id}";
    case RouteKind::kSpeech:
      return "/v1/articles/{id}/speech";
    case RouteKind::kMarks:
      return "/v1/articles/{id}/speech/marks";
    case RouteKind::kHealth:
      return "/health";
    case RouteKind::kMetrics:
      return "/metrics";
    case RouteKind::kUnknown:
      return "other";
  }
  return "other";
}

bool MethodAllowed(RouteKind kind, std::string_view method) {
  if (kind == RouteKind::kUnknown) return false;
  if (kind == RouteKind::kSummarize) return method == "POST";
  return method == "GET" || method == "HEAD";
}

std::string_view AllowedMethods(RouteKind kind) {
  return kind == RouteKind::kSummarize ? "POST" : "GET, HEAD";
}

}  // namespace khulasa::server
