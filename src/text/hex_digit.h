// The value of an ASCII hex digit, for the escapes the readers and the
// server decode (JSON \uXXXX, JavaScript \u{...}, URL %XX).
#ifndef KHULASA_SRC_TEXT_HEX_DIGIT_H_
#define KHULASA_SRC_TEXT_HEX_DIGIT_H_

namespace khulasa::text {

// 0-15 for 0-9, a-f, A-F; -1 for anything else.
inline constexpr int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static_assert(HexDigitValue('7') == 7 && HexDigitValue('b') == 11 &&
              HexDigitValue('F') == 15 && HexDigitValue('g') == -1);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_HEX_DIGIT_H_
