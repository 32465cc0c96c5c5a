#include "src/article/html_date.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"

#include "src/text/arabic.h"
#include "src/text/latin.h"
#include "src/text/unify_alef.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

struct MonthName {
  std::string_view name;  // lower case; Arabic with bare alef (no hamza forms)
  int month;
};

// Month names as they appear on news pages. Arabic names are listed with
// hamza/madda alef forms folded to bare alef, the way Token() folds them.
constexpr MonthName kMonths[] = {
    {"january", 1},
    {"jan", 1},
    {"february", 2},
    {"feb", 2},
    {"march", 3},
    {"mar", 3},
    {"april", 4},
    {"apr", 4},
    {"may", 5},
    {"june", 6},
    {"jun", 6},
    {"july", 7},
    {"jul", 7},
    {"august", 8},
    {"aug", 8},
    {"september", 9},
    {"sept", 9},
    {"sep", 9},
    {"october", 10},
    {"oct", 10},
    {"november", 11},
    {"nov", 11},
    {"december", 12},
    {"dec", 12},
    // French, German, Spanish (fundus pages).
    {"janvier", 1},
    {"f\u00e9vrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"ao\u00fbt", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"d\u00e9cembre", 12},
    {"januar", 1},
    {"februar", 2},
    {"m\u00e4rz", 3},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    // Arabic: Egyptian/Gulf, Levantine (two-word names joined by a space)
    // and Maghrebi forms.
    {"\u064a\u0646\u0627\u064a\u0631", 1},
    {"\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062b\u0627\u0646\u064a", 1},
    {"\u062c\u0627\u0646\u0641\u064a", 1},
    {"\u064a\u0646\u064a\u0631", 1},
    {"\u0641\u0628\u0631\u0627\u064a\u0631", 2},
    {"\u0634\u0628\u0627\u0637", 2},
    {"\u0641\u064a\u0641\u0631\u064a", 2},
    {"\u0645\u0627\u0631\u0633", 3},
    {"\u0627\u0630\u0627\u0631", 3},
    {"\u0627\u0628\u0631\u064a\u0644", 4},
    {"\u0646\u064a\u0633\u0627\u0646", 4},
    {"\u0627\u0641\u0631\u064a\u0644", 4},
    {"\u0645\u0627\u064a\u0648", 5},
    {"\u0627\u064a\u0627\u0631", 5},
    {"\u0645\u0627\u064a", 5},
    {"\u064a\u0648\u0646\u064a\u0648", 6},
    {"\u064a\u0648\u0646\u064a\u0647", 6},
    {"\u062d\u0632\u064a\u0631\u0627\u0646", 6},
    {"\u062c\u0648\u0627\u0646", 6},
    {"\u064a\u0648\u0644\u064a\u0648", 7},
    {"\u064a\u0648\u0644\u064a\u0647", 7},
    {"\u062a\u0645\u0648\u0632", 7},
    {"\u062c\u0648\u064a\u0644\u064a\u0629", 7},
    {"\u064a\u0648\u0644\u064a\u0648\u0632", 7},
    {"\u0627\u063a\u0633\u0637\u0633", 8},
    {"\u0627\u0628", 8},
    {"\u0627\u0648\u062a", 8},
    {"\u063a\u0634\u062a", 8},
    {"\u0633\u0628\u062a\u0645\u0628\u0631", 9},
    {"\u0627\u064a\u0644\u0648\u0644", 9},
    {"\u0634\u062a\u0646\u0628\u0631", 9},
    {"\u0627\u0643\u062a\u0648\u0628\u0631", 10},
    {"\u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u0627\u0648\u0644", 10},
    {"\u0646\u0648\u0641\u0645\u0628\u0631", 11},
    {"\u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u062b\u0627\u0646\u064a", 11},
    {"\u0646\u0648\u0646\u0628\u0631", 11},
    {"\u062f\u064a\u0633\u0645\u0628\u0631", 12},
    {"\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u0627\u0648\u0644", 12},
    {"\u062f\u062c\u0646\u0628\u0631", 12},
};

// First words of the two-word Levantine names (kanun, tishrin).
constexpr std::string_view kTwoWordHeads[] = {"\u0643\u0627\u0646\u0648\u0646",
                                              "\u062a\u0634\u0631\u064a\u0646"};

enum class TokenKind { kNumber, kWord, kSeparator };

struct Token {
  TokenKind kind;
  std::string text;   // words: lower case, alef forms folded
  int64_t value = 0;  // numbers
  int digits = 0;     // numbers
  char sep = 0;       // separators: the ASCII character, or ' '
};

// Latin letters and the Arabic letters hamza .. yeh. Tatweel falls in that
// range and so stays in the word: a month name drawn out with tatweel is not
// matched.
bool IsWordChar(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (text::IsLatinExtendedLetter(c)) return true;
  return c >= text::kHamza && c <= text::kYeh;
}

// Lower case, hamza and madda alef forms as bare alef.
char32_t FoldChar(char32_t c) {
  return text::UnifyAlefChar(text::LowerLatin1Char(c));
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    const int digit = text::DigitValue(c);
    if (digit >= 0) {
      if (tokens.empty() || tokens.back().kind != TokenKind::kNumber) {
        tokens.push_back({TokenKind::kNumber, "", 0, 0, 0});
      }
      Token& t = tokens.back();
      if (t.digits < 9) t.value = t.value * 10 + digit;
      ++t.digits;
    } else if (IsWordChar(c)) {
      if (tokens.empty() || tokens.back().kind != TokenKind::kWord) {
        tokens.push_back({TokenKind::kWord, "", 0, 0, 0});
      }
      text::AppendUtf8(FoldChar(c), &tokens.back().text);
    } else if (text::IsHaraka(c)) {
      // Harakat sit inside words.
    } else {
      const char sep =
          (c == '-' || c == '/' || c == '.' || c == ':' || c == 'T')
              ? static_cast<char>(c)
              : ' ';
      if (!tokens.empty() && tokens.back().kind == TokenKind::kSeparator) {
        if (tokens.back().sep == ' ') tokens.back().sep = sep;
      } else {
        tokens.push_back({TokenKind::kSeparator, "", 0, 0, sep});
      }
    }
    if (tokens.size() > 4096) break;  // dates sit near the start
  }
  return tokens;
}

