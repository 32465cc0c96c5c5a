// Turns the body of POST /v1/summarize into a SummarizeRequest: a JSON
// object {"text"|"html"|"scraped"|"fetch": "...", "bullets"?, "title"?,
// "url"?, "force"?} or a raw text/plain or text/html article. "fetch" names
// an http(s) URL for the server to fetch (only with --allow-fetch).
#ifndef KHULASA_TOOLS_SERVER_REQUEST_CODEC_H_
#define KHULASA_TOOLS_SERVER_REQUEST_CODEC_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "khulasa/article.h"

namespace khulasa::server {

struct SummarizeRequest {
  InputFormat format = InputFormat::kAuto;  // which reader to use
  std::string body;                         // the article bytes
  std::string fetch;   // a URL to fetch instead of a body ("" when none)
  std::string title;   // overrides the article's, if set
  std::string url;     // overrides the article's, if set
  int bullets = 3;     // 1..kMaxBullets
  bool force = false;  // summarize text that is not Arabic (ReadOptions)
};

// Parses a request. `content_type` is the Content-Type header ("" when
// absent); `bullets_param` the ?bullets= query value ("" when absent), used
// for raw bodies only. Errors: kInvalidArgument (400) for malformed JSON
// (with its byte offset), a missing or repeated article field, wrong field
// types, unknown fields, bullets out of range, an empty article;
// 415 (WithHttpStatus) for a Content-Type other than application/json,
// text/plain and text/html, or a charset other than UTF-8.
absl::StatusOr<SummarizeRequest> ParseSummarizeRequest(
    std::string_view content_type, std::string body,
    std::string_view bullets_param, int default_bullets);

// Parses a bullets count ("3"): kInvalidArgument unless 1..kMaxBullets.
absl::StatusOr<int> ParseBullets(std::string_view text);

// Parses the ?force= query value: "1" or "true" -> true, "0" or "false" ->
// false; kInvalidArgument for anything else.
absl::StatusOr<bool> ParseForce(std::string_view text);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_REQUEST_CODEC_H_
