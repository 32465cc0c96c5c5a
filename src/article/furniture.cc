#include "src/article/furniture.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"

#include "src/article/furniture_words.h"
#include "src/article/line_classifier.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

namespace words = furniture_words;

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
constexpr size_t kMaxBylineWords = 8;
constexpr size_t kMaxAuthorWords = 5;
constexpr size_t kMaxDatelineWords = 6;
constexpr size_t kMaxWordsBeforeColon = 3;
constexpr size_t kMaxWordsBeforeDash = 4;
constexpr size_t kMaxAgencyWords = 3;
// Tokens looked at for a dateline: six words plus separators and a comma.
constexpr size_t kMaxDatelineTokens = 12;
// Bytes folded for the prefix tests (the longest prefix is ~30 bytes).
constexpr size_t kPrefixFoldBytes = 48;

constexpr char32_t kNoBreakSpace = 0x00A0;
constexpr char32_t kEnDash = 0x2013;
constexpr char32_t kEmDash = 0x2014;
constexpr char32_t kBullet = 0x2022;
constexpr char32_t kMiddleDot = 0x00B7;
constexpr char32_t kTriangularBullet = 0x2023;
constexpr char32_t kGeometricShapesFirst = 0x25A0;
constexpr char32_t kGeometricShapesLast = 0x25FF;
constexpr char32_t kLeftGuillemet = 0x00AB;
constexpr char32_t kRightGuillemet = 0x00BB;
constexpr char32_t kLeftDoubleQuote = 0x201C;
constexpr char32_t kRightDoubleQuote = 0x201D;
constexpr char32_t kLeftSingleQuote = 0x2018;
constexpr char32_t kRightSingleQuote = 0x2019;

// The blank-separated entries of a word list, for lookups in constant time
// (scanning the lists cost 3 us per short line). Built once and never
// changed: safe to share between threads.
class WordSet {
 public:
  explicit WordSet(std::string_view list) {
    size_t begin = 0;
    while (begin < list.size()) {
      size_t end = list.find(' ', begin);
      if (end == std::string_view::npos) end = list.size();
      if (end > begin) set_.insert(list.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  bool Contains(std::string_view word) const { return set_.contains(word); }

 private:
  absl::flat_hash_set<std::string_view> set_;  // views into the lists
};

struct WordSets {
  WordSet stamp{words::kStampWords};
  WordSet filler{words::kFillerWords};
  WordSet action{words::kActionWords};
  WordSet date{words::kDateWords};
  WordSet byline{words::kBylineKeywords};
  WordSet bare_byline{words::kBareBylineKeywords};
  WordSet not_tag{words::kNotTagWords};
  WordSet media_name{words::kMediaNameWords};
  WordSet title{words::kTitleWords};
};

const WordSets& Sets() {
  // Never destroyed, so no destruction-order trouble at exit.
  static const WordSets* const sets = new WordSets();
  return *sets;
}

// True when `text` starts with one of the '|'-separated entries of `list`.
bool StartsWithAny(std::string_view text, std::string_view list) {
  size_t begin = 0;
  while (begin < list.size()) {
    size_t end = list.find('|', begin);
    if (end == std::string_view::npos) end = list.size();
    std::string_view prefix = list.substr(begin, end - begin);
    if (!prefix.empty() && text.substr(0, prefix.size()) == prefix) {
      return true;
    }
    begin = end + 1;
  }
  return false;
}

bool IsBlank(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
         c == '\f' || c == kNoBreakSpace;
}

bool IsDash(char32_t c) { return c == '-' || c == kEnDash || c == kEmDash; }

bool IsQuote(char32_t c) {
  return c == '"' || c == '\'' || c == kLeftGuillemet || c == kRightGuillemet ||
         c == kLeftDoubleQuote || c == kRightDoubleQuote ||
         c == kLeftSingleQuote || c == kRightSingleQuote;
}

bool IsLetter(char32_t c) {
  return text::IsArabicLetter(c) || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// Punctuation stripped from both ends of a word before it is looked up.
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

// The start of the last code point of non-empty `s`.
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
    if (!IsBlank(c) && !text::IsFormatControl(c)) break;
    s.remove_prefix(pos);
  }
  while (!s.empty()) {
    size_t start = LastCodePointStart(s);
    size_t pos = start;
    char32_t c = text::DecodeUtf8(s, &pos);
    if (!IsBlank(c) && !text::IsFormatControl(c)) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

// CountWordsUpTo() on bytes: the blanks are ASCII whitespace and U+00A0
// (bytes C2 A0), so no decoding is needed (decoding made word counting half
// the cost of IsFurnitureLine on body paragraphs).
size_t CountWordsFast(std::string_view line, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < line.size() && words < limit; ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    bool blank = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' ||
                 byte == '\v' || byte == '\f';
    if (byte == 0xC2 && i + 1 < line.size() &&
        static_cast<unsigned char>(line[i + 1]) == 0xA0) {
      blank = true;
      ++i;
    }
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

// A sentence terminator that ends a sentence: not a '.' between two digits
// ("17.03.2020", "3.5").
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

// Strips a one-letter conjunction ("و", "ف") glued to a word.
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
  size_t credit_words = CountWordsFast(credit, kMaxCreditWords + 1);
  return credit_words > 0 && credit_words <= kMaxCreditWords &&
         !HasSentenceEnd(line.substr(0, open));
}

size_t CountChar(std::string_view line, char c) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), c));
}

