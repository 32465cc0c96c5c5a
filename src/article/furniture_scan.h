// Internal: the character classes and small scans the page-furniture
// rules share (furniture.cc, byline.cc, dateline.cc, list_marker.cc):
// blanks, dashes, quotes, bullets, letters, word punctuation, trimming and
// word counting. Not part of the module's API.
//
// All functions take UTF-8 (an invalid byte decodes as U+FFFD), are pure
// and thread-safe, and run in time linear in their input (O(1) for the
// character tests).
#ifndef KHULASA_SRC_ARTICLE_FURNITURE_SCAN_H_
#define KHULASA_SRC_ARTICLE_FURNITURE_SCAN_H_

#include <cstddef>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/blank.h"

namespace khulasa::article::internal {

inline constexpr char32_t kEnDash = 0x2013;
inline constexpr char32_t kEmDash = 0x2014;
inline constexpr char32_t kBullet = 0x2022;
inline constexpr char32_t kMiddleDot = 0x00B7;
inline constexpr char32_t kTriangularBullet = 0x2023;
inline constexpr char32_t kGeometricShapesFirst = 0x25A0;
inline constexpr char32_t kGeometricShapesLast = 0x25FF;
inline constexpr char32_t kLeftGuillemet = 0x00AB;
inline constexpr char32_t kRightGuillemet = 0x00BB;
inline constexpr char32_t kLeftDoubleQuote = 0x201C;
inline constexpr char32_t kRightDoubleQuote = 0x201D;
inline constexpr char32_t kLeftSingleQuote = 0x2018;
inline constexpr char32_t kRightSingleQuote = 0x2019;

// ASCII whitespace and U+00A0 (no-break space): text::IsBlank.
using text::IsBlank;

// '-', U+2013 (en dash) or U+2014 (em dash).
inline bool IsDash(char32_t c) {
  return c == '-' || c == kEnDash || c == kEmDash;
}

// ASCII double and single quotes, guillemets, curly double and single
// quotes.
inline bool IsQuote(char32_t c) {
  return c == '"' || c == '\'' || c == kLeftGuillemet || c == kRightGuillemet ||
         c == kLeftDoubleQuote || c == kRightDoubleQuote ||
         c == kLeftSingleQuote || c == kRightSingleQuote;
}

// An Arabic letter or an ASCII letter.
inline bool IsLetter(char32_t c) {
  return text::IsArabicLetter(c) || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// A bullet sign: "•", "‣", "·" or a geometric shape ("▪ ■ ● ◆ ► ○").
inline bool IsBulletCodePoint(char32_t c) {
  return c == kBullet || c == kTriangularBullet || c == kMiddleDot ||
         (c >= kGeometricShapesFirst && c <= kGeometricShapesLast);
}

// Punctuation stripped from both ends of a word before it is looked up:
// printable ASCII other than letters and digits; the Arabic comma,
// semicolon, question mark and full stop; U+2026; dashes; quotes; U+2022
// and U+00B7.
bool IsWordPunctuation(char32_t c);

// The start of the last code point of non-empty `s`.
size_t LastCodePointStart(std::string_view s);

// `word` without word punctuation (IsWordPunctuation) at either end.
std::string_view StripWordPunctuation(std::string_view word);

// `s` without blanks (IsBlank) and format controls at either end.
std::string_view TrimBlanks(std::string_view s);

// True when `line` holds a sentence terminator that ends a sentence: not a
// '.' between two digits ("17.03.2020", "3.5").
bool HasSentenceEnd(std::string_view line);

// True when `s` holds a digit (ASCII, Arabic-Indic or Persian).
bool HasDigit(std::string_view s);

// True when `s` holds a letter (IsLetter).
bool HasLetter(std::string_view s);

// `folded_word` without a one-letter conjunction ("و", "ف") glued to its
// start, when at least three letters (six bytes) remain; else unchanged.
std::string_view WithoutConjunction(std::string_view folded_word);

// The first position at or after `pos` that does not start a blank
// (IsBlank); text.size() when there is none.
size_t SkipBlanks(std::string_view text, size_t pos);

}  // namespace khulasa::article::internal

#endif  // KHULASA_SRC_ARTICLE_FURNITURE_SCAN_H_
