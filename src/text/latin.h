// Latin letters beyond ASCII, for the rules that accept a Latin word beside
// Arabic ones (word keys, dates in pages, editorial words) without ICU.
// Header-only, constexpr; take a decoded code point.
#ifndef KHULASA_SRC_TEXT_LATIN_H_
#define KHULASA_SRC_TEXT_LATIN_H_

namespace khulasa::text {

inline constexpr char32_t kLatinExtendedFirst = 0x00C0;  // A with grave
inline constexpr char32_t kLatinExtendedLast = 0x024F;   // end of Extended-B
inline constexpr char32_t kLatin1CapitalsLast = 0x00DE;  // capital thorn
inline constexpr char32_t kMultiplicationSign = 0x00D7;
inline constexpr char32_t kDivisionSign = 0x00F7;

// Letters of Latin-1 Supplement, Latin Extended-A and Extended-B:
// U+00C0-U+024F less the multiplication and division signs. ASCII is not
// included.
inline constexpr bool IsLatinExtendedLetter(char32_t c) {
  return c >= kLatinExtendedFirst && c <= kLatinExtendedLast &&
         c != kMultiplicationSign && c != kDivisionSign;
}

// A-Z and the Latin-1 capitals U+00C0-U+00DE (less the multiplication
// sign) in lower case; any other code point unchanged.
inline constexpr char32_t LowerLatin1Char(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
  if (c >= kLatinExtendedFirst && c <= kLatin1CapitalsLast &&
      c != kMultiplicationSign) {
    return c + ('a' - 'A');
  }
  return c;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_LATIN_H_
