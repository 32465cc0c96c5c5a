// The sets of "space" other than the blank between words, each named once.
// text::IsBlank (blank.h: ASCII white space and U+00A0) is the default; a
// module that must follow a format's or a reference tool's own definition
// takes it from here, and each says how it differs from IsBlank.
#ifndef KHULASA_SRC_TEXT_SPACES_H_
#define KHULASA_SRC_TEXT_SPACES_H_

#include <string_view>

#include "src/text/arabic.h"
#include "src/text/blank.h"

namespace khulasa::text {

// Unicode's White_Space property: IsBlank plus U+0085 NEXT LINE, U+1680,
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 (the other space
// separators, line and paragraph separators).
inline constexpr bool IsUnicodeSpace(char32_t c) {
  return IsBlank(c) || c == 0x0085 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Python's str.isspace() (what str.split(), str.strip() and `\s` in a str
// regex follow): IsUnicodeSpace plus the information separators
// U+001C-U+001F. For scores that must match a Python reference script.
inline constexpr bool IsPythonSpace(char32_t c) {
  return IsUnicodeSpace(c) || (c >= 0x1C && c <= 0x1F);
}

// JSON's insignificant white space (RFC 8259): space, \t, \n, \r. Unlike
// IsBlank, no \v, \f or U+00A0.
inline constexpr bool IsJsonSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// HTTP's optional white space around header values and parameters (RFC
// 9110, OWS): space and \t only.
inline constexpr bool IsHttpSpace(char c) { return c == ' ' || c == '\t'; }

// `value` without IsHttpSpace bytes at either end.
inline constexpr std::string_view TrimHttpSpace(std::string_view value) {
  while (!value.empty() && IsHttpSpace(value.front())) value.remove_prefix(1);
  while (!value.empty() && IsHttpSpace(value.back())) value.remove_suffix(1);
  return value;
}

// HTML's ASCII whitespace (WHATWG): space, \t, \n, \f, \r. Unlike
// IsAsciiBlank, no \v; for reading markup (attribute values, the start of
// a document), where \v is not white space.
inline constexpr bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// The characters outside ASCII that extracted page text folds to one space:
// U+00A0, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (Unicode's
// spaces without U+0085 NEXT LINE and U+1680 OGHAM SPACE MARK), plus
// U+200B ZERO WIDTH SPACE and U+FEFF (a byte order mark left in a page):
// they separate words, or nothing, and show nothing.
inline constexpr bool IsHtmlTextSpace(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}

// A blank or a format control (IsFormatControl, arabic.h): what may stand
// at either end of a line unseen, and is trimmed from it.
inline constexpr bool IsBlankOrFormat(char32_t c) {
  return IsBlank(c) || IsFormatControl(c);
}

// The spaces the diacritizer's character features fold to ' ': IsBlank
// without \v and \f, plus U+2009 THIN SPACE, U+200A HAIR SPACE and U+3000
// IDEOGRAPHIC SPACE. Frozen with the model: models/diacritizer.bin was
// trained with these features, so changing the set changes what it sees.
inline constexpr bool IsDiacritizerSpace(char32_t c) {
  return (IsBlank(c) && c != '\v' && c != '\f') || c == 0x2009 || c == 0x200A ||
         c == 0x3000;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_SPACES_H_
