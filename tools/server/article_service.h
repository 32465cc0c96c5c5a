// What the API routes do, without HTTP: read and summarize an article with
// the store as a cache, look stored articles up, make and keep the spoken
// summary. Handlers in server.cc only translate to and from HTTP.
//
// Thread safety: all methods may be called from many threads at once; the
// store and the engine adapter are thread-safe and the service holds no
// other state.
#ifndef KHULASA_TOOLS_SERVER_ARTICLE_SERVICE_H_
#define KHULASA_TOOLS_SERVER_ARTICLE_SERVICE_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "src/store/store.h"
#include "tools/khulasa/url_fetch.h"
#include "tools/server/engine_adapter.h"
#include "tools/server/metrics.h"
#include "tools/server/request_codec.h"
#include "tools/server/server_options.h"

namespace khulasa::server {

class ArticleService {
 public:
  // Borrows all three; they must outlive the service.
  ArticleService(const ServerOptions& options, store::Store* store,
                 const EngineAdapter* engine, Metrics* metrics)
      : options_(options), store_(store), engine_(engine), metrics_(metrics) {}

  // The POST /v1/summarize answer as JSON: {"id", "cached", "title", "date",
  // "section", "url", "lang", "bullets": [{"text", "sources": [[b, e]..]}],
  // "model_version"}. With the summary cache on, a summary already stored
  // for (id, bullets, model version) is answered without reading or
  // summarizing the article again, and a new article is stored before the
  // summarizer runs. Errors: the reader's (kInvalidArgument,
  // kResourceExhausted; text that is not Arabic, unless request.force, with
  // HTTP status 422 and code "UNSUPPORTED_LANGUAGE" attached), the engine's
  // (kUnavailable when not built in), the store's.
  absl::StatusOr<std::string> Summarize(const SummarizeRequest& request);

  // GET /v1/articles/{id}: {"id", "article": {...}, "summary": {...}|null}.
  // kNotFound for an unknown id.
  absl::StatusOr<std::string> GetArticle(std::string_view id, int bullets);

  // The spoken summary of article `id` in `format`, made on first use and
  // then kept in the store. kNotFound for an unknown id. With `may_make`
  // false only a stored one is answered: kUnauthenticated when it would
  // have to be made (the caller presented no valid API key).
  absl::StatusOr<store::AudioRecord> GetSpeech(std::string_view id,
                                               AudioFormat format, int bullets,
                                               bool may_make = true);

 private:
  // Fetches a page for {"fetch": URL}: 403 unless --allow-fetch, 403 for a
  // private target unless --allow-private-fetch, 502 when the page fails.
  absl::StatusOr<cli::FetchedPage> Fetch(std::string_view url) const;

  // The stored summary of `id`, or a new one made (and stored) from the
  // stored article. kNotFound for an unknown id.
  absl::StatusOr<SummaryResult> SummaryFor(std::string_view id, int bullets);

  const ServerOptions& options_;
  store::Store* const store_;
  const EngineAdapter* const engine_;
  Metrics* const metrics_;
};

// The store key of a summary's options: "bullets=3".
std::string SummaryOptionsKey(int bullets);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_ARTICLE_SERVICE_H_
