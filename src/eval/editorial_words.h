// Internal to the editorial-defect instrument: blank-separated words with
// their punctuation-stripped cores and match keys, and the character tests
// the rules share. Not part of the module's API.
#ifndef KHULASA_SRC_EVAL_EDITORIAL_WORDS_H_
#define KHULASA_SRC_EVAL_EDITORIAL_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::eval::internal {

// Punctuation the rules name (not in text/arabic.h).
inline constexpr char32_t kLeftGuillemet = 0x00AB;
inline constexpr char32_t kRightGuillemet = 0x00BB;
inline constexpr char32_t kLeftDoubleQuote = 0x201C;
inline constexpr char32_t kRightDoubleQuote = 0x201D;
inline constexpr char32_t kEnDash = 0x2013;
inline constexpr char32_t kEmDash = 0x2014;
inline constexpr char32_t kBullet = 0x2022;
inline constexpr char32_t kMiddleDot = 0x00B7;
inline constexpr char32_t kBlackSquare = 0x25AA;

// One blank-separated token: as written, its core (ends stripped of
// non-word characters) and the core's match key.
struct Word {
  std::string_view raw;
  std::string_view core;
  std::string key;
};

// std::string_view's starts_with / ends_with (absl's take absl::string_view,
// which is not std::string_view in Debian's build).
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);

// Letters, digits and the marks inside Arabic words; everything else
// (punctuation, quotes, brackets, dashes, symbols) is stripped from the
// ends of a token before its words are compared.
bool IsWordChar(char32_t c);

// Hyphen, en and em dash, tatweel and underscore.
bool IsDash(char32_t c);

// The code points of `s` (an invalid byte is U+FFFD) and their number.
std::vector<char32_t> CodePoints(std::string_view s);
size_t CodePointCount(std::string_view s);

// `raw` without the non-word characters at either end.
std::string_view Core(std::string_view raw);

// The blank-separated words of `text`; the views point into `text`.
std::vector<Word> SplitWords(std::string_view text);

// Index of the first token with letters or digits (words.size() if none).
size_t FirstWordIndex(const std::vector<Word>& words);

// True when the keys of words[from...] start with `phrase`.
bool StartsWithPhrase(const std::vector<Word>& words, size_t from,
                      const std::vector<std::string>& phrase);

// StartsWithPhrase for any of `phrases`; ContainsAny: at any position.
bool StartsWithAny(const std::vector<Word>& words, size_t from,
                   const std::vector<std::vector<std::string>>& phrases);

bool ContainsAny(const std::vector<Word>& words,
                 const std::vector<std::vector<std::string>>& phrases);

// A token made only of dashes and colons, with at least one dash ("-",
// "--", ":-", "–").
bool IsSeparatorToken(std::string_view raw);

// Digits with inner '.' or ',' (ASCII or Arabic-Indic digits).
bool IsNumberCore(std::string_view core);

// Quote marks that may open / close a quotation (Arabic pages use “ and ”
// in either role).
bool IsOpeningQuote(char32_t c);
bool IsClosingQuote(char32_t c);

// A list item: the bullet opens with a marker glued to its first word
// ("*ما الذي", "-كنا") or a marker token ("-", "- -", "•").
bool IsListMarkerStart(std::string_view raw);

bool IsListMarkerToken(std::string_view raw);

// "09:22", "17:49".
bool IsClockTime(std::string_view core);

// ASCII letters only.
bool IsLatinWord(std::string_view core);

}  // namespace khulasa::eval::internal

#endif  // KHULASA_SRC_EVAL_EDITORIAL_WORDS_H_
