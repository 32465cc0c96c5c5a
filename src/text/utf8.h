// UTF-8 validation, repair, decoding and encoding: the only place in the
// engine that turns bytes into code points. Strict: overlong forms, UTF-16
// surrogates (U+D800-U+DFFF), values above U+10FFFF and truncated sequences
// are all invalid.
#ifndef KHULASA_SRC_TEXT_UTF8_H_
#define KHULASA_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace khulasa::text {

// U+FFFD, what every invalid byte becomes in lenient mode.
inline constexpr char32_t kReplacementChar = 0xFFFD;
// Largest Unicode scalar value.
inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// Returns OK when `text` is well-formed UTF-8. Otherwise kInvalidArgument
// naming the first bad byte offset and the reason, e.g.
// "invalid UTF-8 at byte 1834 (lone continuation byte 0xA7); re-encode the
// input or pass --lenient". Never allocates on the valid path.
absl::Status ValidateUtf8(std::string_view text);

// Fast boolean form of ValidateUtf8 (same rules, no message).
bool IsValidUtf8(std::string_view text);

// Byte offset of the first invalid byte, or text.size() when valid.
size_t FindInvalidUtf8(std::string_view text);

// Lenient mode: returns `text` with each byte that does not start a valid
// sequence replaced by U+FFFD, moving on one byte at a time. Valid input is
// returned unchanged. The result is always valid UTF-8.
std::string RepairUtf8(std::string_view text);

// True for bytes 0x80-0xBF, which never start a code point.
inline constexpr bool IsUtf8ContinuationByte(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

namespace internal {
// DecodeUtf8 past its inline fast path (three- and four-byte sequences and
// invalid bytes).
char32_t DecodeUtf8Slow(std::string_view text, size_t* pos);
}  // namespace internal

// Decodes the code point starting at byte *pos (requires *pos < text.size())
// and advances *pos past it. An invalid or truncated sequence yields
// kReplacementChar and advances exactly one byte, so a loop over DecodeUtf8
// always terminates. ASCII and two-byte sequences (all of Arabic) are
// decoded inline: every reader and rule loops over it.
inline char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const size_t i = *pos;
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (IsUtf8ContinuationByte(b1)) {
      *pos = i + 2;
      return (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
    }
  }
  return internal::DecodeUtf8Slow(text, pos);
}

// Appends the UTF-8 encoding of `c` to *out. Surrogates and values above
// U+10FFFF are written as U+FFFD, so the output stays valid.
void AppendUtf8(char32_t c, std::string* out);

// Number of bytes AppendUtf8 writes for `c` (1-4).
size_t Utf8EncodedLength(char32_t c);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_UTF8_H_