// A bullet sign: "•", "‣", "·" or a geometric shape ("▪ ■ ● ◆ ► ○").
bool IsBulletCodePoint(char32_t c) {
  return c == kBullet || c == kTriangularBullet || c == kMiddleDot ||
         (c >= kGeometricShapesFirst && c <= kGeometricShapesLast);
}

// A line opening with a list bullet: "• ", "- ", "* ", "▪" ...
bool StartsWithBullet(std::string_view line) {
  size_t pos = 0;
  char32_t c = text::DecodeUtf8(line, &pos);
  if (IsBulletCodePoint(c)) return true;
  if (!IsDash(c) && c != '*') return false;
  if (pos >= line.size()) return false;
  return IsBlank(text::DecodeUtf8(line, &pos));
}

bool IsNotTagWord(std::string_view folded_word) {
  return Sets().not_tag.Contains(folded_word) ||
         Sets().not_tag.Contains(WithoutConjunction(folded_word)) ||
         Sets().title.Contains(folded_word);
}

// One blank-separated token of the dateline scan, as byte offsets.
struct Token {
  size_t begin;
  size_t end;
};

// The blank-separated tokens of `text`, at most `max_tokens`.
size_t Tokenize(std::string_view text, Token* tokens, size_t max_tokens) {
  size_t count = 0;
  size_t pos = 0;
  while (pos < text.size() && count < max_tokens) {
    size_t start = pos;
    char32_t c = text::DecodeUtf8(text, &pos);
    if (IsBlank(c)) continue;
    size_t end = pos;
    while (end < text.size()) {
      size_t next = end;
      if (IsBlank(text::DecodeUtf8(text, &next))) break;
      end = next;
    }
    tokens[count++] = Token{start, end};
    pos = end;
  }
  return count;
}

// Where a separator starts inside token `t` ("--", ":", ":-", or a word
// with "-" / ":" glued to its end: "نيوز:-", "بيروت-"): its offset in the
// token, or npos when the token has none at its end.
size_t SeparatorStart(std::string_view t) {
  size_t i = t.size();
  while (i > 0) {
    size_t start = LastCodePointStart(t.substr(0, i));
    size_t pos = start;
    char32_t c = text::DecodeUtf8(t, &pos);
    if (!IsDash(c) && c != ':') break;
    i = start;
  }
  return i == t.size() ? std::string_view::npos : i;
}

bool SeparatorHasColon(std::string_view separator) {
  return separator.find(':') != std::string_view::npos;
}

// Checks the words of a dateline part; counts them into *words (a
// parenthesized group counts its words; *outside counts the others).
bool ValidTagWords(std::string_view text, const Token* tokens, size_t count,
                   size_t* words, size_t* outside) {
  bool in_parens = false;
  for (size_t i = 0; i < count; ++i) {
    std::string_view raw =
        text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    bool opens = raw.front() == '(';
    bool closes = raw.back() == ')';
    if (opens) in_parens = true;
    std::string_view word = StripWordPunctuation(raw);
    if (word.empty()) return false;
    size_t pos = 0;
    while (pos < word.size()) {
      char32_t c = text::DecodeUtf8(word, &pos);
      // Agencies write dots inside parens: "(أ.ف.ب)".
      if (c == '.' && in_parens) continue;
      if (!IsLetter(c) && !text::IsArabicMark(c) && c != text::kTatweel) {
        return false;
      }
    }
    // Only a comma may follow a word outside parens: "دمشق، سوريا".
    if (!in_parens) {
      const auto offset = static_cast<size_t>(word.data() - raw.data());
      std::string_view tail = raw.substr(offset + word.size());
      if (offset > 0 || (!tail.empty() && tail != "\u060C" && tail != ",")) {
        return false;
      }
    }
    if (IsNotTagWord(FoldForMatch(word))) return false;
    ++*words;
    if (!in_parens) ++*outside;
    if (closes) in_parens = false;
  }
  return !in_parens;
}

