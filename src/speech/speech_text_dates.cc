#include "src/speech/speech_text_dates.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

#include "src/speech/number_forms.h"
#include "src/speech/number_reader.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

// The Gregorian months as most Arab news media name them.
constexpr std::array<const char*, 13> kMonthNames = {
    "",
    "\u064a\u064e\u0646\u064e\u0627\u064a\u0650\u0631",
    "\u0641\u0650\u0628\u0631\u064e\u0627\u064a\u0650\u0631",
    "\u0645\u064e\u0627\u0631\u0650\u0633",
    "\u0623\u064e\u0628\u0631\u0650\u064a\u0644",
    "\u0645\u064e\u0627\u064a\u064f\u0648",
    "\u064a\u064f\u0648\u0646\u0652\u064a\u064f\u0648",
    "\u064a\u064f\u0648\u0644\u0652\u064a\u064f\u0648",
    "\u0623\u064f\u063a\u064f\u0633\u0652\u0637\u064f\u0633",
    "\u0633\u0650\u0628\u0652\u062a\u064e\u0645\u0652\u0628\u0650\u0631",
    "\u0623\u064f\u0643\u0652\u062a\u064f\u0648\u0628\u064e\u0631",
    "\u0646\u064f\u0648\u0641\u064e\u0645\u0652\u0628\u0650\u0631",
    "\u062f\u0650\u064a\u0633\u064e\u0645\u0652\u0628\u0650\u0631"};
constexpr char kOf[] = "\u0645\u0650\u0646\u0652";
constexpr char kAnd[] = "\u0648\u064e";
constexpr char kTo[] = "\u0625\u0650\u0644\u064e\u0649";
constexpr char kMorning[] = "\u0635\u064e\u0628\u064e\u0627\u062d\u064b\u0627";
constexpr char kEvening[] = "\u0645\u064e\u0633\u064e\u0627\u0621\u064b";
constexpr char kMorningLetter[] = "\u0635";
constexpr char kEveningLetter[] = "\u0645";

bool IsDateSeparator(char32_t c) { return c == '/' || c == '-' || c == '.'; }
bool IsDash(char32_t c) { return c == '-' || c == 0x2013; }

// A written number token: digit groups and the separators between them.
struct Token {
  std::vector<uint32_t> values;
  std::vector<size_t> lengths;  // digits per group
  std::vector<char32_t> separators;
  size_t end = 0;  // code point after the token
};

// Reads digit groups from cps[i] joined by one of / - . : and en dash,
// each followed by a digit.
Token ReadToken(const std::vector<CodePoint>& cps, size_t i) {
  Token token;
  while (true) {
    uint32_t value = 0;
    size_t length = 0;
    while (i < cps.size() && text::IsAnyDigit(cps[i].c)) {
      if (length < 9) {
        value = value * 10 + static_cast<uint32_t>(text::DigitValue(cps[i].c));
      }
      ++length;
      ++i;
    }
    token.values.push_back(value);
    token.lengths.push_back(length);
    if (i + 1 < cps.size() &&
        (IsDateSeparator(cps[i].c) || cps[i].c == ':' || IsDash(cps[i].c)) &&
        text::IsAnyDigit(cps[i + 1].c) && token.values.size() < 4) {
      token.separators.push_back(cps[i].c);
      ++i;
      continue;
    }
    break;
  }
  token.end = i;
  return token;
}

std::string DateWords(uint32_t day, uint32_t month, uint32_t year) {
  absl::StatusOr<std::string> ordinal = ReadDayOrdinal(static_cast<int>(day));
  absl::StatusOr<std::string> year_words = ReadYear(year);
  if (!ordinal.ok() || !year_words.ok()) return "";
  return absl::StrCat(*ordinal, " ", kOf, " ", kMonthNames[month], " ",
                      *year_words);
}

