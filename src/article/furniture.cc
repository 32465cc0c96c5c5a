#include "src/article/furniture.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "src/article/furniture_scan.h"
#include "src/article/furniture_word_sets.h"
#include "src/article/furniture_words.h"
#include "src/article/line_classifier.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

namespace words = furniture_words;

using internal::HasDigit;
using internal::HasLetter;
using internal::HasSentenceEnd;
using internal::Sets;
using internal::StartsWithAny;
using internal::StartsWithBullet;
using internal::StripWordPunctuation;
using internal::TrimBlanks;
using internal::WithoutConjunction;

constexpr size_t kMaxMoreWords = 6;

// "عاجل" (breaking): a short line after it is a ticker item.
constexpr std::string_view kBreaking = "\u0639\u0627\u062C\u0644";

constexpr size_t kMaxStampWords = 25;
constexpr size_t kMaxStampPrefixWords = 15;
constexpr size_t kMaxCaptionWords = 30;
constexpr size_t kMaxCreditWords = 5;
constexpr size_t kMaxTickerWords = 40;
constexpr size_t kMinTickerBars = 2;
constexpr size_t kMaxBreakingWords = 20;
constexpr size_t kMaxTeaserWords = 80;
// Bytes folded for the prefix tests (the longest prefix is ~30 bytes).
constexpr size_t kPrefixFoldBytes = 48;

// True for a word of digits with date or time separators: "17:49",
// "17.03.2020", "2020/3/4", "24".
// "2017م" and "1438هـ": a year with its era letter (folding drops tatweel).
bool IsNumberWord(std::string_view word, bool* date_like) {
  constexpr std::string_view kEraLetters[] = {"\u0645", "\u0647"};
  for (std::string_view era : kEraLetters) {
    if (word.size() > era.size() &&
        word.substr(word.size() - era.size()) == era) {
      word.remove_suffix(era.size());
      *date_like = true;
      break;
    }
  }
  bool digit = false, separator = false;
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t c = text::DecodeUtf8(word, &pos);
    if (text::IsAnyDigit(c)) {
      digit = true;
    } else if (c == ':' || c == '.' || c == '/' || c == '-') {
      separator = true;
    } else if (c != ',') {
      return false;
    }
  }
  if (digit && separator) *date_like = true;
  return digit;
}

// A short line made only of stamp, date and share words and numbers, with
// a share word or a number next to a stamp or date word.
bool IsStampOrShareLine(std::string_view folded) {
  bool action = false, stamp = false, date = false, number = false;
  // A number shaped like a date or time ("17.03.2020", "12:45", "2017م").
  bool date_number = false;
  // Looks a word up as it is, then without a glued "و" / "ف" ("وتويتر");
  // false when it is in no list.
  auto classify = [&](std::string_view word) {
    bool date_like = false;
    if (IsNumberWord(word, &date_like)) {
      number = true;
      date_number = date_number || date_like;
    } else if (Sets().action.Contains(word)) {
      action = true;
    } else if (Sets().stamp.Contains(word)) {
      stamp = true;
    } else if (Sets().date.Contains(word)) {
      date = true;
    } else if (!Sets().filler.Contains(word)) {
      return false;
    }
    return true;
  };
  size_t begin = 0;
  while (begin < folded.size()) {
    size_t end = folded.find(' ', begin);
    if (end == std::string_view::npos) end = folded.size();
    std::string_view word =
        StripWordPunctuation(folded.substr(begin, end - begin));
    begin = end + 1;
    if (word.empty()) continue;
    if (!classify(word) && !classify(WithoutConjunction(word))) return false;
  }
  return action || (number && (stamp || date || date_number));
}

// A short caption ending in a credit "(...)" with no sentence punctuation
// before it: "عمال يرممون السوق (فرانس برس)", "--(بترا)".
bool IsCreditCaption(std::string_view line, size_t words) {
  if (line.empty() || line.back() != ')' || words > kMaxCaptionWords) {
    return false;
  }
  size_t open = line.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view credit = line.substr(open + 1, line.size() - open - 2);
  size_t credit_words = text::CountWords(credit, kMaxCreditWords + 1);
  return credit_words > 0 && credit_words <= kMaxCreditWords &&
         !HasSentenceEnd(line.substr(0, open));
}

size_t CountChar(std::string_view line, char c) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), c));
}

}  // namespace

bool IsFurnitureLine(std::string_view line) {
  line = TrimBlanks(line);
  if (line.empty()) return false;
  std::string start = FoldForMatch(line, kPrefixFoldBytes);
  // "صورة : ..." is written with and without a blank before the colon.
  for (size_t at = start.find(" :"); at != std::string::npos;
       at = start.find(" :")) {
    start.erase(at, 1);
  }
  const std::string_view start_view = start;
  if (StartsWithAny(start_view, words::kReadAlsoPrefixes)) return true;
  // Body paragraphs are long: past the caption length only a teaser bullet
  // can be furniture, and words are counted no further than needed (counting
  // up to the teaser limit on every paragraph cost 2.5 us per paragraph).
  const size_t words = text::CountWords(line, kMaxCaptionWords + 1);
  if (words > kMaxCaptionWords) {
    return StartsWithBullet(line) &&
           text::CountWords(line, kMaxTeaserWords + 1) <= kMaxTeaserWords &&
           !HasSentenceEnd(line);
  }
  if (words <= kMaxMoreWords &&
      StartsWithAny(start_view, words::kMorePrefixes)) {
    return true;
  }
  if (words <= kMaxCaptionWords &&
      (StartsWithAny(start_view, words::kCaptionPrefixes) ||
       IsCreditCaption(line, words))) {
    return true;
  }
  if (words <= kMaxStampPrefixWords &&
      StartsWithAny(StripWordPunctuation(start_view), words::kStampPrefixes) &&
      HasDigit(line) && !HasSentenceEnd(line)) {
    return true;
  }
  if (words <= kMaxStampWords && IsStampOrShareLine(FoldForMatch(line))) {
    return true;
  }
  if (words <= kMaxBreakingWords &&
      start_view.substr(0, kBreaking.size()) == kBreaking) {
    std::string_view rest = start_view.substr(kBreaking.size());
    if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.empty() &&
        (rest.front() == ':' || rest.front() == '|' || rest.front() == '-')) {
      return true;
    }
  }
  if (words <= kMaxTickerWords && CountChar(line, '|') >= kMinTickerBars &&
      HasLetter(line) && !HasSentenceEnd(line)) {
    return true;
  }
  if (words <= kMaxTeaserWords && StartsWithBullet(line) &&
      !HasSentenceEnd(line)) {
    return true;
  }
  return !ParseByline(line).empty();
}

}  // namespace khulasa::article