// A word with an attached "her / their" pronoun ("بمعناها", "رأيهم"): no
// agency or paper name ends so.
bool HasPronounSuffix(std::string_view folded_word) {
  constexpr std::string_view kSuffixes[] = {"\u0647\u0627", "\u0647\u0645",
                                            "\u0647\u0645\u0627"};
  // At least three letters (six bytes) before the suffix.
  for (std::string_view suffix : kSuffixes) {
    if (folded_word.size() >= suffix.size() + 6 &&
        folded_word.substr(folded_word.size() - suffix.size()) == suffix) {
      return true;
    }
  }
  return false;
}

// Skips blanks from `pos`; returns the new position.
size_t SkipBlanks(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    size_t next = pos;
    if (!IsBlank(text::DecodeUtf8(text, &next))) break;
    pos = next;
  }
  return pos;
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
  const size_t words = CountWordsFast(line, kMaxCaptionWords + 1);
  if (words > kMaxCaptionWords) {
    return StartsWithBullet(line) &&
           CountWordsFast(line, kMaxTeaserWords + 1) <= kMaxTeaserWords &&
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

std::string_view ParseByline(std::string_view line) {
  line = TrimBlanks(line);
  const size_t words = CountWordsFast(line, kMaxBylineWords + 1);
  if (words == 0 || words > kMaxBylineWords) return {};
  // The keyword: up to a blank, a colon or a dash.
  size_t keyword_end = 0;
  while (keyword_end < line.size()) {
    size_t next = keyword_end;
    char32_t c = text::DecodeUtf8(line, &next);
    if (IsBlank(c) || c == ':' || IsDash(c)) break;
    keyword_end = next;
  }
  const std::string keyword = FoldForMatch(line.substr(0, keyword_end));
  const bool bare = Sets().bare_byline.Contains(keyword);
  if (!bare && !Sets().byline.Contains(keyword)) return {};
  size_t pos = SkipBlanks(line, keyword_end);
  bool separated = false;
  while (pos < line.size()) {
    size_t next = pos;
    char32_t c = text::DecodeUtf8(line, &next);
    if (c != ':' && !IsDash(c)) break;
    separated = true;
    pos = next;
  }
  if (!separated && !bare) return {};
  if (pos == keyword_end) return {};  // "Byron": the keyword needs a blank
  std::string_view name = line.substr(SkipBlanks(line, pos));
  // "كتب: X - تصوير: Y", "By X | Reuters": the name ends at a separator.
  for (std::string_view stop : {" - ", " | ", " \u2013 ", " \u2014 "}) {
    size_t at = name.find(stop);
    if (at != std::string_view::npos) name = name.substr(0, at);
  }
  name = TrimBlanks(name);
  while (!name.empty() && name.back() == '.') name.remove_suffix(1);
  name = TrimBlanks(name);
  const size_t name_words = CountWordsFast(name, kMaxAuthorWords + 1);
  if (name_words == 0 || name_words > kMaxAuthorWords) return {};
  // Dots may stand in a name ("د. محمد", "J. Smith"); other sentence
  // punctuation may not.
  if (!HasLetter(name) || HasDigit(name) ||
      name.find_first_of("!?:") != std::string_view::npos ||
      name.find("\u061F") != std::string_view::npos ||
      name.find("\u2026") != std::string_view::npos) {
    return {};
  }
  size_t first_end = name.find(' ');
  std::string first = FoldForMatch(name.substr(
      0, first_end == std::string_view::npos ? name.size() : first_end));
  if (Sets().not_tag.Contains(first)) return {};
  if (keyword == "by") {
    // "By X": a name starts with a capital or an Arabic letter.
    size_t p = 0;
    char32_t c = text::DecodeUtf8(name, &p);
    if (!(c >= 'A' && c <= 'Z') && !text::IsArabicLetter(c)) return {};
  }
  return name;
}

size_t LeadingDatelineLength(std::string_view text) {
  Token tokens[kMaxDatelineTokens];
  const size_t count = Tokenize(text, tokens, kMaxDatelineTokens);
  auto token_text = [&](size_t i) {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  };
  // The first separator: a token that is or ends with dashes / a colon.
  size_t sep = 0;
  size_t sep_offset = std::string_view::npos;
  for (; sep < count; ++sep) {
    sep_offset = SeparatorStart(token_text(sep));
    if (sep_offset != std::string_view::npos) break;
  }
  if (sep == count) return 0;
  const std::string_view sep_token = token_text(sep);
  const bool glued = sep_offset > 0;
  // The words before the separator, the glued one included.
  Token head[kMaxDatelineTokens];
  size_t head_count = 0;
  for (size_t i = 0; i < sep; ++i) head[head_count++] = tokens[i];
  if (glued) {
    // A glued separator needs a word or ")" before it: "(CNN)--", "بيروت-".
    head[head_count++] =
        Token{tokens[sep].begin, tokens[sep].begin + sep_offset};
  }
  if (head_count == 0) return 0;
  size_t words = 0, outside = 0;
  if (!ValidTagWords(text, head, head_count, &words, &outside)) return 0;
  const bool colon = SeparatorHasColon(sep_token.substr(sep_offset));
  // A colon glued to the word before it follows one place name ("الرياض:");
  // after more words it ends an inline heading ("تحقيق رسمي:"). Source tags
  // put a blank before it ("السودان اليوم :", "المدينة نيوز :-").
  const std::string_view last_word = StripWordPunctuation(
      text.substr(head[head_count - 1].begin,
                  head[head_count - 1].end - head[head_count - 1].begin));
  const bool media_name = Sets().media_name.Contains(FoldForMatch(last_word));
  const size_t max_outside =
      colon ? (glued && !media_name ? 1 : kMaxWordsBeforeColon)
            : kMaxWordsBeforeDash;
  if (outside > max_outside) return 0;
  if (words > kMaxDatelineWords) return 0;
  size_t end = SkipBlanks(text, tokens[sep].end);
  // "السودان اليوم : – استقرت": more separators after the first go too.
  size_t next = sep + 1;
  while (next < count && tokens[next].begin == end &&
         SeparatorStart(token_text(next)) == 0) {
    end = SkipBlanks(text, tokens[next].end);
    ++next;
  }
  if (colon) {
    // "الرياض: «...»" introduces a quote, not a story.
    size_t pos = end;
    if (pos < text.size() && IsQuote(text::DecodeUtf8(text, &pos))) return 0;
  } else {
    // A second part between dashes: "القاهرة - أ ش أ - ", "عمان - الرأي - ".
    size_t last = std::min(count, next + kMaxAgencyWords + 1);
    for (size_t i = next; i < last; ++i) {
      size_t offset = SeparatorStart(token_text(i));
      if (offset == std::string_view::npos) continue;
      if (SeparatorHasColon(token_text(i).substr(offset))) break;
      Token part[kMaxDatelineTokens];
      size_t part_count = 0;
      for (size_t k = next; k < i; ++k) part[part_count++] = tokens[k];
      if (offset > 0) {
        part[part_count++] = Token{tokens[i].begin, tokens[i].begin + offset};
      }
      if (part_count == 0) break;
      // Words between two dashes that are no agency make the dashes a
      // parenthesis: "الطبيعة - بمعناها العام - تعني ..." and "بيروت - قال
      // الرئيس - في كلمة ..." have no tag we can trust.
      size_t part_words = 0, part_outside = 0;
      if (part_count > kMaxAgencyWords ||
          !ValidTagWords(text, part, part_count, &part_words, &part_outside) ||
          words + part_words > kMaxDatelineWords) {
        return 0;
      }
      for (size_t k = 0; k < part_count; ++k) {
        if (HasPronounSuffix(FoldForMatch(
                text.substr(part[k].begin, part[k].end - part[k].begin)))) {
          return 0;
        }
      }
      end = SkipBlanks(text, tokens[i].end);
      break;
    }
  }
  // Text must follow the tag.
  if (!HasLetter(text.substr(end)) && !HasDigit(text.substr(end))) return 0;
  return end;
}

size_t LeadingListMarkerLength(std::string_view text) {
  // Markers, possibly with blanks between them: "- - ".
  size_t end = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    char32_t c = text::DecodeUtf8(text, &next);
    if (!IsBulletCodePoint(c) && !IsDash(c) && c != '*') break;
    end = SkipBlanks(text, next);
    pos = end;
  }
  if (end == 0) return 0;
  // "-3 درجات" is a negative number and "--(بترا)" a credit: a marker is
  // followed by a word.
  size_t next = end;
  if (end >= text.size() || !IsLetter(text::DecodeUtf8(text, &next))) {
    return 0;
  }
  return end;
}

std::string_view LeadingDateline(std::string_view text) {
  std::string_view tag = text.substr(0, LeadingDatelineLength(text));
  while (!tag.empty()) {
    size_t start = LastCodePointStart(tag);
    size_t pos = start;
    char32_t c = text::DecodeUtf8(tag, &pos);
    if (!IsBlank(c) && !IsDash(c) && c != ':') break;
    tag.remove_suffix(tag.size() - start);
  }
  return tag;
}

}  // namespace khulasa::article
