#include "tools/server/request_codec.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

#include "khulasa/summary.h"
#include "src/base/json_nesting.h"
#include "src/text/spaces.h"
#include "tools/server/http_error.h"

namespace khulasa::server {
namespace {

using Json = nlohmann::json;

char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string AsciiLowerTrimmed(std::string_view text) {
  std::string out(text::TrimHttpSpace(text));
  for (char& c : out) c = AsciiLower(c);
  return out;
}

struct MediaType {
  std::string type;     // "text/plain"
  std::string charset;  // "utf-8", or "" when not given
};

MediaType ParseMediaType(std::string_view header) {
  MediaType media;
  size_t semicolon = header.find(';');
  media.type = AsciiLowerTrimmed(header.substr(0, semicolon));
  while (semicolon != std::string_view::npos) {
    header.remove_prefix(semicolon + 1);
    semicolon = header.find(';');
    std::string param = AsciiLowerTrimmed(header.substr(0, semicolon));
    if (param.rfind("charset=", 0) == 0) {
      media.charset = param.substr(8);
      if (media.charset.size() >= 2 && media.charset.front() == '"' &&
          media.charset.back() == '"') {
        media.charset = media.charset.substr(1, media.charset.size() - 2);
      }
    }
  }
  return media;
}

absl::Status UnsupportedMediaType(std::string message) {
  return WithHttpStatus(absl::InvalidArgumentError(message), 415,
                        "UNSUPPORTED_MEDIA_TYPE");
}

// Shortens a fragment of user input for an error message.
std::string Shorten(std::string_view text) {
  constexpr size_t kMax = 40;
  if (text.size() <= kMax) return std::string(text);
  return absl::StrCat(std::string(text.substr(0, kMax)), "...");
}

absl::StatusOr<SummarizeRequest> ParseJsonRequest(const std::string& body,
                                                  int default_bullets) {
  // The request is flat ({"text": ..., "bullets": 3}); refuse deep nesting
  // before nlohmann builds a node per level (base/json_nesting.h).
  constexpr size_t kMaxDepth = 32;
  const size_t first = body.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || body[first] != '{') {
    return absl::InvalidArgumentError(
        "the request body must be a JSON object such as {\"text\": \"...\"}");
  }
  if (base::JsonNestingDepth(body, kMaxDepth) > kMaxDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat("JSON nested deeper than ", kMaxDepth,
                     " levels; a summarize request is one flat object"));
  }
  Json json;
  try {
    json = Json::parse(body);
  } catch (const Json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 1,
    // column 9: syntax error ..."; keep the part after the prefix.
    std::string what = e.what();
    size_t start = what.find("] ");
    if (start != std::string::npos) what = what.substr(start + 2);
    return absl::InvalidArgumentError(
        absl::StrCat("malformed JSON at byte ", e.byte, ": ", what));
  } catch (const Json::exception& e) {
    // Not a syntax error but still bad input, e.g. a number too large for
    // a double ("1e400": out_of_range.406).
    std::string what = e.what();
    size_t start = what.find("] ");
    if (start != std::string::npos) what = what.substr(start + 2);
    return absl::InvalidArgumentError(absl::StrCat("malformed JSON: ", what));
  }
  if (!json.is_object()) {
    return absl::InvalidArgumentError(
        "the request body must be a JSON object such as {\"text\": \"...\"}");
  }
  SummarizeRequest request;
  request.bullets = default_bullets;
  int article_fields = 0;
  for (const auto& [key, value] : json.items()) {
    if (key == "fetch") {
      if (!value.is_string() || value.get<std::string>().empty()) {
        return absl::InvalidArgumentError(
            "field \"fetch\" must be an http(s) URL");
      }
      ++article_fields;
      request.fetch = value.get<std::string>();
    } else if (key == "text" || key == "html" || key == "scraped") {
      if (!value.is_string()) {
        return absl::InvalidArgumentError(
            absl::StrCat("field \"", key, "\" must be a string"));
      }
      ++article_fields;
      request.body = value.get<std::string>();
      request.format = key == "text"   ? InputFormat::kText
                       : key == "html" ? InputFormat::kHtml
                                       : InputFormat::kScraped;
    } else if (key == "title" || key == "url") {
      if (!value.is_string()) {
        return absl::InvalidArgumentError(
            absl::StrCat("field \"", key, "\" must be a string"));
      }
      (key == "title" ? request.title : request.url) = value.get<std::string>();
    } else if (key == "bullets") {
      if (!value.is_number_integer() || value.get<int64_t>() < 1 ||
          value.get<int64_t>() > kMaxBullets) {
        return absl::InvalidArgumentError(absl::StrCat(
            "field \"bullets\" must be an integer from 1 to ", kMaxBullets));
      }
      request.bullets = value.get<int>();
    } else if (key == "force") {
      if (!value.is_boolean()) {
        return absl::InvalidArgumentError(
            "field \"force\" must be true or false");
      }
      request.force = value.get<bool>();
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown field \"", Shorten(key),
                       "\"; expected text, html, scraped or fetch, and "
                       "optionally bullets, title, url, force"));
    }
  }
  if (article_fields != 1) {
    return absl::InvalidArgumentError(
        article_fields == 0
            ? "the request has no article: send {\"text\": \"...\"}, "
              "{\"html\": \"...\"}, {\"scraped\": \"...\"} or "
              "{\"fetch\": \"https://...\"}"
            : "the request has more than one of text, html, scraped and "
              "fetch; send one");
  }
  return request;
}

}  // namespace

