// Internal: the word tests the sentence splitter applies around a full stop
// to tell an abbreviation or an initial from the end of a sentence: Latin
// and Arabic abbreviations, dotted abbreviations ("أ.د.", "U.S.", "ق.م"),
// names of Latin letters written in Arabic script ("إف", "سي"), eras after
// a year, and the few other words that decide a split (URLs, a preposition
// after an era, "etc."). Not part of the module's API.
//
// Every function takes one word (a run of non-blank bytes, the dot that ends
// it excluded unless said otherwise), looks at nothing around it, never
// crashes on invalid UTF-8, is pure and thread-safe, and is linear in the
// word.
#ifndef KHULASA_SRC_TEXT_ABBREVIATIONS_H_
#define KHULASA_SRC_TEXT_ABBREVIATIONS_H_

#include <cstddef>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text::internal {

// Abbreviations and initials are short: the splitter checks no longer word
// (and scans no further ahead for one).
inline constexpr size_t kMaxAbbreviationBytes = 64;

// True when `word` starts with "http://", "https://" or "www." (ASCII case
// folded).
bool StartsWithUrl(std::string_view word);

// True for the Latin title and name abbreviations written before a dot:
// "Mr" "Mrs" "Ms" "Dr" "Prof" "Sr" "Jr" "St" "vs" "Mt" "Gen" "Col" (exact
// case).
bool IsLatinAbbreviation(std::string_view word);

// True when `word` is the name of a Latin letter written in Arabic script,
// as used for initials in foreign names ("جون إف. كينيدي", "جي. دي. فانس")
// and in spelled acronyms ("سي.آي.إيه"), in its common spellings (with or
// without hamza). Exact match, no normalization.
bool IsLetterName(std::string_view word);

// `word` without its leading opening brackets and quotes: "(", "[", '"',
// then at most one U+00AB and one U+201C ("(سي" -> "سي").
std::string_view StripOpeners(std::string_view word);

// What a word is made of (Arabic marks and tatweel are not letters).
struct WordShape {
  int letters = 0;  // Arabic letters, presentation forms and Latin letters
  int digits = 0;   // ASCII, Arabic-Indic and Persian digits
  char32_t first_letter = 0;          // 0 when there is no letter
  bool only_letters_and_dots = true;  // no digits, no other symbols
};
WordShape ShapeOf(std::string_view word);

// Abbreviation letters that, after a number, mark an era (meem after
// "1770" is "AD", heh is "AH", and the dot ends the sentence) rather than a
// title (meem-dot before a name is "Eng.").
inline bool IsEraLetter(char32_t c) { return c == 0x0645 || c == kHeh; }

// A dot-separated part of an abbreviation: a single letter ("ق" in
// "ق.م"), a letter name ("سي" in "سي.آي.إيه") or up to two Latin letters
// ("U", "Ph"). Longer parts are words ("example" in "example.com"). False
// for an empty part.
bool IsAbbreviationPart(std::string_view part);

// True when every non-empty dot-separated part of `word` is an
// abbreviation part and there is at least one ("أ.د", "U.S", "سي.آي.إيه";
// not "example.com").
bool IsDottedAbbreviation(std::string_view word);

// Era abbreviations after a year: meem ("AD"), heh ("AH", also with
// tatweel "هـ") and qaf-dot-meem ("BC", "ق.م").
bool IsEraAbbreviation(std::string_view word);

// Prepositions that go on after an era ("2000 ق.م. في ملحمة جلجامش"):
// they do not open a sentence. Exact match.
bool IsPreposition(std::string_view word);

// "etc." ("الخ" or "إلخ", any number of trailing dots): after an ellipsis
// ("... إلخ") it continues the list.
bool IsEtcetera(std::string_view word);

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_ABBREVIATIONS_H_
