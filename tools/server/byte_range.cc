#include "tools/server/byte_range.h"

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"

#include "tools/server/http_error.h"

namespace khulasa::server {
namespace {

// A decimal number of at most 18 digits (no sign), or nullopt.
std::optional<uint64_t> Number(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  uint64_t value = 0;
  for (const char c : text) value = value * 10 + static_cast<uint64_t>(c - '0');
  return value;
}

}  // namespace

void ApplyRange(std::string_view range, HttpResponse* response) {
  if (range.empty() || response->status != 200 ||
      response->Header("Accept-Ranges") != "bytes") {
    return;
  }
  while (!range.empty() && (range.front() == ' ' || range.front() == '\t')) {
    range.remove_prefix(1);
  }
  while (!range.empty() && (range.back() == ' ' || range.back() == '\t')) {
    range.remove_suffix(1);
  }
  constexpr std::string_view kUnit = "bytes=";
  if (range.substr(0, kUnit.size()) != kUnit) return;
  range.remove_prefix(kUnit.size());
  const size_t dash = range.find('-');
  if (dash == std::string_view::npos || range.find(',') != range.npos) return;
  const std::string_view first_text = range.substr(0, dash);
  const std::string_view last_text = range.substr(dash + 1);
  const uint64_t size = response->body.size();
  uint64_t first = 0;
  uint64_t last = size == 0 ? 0 : size - 1;
  bool satisfiable = true;
  if (first_text.empty()) {  // "-N": the last N bytes
    const std::optional<uint64_t> suffix = Number(last_text);
    if (!suffix.has_value()) return;
    if (*suffix == 0 || size == 0) {
      satisfiable = false;
    } else {
      first = *suffix >= size ? 0 : size - *suffix;
    }
  } else {
    const std::optional<uint64_t> from = Number(first_text);
    if (!from.has_value()) return;
    std::optional<uint64_t> to;
    if (!last_text.empty()) {
      to = Number(last_text);
      if (!to.has_value() || *to < *from) return;
    }
    first = *from;
    if (first >= size) {
      satisfiable = false;
    } else if (to.has_value() && *to < last) {
      last = *to;
    }
  }
  if (!satisfiable) {
    response->status = 416;
    response->SetHeader("Content-Range", absl::StrCat("bytes */", size));
    response->SetContent(ErrorBody(ErrorCodeForHttpStatus(416),
                                   "requested range not satisfiable"),
                         "application/json");
    return;
  }
  response->status = 206;
  response->SetHeader("Content-Range",
                      absl::StrCat("bytes ", first, "-", last, "/", size));
  response->body = response->body.substr(first, last - first + 1);
}

}  // namespace khulasa::server
