#include "src/article/furniture_scan.h"

#include <cstddef>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/blank.h"
#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::article::internal {

bool IsWordPunctuation(char32_t c) {
  if (c < 0x80) {
    return !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
           !(c >= 'A' && c <= 'Z') && c > ' ';
  }
  return c == text::kArabicComma || c == text::kArabicSemicolon ||
         c == text::kArabicQuestionMark || c == text::kArabicFullStop ||
         c == text::kHorizontalEllipsis || IsDash(c) || IsQuote(c) ||
         c == kBullet || c == kMiddleDot;
}

size_t LastCodePointStart(std::string_view s) {
  size_t i = s.size() - 1;
  while (i > 0 &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(s[i]))) {
    --i;
  }
  return i;
}

std::string_view StripWordPunctuation(std::string_view word) {
  while (!word.empty()) {
    size_t pos = 0;
    if (!IsWordPunctuation(text::DecodeUtf8(word, &pos))) break;
    word.remove_prefix(pos);
  }
  while (!word.empty()) {
    size_t start = LastCodePointStart(word);
    size_t pos = start;
    if (!IsWordPunctuation(text::DecodeUtf8(word, &pos))) break;
    word.remove_suffix(word.size() - start);
  }
  return word;
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty()) {
    size_t pos = 0;
    char32_t c = text::DecodeUtf8(s, &pos);
    if (!text::IsBlankOrFormat(c)) break;
    s.remove_prefix(pos);
  }
  while (!s.empty()) {
    size_t start = LastCodePointStart(s);
    size_t pos = start;
    char32_t c = text::DecodeUtf8(s, &pos);
    if (!text::IsBlankOrFormat(c)) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

// Works on bytes: the blanks are ASCII whitespace and U+00A0
// (bytes C2 A0), so no decoding is needed (decoding made word counting half
// the cost of IsFurnitureLine on body paragraphs).
bool HasSentenceEnd(std::string_view line) {
  size_t pos = 0;
  char32_t previous = 0;
  while (pos < line.size()) {
    char32_t c = text::DecodeUtf8(line, &pos);
    if (text::IsSentenceTerminator(c)) {
      bool in_number = c == '.' && text::IsAnyDigit(previous) &&
                       pos < line.size() &&
                       text::IsAnyDigit(static_cast<unsigned char>(line[pos]));
      if (!in_number) return true;
    }
    previous = c;
  }
  return false;
}

bool HasDigit(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (text::IsAnyDigit(text::DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

bool HasLetter(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (IsLetter(text::DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

std::string_view WithoutConjunction(std::string_view folded_word) {
  constexpr std::string_view kWa = "\u0648";
  constexpr std::string_view kFa = "\u0641";
  // Only when at least three letters (six bytes) remain.
  if (folded_word.size() >= kWa.size() + 6 &&
      (folded_word.substr(0, kWa.size()) == kWa ||
       folded_word.substr(0, kFa.size()) == kFa)) {
    return folded_word.substr(kWa.size());
  }
  return folded_word;
}

size_t SkipBlanks(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    size_t next = pos;
    if (!IsBlank(text::DecodeUtf8(text, &next))) break;
    pos = next;
  }
  return pos;
}

}  // namespace khulasa::article::internal
