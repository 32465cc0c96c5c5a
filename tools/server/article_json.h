// JSON records of articles and summaries: what the store keeps and what the
// API answers. Byte ranges are [begin, end) pairs into the article's "input".
#ifndef KHULASA_TOOLS_SERVER_ARTICLE_JSON_H_
#define KHULASA_TOOLS_SERVER_ARTICLE_JSON_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "khulasa/article.h"
#include "tools/server/engine_adapter.h"

namespace khulasa::server {

// {"id", "format", "date", "section", "title", "url", "lang",
//  "site_summary": [..],
//  "blocks": [{"kind", "text", "range": [b, e], "sentences": [[b, e], ..]}],
//  "input": "..."} as compact JSON.
std::string ArticleToJson(const Article& article, std::string_view id);

// Reads back what ArticleToJson() wrote. kDataLoss when the record is not
// valid JSON of that shape or a range lies outside "input".
absl::StatusOr<Article> ArticleFromJson(std::string_view json);

// {"bullets": [{"text", "sources": [[b, e], ..]}], "model_version"}.
std::string SummaryToJson(const SummaryResult& summary,
                          std::string_view model_version);

// Reads back what SummaryToJson() wrote; kDataLoss when malformed.
absl::StatusOr<SummaryResult> SummaryFromJson(std::string_view json);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_ARTICLE_JSON_H_
