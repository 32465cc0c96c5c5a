// Which route a request path names, and which methods it allows. Pure
// string work, shared by the dispatcher and the metrics labels.
#ifndef KHULASA_TOOLS_SERVER_ROUTES_H_
#define KHULASA_TOOLS_SERVER_ROUTES_H_

#include <string_view>

namespace khulasa::server {

enum class RouteKind {
  kAsset,      // GET /, /app.js, ... (the embedded page)
  kSummarize,  // POST /v1/summarize
  kArticle,    // GET /v1/articles/{id}
  kSpeech,     // GET /v1/articles/{id}/speech.{ogg|mp3|wav}
  kMarks,      // GET /v1/articles/{id}/speech/marks
  kHealth,     // GET /health
  kMetrics,    // GET /metrics
  kUnknown,    // anything else: 404
};

struct RouteMatch {
  RouteKind kind = RouteKind::kUnknown;
  std::string_view id;      // kArticle, kSpeech, kMarks: the {id} segment
  std::string_view format;  // kSpeech: "ogg", "mp3", "wav" or anything else
};

// Matches `path` (no query string). Ids and formats are returned as given;
// the handlers decide whether they exist.
RouteMatch MatchRoute(std::string_view path);

// The metrics label: the route template, e.g. "/v1/articles/{id}".
std::string_view RouteLabel(RouteKind kind);

// True when `method` may be used on `kind` (HEAD wherever GET is).
bool MethodAllowed(RouteKind kind, std::string_view method);

// The Allow header of a 405 answer for `kind`.
std::string_view AllowedMethods(RouteKind kind);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_ROUTES_H_
