#include "src/article/list_marker.h"

#include <cstddef>
#include <string_view>

#include "src/article/furniture_scan.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using internal::IsBulletCodePoint;
using internal::IsDash;
using internal::IsLetter;
using internal::SkipBlanks;

}  // namespace

size_t LeadingListMarkerLength(std::string_view text) {
  // Markers, possibly with blanks between them: "- - ".
  size_t end = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    char32_t c = text::DecodeUtf8(text, &next);
    if (!IsBulletCodePoint(c) && !IsDash(c) && c != '*') break;
    end = SkipBlanks(text, next);
    pos = end;
  }
  if (end == 0) return 0;
  // "-3 درجات" is a negative number and "--(بترا)" a credit: a marker is
  // followed by a word.
  size_t next = end;
  if (end >= text.size() || !IsLetter(text::DecodeUtf8(text, &next))) {
    return 0;
  }
  return end;
}

namespace internal {

bool StartsWithBullet(std::string_view line) {
  size_t pos = 0;
  char32_t c = text::DecodeUtf8(line, &pos);
  if (IsBulletCodePoint(c)) return true;
  if (!IsDash(c) && c != '*') return false;
  if (pos >= line.size()) return false;
  return IsBlank(text::DecodeUtf8(line, &pos));
}

}  // namespace internal
}  // namespace khulasa::article
