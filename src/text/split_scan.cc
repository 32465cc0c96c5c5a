#include "src/text/split_scan.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "src/text/char_class.h"
#include "src/text/utf8.h"

namespace khulasa::text::internal {

bool SpaceBefore(std::string_view text, size_t end, size_t* begin) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  if (end == 0) return false;
  if (IsAsciiSpace(s[end - 1])) {
    *begin = end - 1;
    return true;
  }
  if (s[end - 1] < 0x80) return false;
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && IsUtf8ContinuationByte(s[start])) {
    --start;
  }
  char32_t c;
  size_t next;
  const CharClass cls = ClassifyAt(text, start, &c, &next);
  if (next != end) return false;
  if (cls == CharClass::kSpace || cls == CharClass::kFormat) {
    *begin = start;
    return true;
  }
  return false;
}

bool SpaceAt(std::string_view text, size_t pos, size_t* next) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (IsAsciiSpace(b)) {
    *next = pos + 1;
    return true;
  }
  if (b < 0x80) return false;
  char32_t c;
  const CharClass cls = ClassifyAt(text, pos, &c, next);
  return cls == CharClass::kSpace || cls == CharClass::kFormat;
}

ByteRange Trim(std::string_view text, size_t begin, size_t end) {
  size_t next;
  while (begin < end && SpaceAt(text, begin, &next)) {
    begin = std::min(next, end);
  }
  size_t space_begin;
  while (end > begin && SpaceBefore(text, end, &space_begin)) {
    end = space_begin;
  }
  return ByteRange{begin, end};
}

char32_t DecodeBefore(std::string_view text, size_t end, size_t* begin) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && IsUtf8ContinuationByte(s[start])) {
    --start;
  }
  size_t next = start;
  const char32_t c = DecodeUtf8(text, &next);
  if (next != end) {  // invalid tail byte: treat it as its own unit
    *begin = end - 1;
    return kReplacementChar;
  }
  *begin = start;
  return c;
}

}  // namespace khulasa::text::internal
