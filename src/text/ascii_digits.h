// Normalization pass: maps Arabic-Indic digits U+0660-U+0669 and Persian
// (Extended Arabic-Indic) digits U+06F0-U+06F9 to ASCII 0-9. The Arabic
// decimal and thousands separators are left alone (the tokenizer already
// keeps them inside numbers).
#ifndef KHULASA_SRC_TEXT_ASCII_DIGITS_H_
#define KHULASA_SRC_TEXT_ASCII_DIGITS_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// The code point after the pass.
inline constexpr char32_t AsciiDigitChar(char32_t c) {
  if (IsArabicIndicDigit(c)) return U'0' + (c - kArabicIndicDigitZero);
  if (IsPersianDigit(c)) return U'0' + (c - kPersianDigitZero);
  return c;
}

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string AsciiDigits(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_ASCII_DIGITS_H_