int MonthOf(const std::string& word) {
  for (const MonthName& m : kMonths) {
    if (word == m.name) return m.month;
  }
  return 0;
}

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool Valid(int64_t y, int64_t m, int64_t d) {
  if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return false;
  return !(m == 2 && d == 29 && !IsLeap(y));
}

std::string Format(int64_t y, int64_t m, int64_t d) {
  return absl::StrFormat("%04d-%02d-%02d", y, m, d);
}

// Numbers joined by one kind of separator: Y-M-D, D/M/Y, D.M.Y.
std::string NumericDate(const std::vector<Token>& t, size_t i) {
  if (i + 4 >= t.size() || t[i].kind != TokenKind::kNumber) return "";
  if (t[i + 1].kind != TokenKind::kSeparator ||
      t[i + 2].kind != TokenKind::kNumber ||
      t[i + 3].kind != TokenKind::kSeparator ||
      t[i + 4].kind != TokenKind::kNumber) {
    return "";
  }
  const char s1 = t[i + 1].sep;
  const char s2 = t[i + 3].sep;
  if (s1 != s2 || (s1 != '-' && s1 != '/' && s1 != '.')) return "";
  const Token& a = t[i];
  const Token& b = t[i + 2];
  const Token& c = t[i + 4];
  if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
    return Valid(a.value, b.value, c.value) ? Format(a.value, b.value, c.value)
                                            : "";
  }
  if (c.digits == 4 && a.digits <= 2 && b.digits <= 2) {
    if (Valid(c.value, b.value, a.value))
      return Format(c.value, b.value, a.value);
    if (Valid(c.value, a.value, b.value))
      return Format(c.value, a.value, b.value);
  }
  return "";
}

// Index of the month word at token i (joining two-word Levantine names), or
// 0. *last is set to the last token index of the name.
int MonthAt(const std::vector<Token>& t, size_t i, size_t* last) {
  if (t[i].kind != TokenKind::kWord) return 0;
  *last = i;
  for (std::string_view head : kTwoWordHeads) {
    if (t[i].text == head && i + 2 < t.size() &&
        t[i + 2].kind == TokenKind::kWord) {
      *last = i + 2;
      return MonthOf(t[i].text + " " + t[i + 2].text);
    }
  }
  return MonthOf(t[i].text);
}

bool IsNumberAt(const std::vector<Token>& t, size_t k) {
  return k < t.size() && t[k].kind == TokenKind::kNumber;
}

std::string NamedMonthDate(const std::vector<Token>& t, size_t i) {
  // Cheap filter first: a month name has a number next to it ("5 May",
  // "May 5") or is the head of a two-word name. Most words are neither.
  if (t[i].kind != TokenKind::kWord) return "";
  if (!(i >= 2 && IsNumberAt(t, i - 2)) && !IsNumberAt(t, i + 2) &&
      t[i].text != kTwoWordHeads[0] && t[i].text != kTwoWordHeads[1]) {
    return "";
  }
  size_t last = i;
  const int month = MonthAt(t, i, &last);
  if (month == 0) return "";
  // Skip a second name of the same month ("tishrin al-awwal/uktubar").
  size_t after = last + 1;
  if (after + 1 < t.size() && t[after].kind == TokenKind::kSeparator) {
    size_t last2 = after + 1;
    if (MonthAt(t, after + 1, &last2) == month) after = last2 + 1;
  }
  auto number_at = [&](size_t k) -> const Token* {
    if (k < t.size() && t[k].kind == TokenKind::kNumber) return &t[k];
    return nullptr;
  };
  // Day before the month ("5 December 2020"), year after it.
  const Token* day_before = (i >= 2) ? number_at(i - 2) : nullptr;
  const Token* next = number_at(after + 1);
  const Token* next2 = number_at(after + 3);
  if (day_before != nullptr && day_before->digits <= 2 && next != nullptr &&
      next->digits == 4 && Valid(next->value, month, day_before->value)) {
    return Format(next->value, month, day_before->value);
  }
  // Month first: "December 5, 2020".
  if (next != nullptr && next->digits <= 2 && next2 != nullptr &&
      next2->digits == 4 && Valid(next2->value, month, next->value)) {
    return Format(next2->value, month, next->value);
  }
  // Year first: "2020 December 5" is rare; "2020. december 5." (Hungarian).
  return "";
}

}  // namespace

std::string NormalizeHtmlDate(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text.substr(0, 1u << 16));
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string date = NumericDate(tokens, i);
    if (date.empty()) date = NamedMonthDate(tokens, i);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace khulasa::article
