// Internal: code-point scanning at byte offsets for the paragraph and
// sentence splitters (whitespace at or before an offset, trimming, decoding
// backwards, closing quotes and brackets). Not part of the module's API.
//
// All functions take valid or invalid UTF-8 without crashing (an invalid
// byte is a unit of its own), are pure and thread-safe, and look at O(1)
// bytes except Trim(), which is linear in the blanks it removes.
#ifndef KHULASA_SRC_TEXT_SPLIT_SCAN_H_
#define KHULASA_SRC_TEXT_SPLIT_SCAN_H_

#include <cstddef>
#include <string_view>

#include "khulasa/byte_range.h"

namespace khulasa::text::internal {

// ASCII whitespace: space, \t, \r, \n, \v, \f.
inline bool IsAsciiSpace(unsigned char b) {
  return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\v' ||
         b == '\f';
}

// ASCII letters and digits.
inline bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// Closing quotes and brackets that stay with the sentence they close:
// " ' ) ] } U+00BB U+201D U+2019 U+203A U+FD3E U+FD3F.
inline bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
         c == 0x00BB || c == 0x201D || c == 0x2019 || c == 0x203A ||
         c == 0xFD3E || c == 0xFD3F;
}

// True when the code point ending at byte `end` (<= text.size()) is
// whitespace or a format control (ASCII blanks, NBSP and the other
// multi-byte spaces); sets *begin to its first byte. False at `end` == 0.
bool SpaceBefore(std::string_view text, size_t end, size_t* begin);

// True when the code point at `pos` (< text.size()) is whitespace or a
// format control; sets *next to the byte after it.
bool SpaceAt(std::string_view text, size_t pos, size_t* next);

// [begin, end) without the whitespace and format controls at both ends.
ByteRange Trim(std::string_view text, size_t begin, size_t end);

// Decodes the code point that ends at `end` (0 < end <= text.size()) and
// sets *begin to its first byte. An invalid tail byte is its own unit:
// returns U+FFFD with *begin = end - 1.
char32_t DecodeBefore(std::string_view text, size_t end, size_t* begin);

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_SPLIT_SCAN_H_
