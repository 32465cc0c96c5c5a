// Internal helper for the standalone normalization passes: rewrites a UTF-8
// string one code point at a time. Not part of the module's API.
#ifndef KHULASA_SRC_TEXT_CODE_POINT_MAP_H_
#define KHULASA_SRC_TEXT_CODE_POINT_MAP_H_

#include <string>
#include <string_view>

#include "src/text/utf8.h"

namespace khulasa::text::internal {

// Calls emit(code_point, &out) for each code point of `text` (invalid bytes
// arrive as U+FFFD, one per byte). ASCII bytes are copied straight through:
// no pass touches ASCII.
template <typename Emit>
std::string MapCodePoints(std::string_view text, Emit emit) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
      ++pos;
      continue;
    }
    const char32_t c = DecodeUtf8(text, &pos);  // advances >= 1 byte
    emit(c, &out);
  }
  return out;
}

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_CODE_POINT_MAP_H_
