#include "tools/server/request_log.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace khulasa::server {

std::string LogSafe(std::string_view text, size_t max_bytes) {
  constexpr char kHex[] = "0123456789abcdef";
  std::string safe;
  const size_t shown = text.size() < max_bytes ? text.size() : max_bytes;
  safe.reserve(shown + 3);
  for (size_t i = 0; i < shown; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      safe.push_back(static_cast<char>(c));
    } else {
      safe += "\\x";
      safe.push_back(kHex[c >> 4]);
      safe.push_back(kHex[c & 0xf]);
    }
  }
  if (shown < text.size()) safe += "...";
  return safe;
}

std::string RequestLogLine(std::string_view method, std::string_view path,
                           int status, size_t response_bytes, double seconds,
                           std::string_view detail) {
  std::string line = absl::StrCat(
      "khulasa serve: ", LogSafe(method, 16), " ",
      LogSafe(path, kLoggedPathBytes), " -> ", status, " (", response_bytes,
      " bytes, ", absl::StrFormat("%.1f", seconds * 1000.0), " ms)");
  if (!detail.empty()) {
    absl::StrAppend(&line, ": ", LogSafe(detail, kLoggedDetailBytes));
  }
  return line;
}

}  // namespace khulasa::server
