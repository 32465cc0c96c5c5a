// Blanks between words, at the byte level: the one definition the summary
// pipeline (word counts, bullet tokens, source ranges) shares. A blank is
// ASCII white space (space, \t, \n, \r, \v, \f) or U+00A0 NO-BREAK SPACE;
// other Unicode spaces are not blanks here (char_class.h classifies code
// points).
#ifndef KHULASA_SRC_TEXT_BLANK_H_
#define KHULASA_SRC_TEXT_BLANK_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace khulasa::text {

// ASCII white space: space, \t, \n, \r, \v, \f.
inline constexpr bool IsAsciiBlank(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');  // \t \n \v \f \r
}

// The same blanks as code points: ASCII white space and U+00A0.
inline constexpr bool IsBlank(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x00A0;
}

// Bytes of the blank starting at text[i]: 1 for ASCII white space, 2 for
// U+00A0 (C2 A0), 0 for anything else. Requires i < text.size().
inline size_t BlankBytesAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c > ' ' && c != 0xC2) return 0;  // most bytes: one test
  if (IsAsciiBlank(c)) return 1;
  if (c == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

// Blank-separated words of `text`, counting no further than `limit`: the
// result is min(words, limit). Invalid UTF-8 bytes count as word bytes.
inline size_t CountWords(std::string_view text, size_t limit = SIZE_MAX) {
  size_t words = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (words < limit) {
    while (i < n) {  // the blanks before a word
      const size_t blank = BlankBytesAt(text, i);
      if (blank == 0) break;
      i += blank;
    }
    if (i >= n) break;
    ++words;
    while (i < n && BlankBytesAt(text, i) == 0) ++i;  // the word
  }
  return words;
}

// True when text[from, to) is all blanks (empty included).
inline bool AllBlanks(std::string_view text, size_t from, size_t to) {
  while (from < to) {
    const size_t blank = BlankBytesAt(text.substr(0, to), from);
    if (blank == 0) return false;
    from += blank;
  }
  return true;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_BLANK_H_
