#include "src/eval/editorial_words.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"

#include "src/eval/editorial_lexicon.h"
#include "src/text/arabic.h"
#include "src/text/blank.h"
#include "src/text/latin.h"
#include "src/text/utf8.h"

namespace khulasa::eval::internal {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.starts_with(prefix);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.ends_with(suffix);
}

// Letters, digits and the marks inside Arabic words; everything else
// (punctuation, quotes, brackets, dashes, symbols) is stripped from the
// ends of a token before its words are compared.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return absl::ascii_isalnum(static_cast<unsigned char>(c));
  if (text::IsInArabicBlock(c)) return !text::IsArabicPunctuationOrSign(c);
  // The whole of U+00C0-U+024F (the multiplication and division signs too)
  // and of the presentation-form blocks but the byte order mark.
  return text::IsLatinExtendedLetter(c) || c == text::kMultiplicationSign ||
         c == text::kDivisionSign ||
         (c >= text::kPresentationFormsAFirst &&
          c <= text::kPresentationFormsALast) ||
         (c >= text::kPresentationFormsBFirst && c < text::kByteOrderMark);
}

bool IsDash(char32_t c) {
  return c == '-' || c == kEnDash || c == kEmDash || c == text::kTatweel ||
         c == '_';
}

std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(text::DecodeUtf8(s, &pos));
  return out;
}

size_t CodePointCount(std::string_view s) { return CodePoints(s).size(); }

std::string_view Core(std::string_view raw) {
  size_t begin = 0;
  while (begin < raw.size()) {
    size_t next = begin;
    if (IsWordChar(text::DecodeUtf8(raw, &next))) break;
    begin = next;
  }
  size_t end = raw.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin &&
           text::IsUtf8ContinuationByte(static_cast<unsigned char>(raw[start])))
      --start;
    size_t pos = start;
    if (IsWordChar(text::DecodeUtf8(raw, &pos))) break;
    end = start;
  }
  return raw.substr(begin, end - begin);
}

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text::IsAsciiBlank(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && !text::IsAsciiBlank(text[i])) ++i;
    if (i > start) {
      Word w;
      w.raw = text.substr(start, i - start);
      w.core = Core(w.raw);
      w.key = MatchKey(w.core);
      words.push_back(std::move(w));
    }
  }
  return words;
}

// Index of the first token with letters or digits (words.size() if none).
size_t FirstWordIndex(const std::vector<Word>& words) {
  size_t i = 0;
  while (i < words.size() && words[i].core.empty()) ++i;
  return i;
}

// True when the keys of words[from...] start with `phrase`.
bool StartsWithPhrase(const std::vector<Word>& words, size_t from,
                      const std::vector<std::string>& phrase) {
  if (phrase.empty() || from + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[from + k].key != phrase[k]) return false;
  }
  return true;
}

bool StartsWithAny(const std::vector<Word>& words, size_t from,
                   const std::vector<std::vector<std::string>>& phrases) {
  for (const std::vector<std::string>& p : phrases) {
    if (StartsWithPhrase(words, from, p)) return true;
  }
  return false;
}

bool ContainsAny(const std::vector<Word>& words,
                 const std::vector<std::vector<std::string>>& phrases) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (StartsWithAny(words, i, phrases)) return true;
  }
  return false;
}

// A token made only of dashes and colons, with at least one dash ("-",
// "--", ":-", "–").
bool IsSeparatorToken(std::string_view raw) {
  bool dash = false;
  for (char32_t c : CodePoints(raw)) {
    if (IsDash(c)) {
      dash = true;
    } else if (c != ':') {
      return false;
    }
  }
  return dash;
}

bool IsNumberCore(std::string_view core) {
  if (core.empty()) return false;
  for (char32_t c : CodePoints(MatchKey(core))) {
    if (!(c >= '0' && c <= '9') && c != '.' && c != ',') return false;
  }
  return true;
}

bool IsOpeningQuote(char32_t c) {
  return c == kLeftGuillemet || c == kLeftDoubleQuote || c == '"' ||
         c == kRightDoubleQuote || c == '\'';
}

bool IsClosingQuote(char32_t c) {
  return c == kRightGuillemet || c == kRightDoubleQuote || c == '"' ||
         c == kLeftDoubleQuote || c == '\'';
}

// A list item: the bullet opens with a marker glued to its first word
// ("*ما الذي", "-كنا") or a marker token ("-", "- -", "•").
bool IsListMarkerStart(std::string_view raw) {
  const std::vector<char32_t> cps = CodePoints(raw.substr(0, 8));
  if (cps.size() < 2) return false;
  const char32_t c = cps[0];
  const bool marker = c == '*' || c == kBullet || c == kMiddleDot ||
                      c == kBlackSquare || c == '-' || c == kEnDash ||
                      c == kEmDash;
  return marker && IsWordChar(cps[1]) && !(cps[1] >= '0' && cps[1] <= '9');
}

bool IsListMarkerToken(std::string_view raw) {
  for (char32_t c : CodePoints(raw)) {
    if (!IsDash(c) && c != '*' && c != kBullet && c != kMiddleDot &&
        c != kBlackSquare && c != '>') {
      return false;
    }
  }
  return !raw.empty();
}

bool IsClockTime(std::string_view core) {
  const std::string key = MatchKey(core);
  const size_t colon = key.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 2) return false;
  if (key.size() - colon - 1 != 2) return false;
  for (size_t i = 0; i < key.size(); ++i) {
    if (i != colon && !absl::ascii_isdigit(static_cast<unsigned char>(key[i])))
      return false;
  }
  return true;
}

bool IsLatinWord(std::string_view core) {
  if (core.empty()) return false;
  for (unsigned char c : core) {
    if (!absl::ascii_isalpha(c)) return false;
  }
  return true;
}

}  // namespace khulasa::eval::internal