// The words of a date token, or "" when it is not one.
std::string ReadDate(const Token& t) {
  if (t.values.size() != 3 || t.separators[0] != t.separators[1] ||
      !IsDateSeparator(t.separators[0])) {
    return "";
  }
  auto valid = [](uint32_t d, uint32_t m) {
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
  };
  if (t.lengths[0] == 4 && t.lengths[1] <= 2 && t.lengths[2] <= 2 &&
      valid(t.values[2], t.values[1])) {
    return DateWords(t.values[2], t.values[1], t.values[0]);  // yyyy-mm-dd
  }
  if (t.lengths[2] != 4 || t.lengths[0] > 2 || t.lengths[1] > 2) return "";
  if (valid(t.values[0], t.values[1])) {
    return DateWords(t.values[0], t.values[1], t.values[2]);  // d/m/yyyy
  }
  if (valid(t.values[1], t.values[0])) {
    return DateWords(t.values[1], t.values[0], t.values[2]);  // m/d/yyyy
  }
  return "";
}

// The words of a clock time token, or "".
std::string ReadTime(const Token& t) {
  if (t.values.size() < 2 || t.values.size() > 3 || t.separators[0] != ':' ||
      (t.values.size() == 3 && t.separators[1] != ':') || t.lengths[0] > 2 ||
      t.lengths[1] != 2) {
    return "";
  }
  absl::StatusOr<std::string> words = ReadClockTime(
      static_cast<int>(t.values[0]), static_cast<int>(t.values[1]));
  return words.ok() ? *words : "";
}

// The bare letter ص or م (with any marks) standing alone at cps[i].
const char* DayHalfAt(const std::vector<CodePoint>& cps, std::string_view text,
                      size_t i, size_t* end) {
  if (i >= cps.size() || !text::IsArabicLetter(cps[i].c)) return nullptr;
  size_t k = i + 1;
  while (k < cps.size() && text::IsArabicMark(cps[k].c)) ++k;
  if (k < cps.size() && text::IsArabicWordChar(cps[k].c)) return nullptr;
  const std::string_view letter =
      text.substr(cps[i].begin, cps[i].end - cps[i].begin);
  *end = k;
  if (letter == kMorningLetter) return kMorning;
  if (letter == kEveningLetter) return kEvening;
  return nullptr;
}

// Whether the word before cps[i] (past spaces) is bayna: "between a and b".
bool AfterBetween(const std::vector<CodePoint>& cps, size_t i) {
  constexpr std::u32string_view kBetween = U"\u0628\u064a\u0646";
  while (i > 0 && cps[i - 1].c == ' ') --i;
  std::u32string letters;
  while (i > 0 && text::IsArabicWordChar(cps[i - 1].c)) {
    --i;
    if (text::IsArabicLetter(cps[i].c))
      letters.insert(letters.begin(), cps[i].c);
  }
  return letters == kBetween;
}

}  // namespace

SpeechText VerbalizeDatesAndTimes(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  SpeechTextBuilder out(in);
  size_t copied = 0;
  size_t i = 0;
  while (i < cps.size()) {
    const bool starts =
        text::IsAnyDigit(cps[i].c) &&
        (i == 0 || (!text::IsAnyDigit(cps[i - 1].c) && cps[i - 1].c != '.' &&
                    cps[i - 1].c != ','));
    if (!starts) {
      ++i;
      continue;
    }
    const Token token = ReadToken(cps, i);
    std::string words = ReadDate(token);
    if (words.empty()) words = ReadTime(token);
    if (!words.empty()) {
      out.Copy(copied, cps[i].begin);
      out.Replace(cps[i].begin, cps[token.end - 1].end, words);
      copied = cps[token.end - 1].end;
      if (token.separators[0] == ':') {
        size_t half_end = 0;
        const size_t half = token.end < cps.size() && cps[token.end].c == ' '
                                ? token.end + 1
                                : token.end;
        if (const char* said = DayHalfAt(cps, in.text, half, &half_end)) {
          out.Copy(copied, cps[half].begin);
          out.Replace(cps[half].begin, cps[half_end - 1].end, said);
          copied = cps[half_end - 1].end;
        }
      }
    } else if (token.values.size() == 2 && IsDash(token.separators[0]) &&
               token.lengths[0] <= 4 && token.lengths[1] <= 4 &&
               token.values[0] < token.values[1]) {
      // The dash: ila, or wa- after bayna (bayna 10 wa-15).
      const size_t dash = i + token.lengths[0];
      out.Copy(copied, cps[dash].begin);
      out.Replace(cps[dash].begin, cps[dash].end,
                  AfterBetween(cps, i) ? absl::StrCat(" ", kAnd)
                                       : absl::StrCat(" ", kTo, " "));
      copied = cps[dash].end;
    }
    i = token.end;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