absl::StatusOr<int> ParseBullets(std::string_view text) {
  int value = 0;
  bool ok = !text.empty() && text.size() <= 2;
  for (char c : text) {
    if (c < '0' || c > '9') ok = false;
    if (ok) value = value * 10 + (c - '0');
  }
  if (!ok || value < 1 || value > kMaxBullets) {
    return absl::InvalidArgumentError(
        absl::StrCat("bullets must be an integer from 1 to ", kMaxBullets,
                     ", got \"", Shorten(text), "\""));
  }
  return value;
}

absl::StatusOr<bool> ParseForce(std::string_view text) {
  if (text == "1" || text == "true") return true;
  if (text == "0" || text == "false") return false;
  return absl::InvalidArgumentError(
      absl::StrCat("force must be true or false, got \"", Shorten(text), "\""));
}

absl::StatusOr<SummarizeRequest> ParseSummarizeRequest(
    std::string_view content_type, std::string body,
    std::string_view bullets_param, int default_bullets) {
  if (content_type.empty()) {
    return UnsupportedMediaType(
        "missing Content-Type; send application/json, text/plain or "
        "text/html");
  }
  MediaType media = ParseMediaType(content_type);
  if (!media.charset.empty() && media.charset != "utf-8" &&
      media.charset != "utf8" && media.type != "text/html") {
    // HTML pages name their charset and the HTML reader converts it; the
    // other bodies must already be UTF-8.
    return UnsupportedMediaType(
        absl::StrCat("charset \"", Shorten(media.charset),
                     "\" is not supported; send UTF-8 (charset=utf-8)"));
  }
  SummarizeRequest request;
  if (media.type == "application/json") {
    auto parsed = ParseJsonRequest(body, default_bullets);
    if (!parsed.ok()) return parsed.status();
    request = *std::move(parsed);
  } else if (media.type == "text/plain" || media.type == "text/html") {
    request.format =
        media.type == "text/html" ? InputFormat::kHtml : InputFormat::kAuto;
    request.body = std::move(body);
    request.bullets = default_bullets;
    if (!bullets_param.empty()) {
      absl::StatusOr<int> bullets = ParseBullets(bullets_param);
      if (!bullets.ok()) return bullets.status();
      request.bullets = *bullets;
    }
  } else {
    return UnsupportedMediaType(absl::StrCat(
        "Content-Type \"", Shorten(media.type),
        "\" is not supported; send application/json, text/plain or "
        "text/html"));
  }
  if (request.body.empty() && request.fetch.empty()) {
    return absl::InvalidArgumentError("the article is empty");
  }
  return request;
}

}  // namespace khulasa::server
