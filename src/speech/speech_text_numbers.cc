#include "src/speech/speech_text_numbers.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

#include "src/speech/number_reader.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

// Undiacritized words, alef variants unified to bare alef.
constexpr std::array<const char*, 25> kMonths = {
    "\u064a\u0646\u0627\u064a\u0631",
    "\u0641\u0628\u0631\u0627\u064a\u0631",
    "\u0645\u0627\u0631\u0633",
    "\u0627\u0628\u0631\u064a\u0644",
    "\u0645\u0627\u064a\u0648",
    "\u064a\u0648\u0646\u064a\u0648",
    "\u064a\u0648\u0644\u064a\u0648",
    "\u0627\u063a\u0633\u0637\u0633",
    "\u0633\u0628\u062a\u0645\u0628\u0631",
    "\u0627\u0643\u062a\u0648\u0628\u0631",
    "\u0646\u0648\u0641\u0645\u0628\u0631",
    "\u062f\u064a\u0633\u0645\u0628\u0631",
    "\u0643\u0627\u0646\u0648\u0646",
    "\u0634\u0628\u0627\u0637",
    "\u0627\u0630\u0627\u0631",
    "\u0646\u064a\u0633\u0627\u0646",
    "\u0627\u064a\u0627\u0631",
    "\u062d\u0632\u064a\u0631\u0627\u0646",
    "\u062a\u0645\u0648\u0632",
    "\u0627\u0628",
    "\u0627\u064a\u0644\u0648\u0644",
    "\u062a\u0634\u0631\u064a\u0646",
    "\u062c\u0627\u0646\u0641\u064a",
    "\u0641\u064a\u0641\u0631\u064a",
    "\u0627\u0641\u0631\u064a\u0644"};
constexpr std::array<const char*, 2> kMonthQualifiers = {
    "\u0627\u0644\u0627\u0648\u0644", "\u0627\u0644\u062b\u0627\u0646\u064a"};
constexpr std::array<const char*, 2> kQualifiedMonths = {
    "\u0643\u0627\u0646\u0648\u0646", "\u062a\u0634\u0631\u064a\u0646"};
constexpr std::array<const char*, 6> kYearWords = {
    "\u0639\u0627\u0645",       "\u0627\u0644\u0639\u0627\u0645",
    "\u0633\u0646\u0629",       "\u0627\u0644\u0633\u0646\u0629",
    "\u0644\u0639\u0627\u0645", "\u0628\u0639\u0627\u0645"};
// Prepositions, and nouns that take the number as their construct
// complement (bi-nisbat 12%, bi-qimat 150 milyun): genitive.
constexpr std::array<const char*, 19> kGenitiveBefore = {
    "\u0641\u064a",
    "\u0645\u0646",
    "\u0627\u0644\u0649",
    "\u0639\u0644\u0649",
    "\u0639\u0646",
    "\u0645\u0646\u0630",
    "\u062d\u062a\u0649",
    "\u0646\u062d\u0648",
    "\u0628\u064a\u0646",
    "\u0642\u0631\u0627\u0628\u0629",
    "\u062d\u0648\u0627\u0644\u064a",
    // Nouns a number follows in construct: "bi-nisbat", "bi-qimat" ...
    "\u0628\u0646\u0633\u0628\u0629",
    "\u0646\u0633\u0628\u0629",
    "\u0628\u0642\u064a\u0645\u0629",
    "\u0642\u064a\u0645\u0629",
    "\u0628\u062a\u0643\u0644\u0641\u0629",
    "\u062a\u0643\u0644\u0641\u0629",
    "\u0628\u0645\u0628\u0644\u063a",
    "\u0645\u0628\u0644\u063a",
};
constexpr char kOf[] = "\u0645\u0650\u0646\u0652";

// A word's letters without marks, alef forms unified.
std::string Bare(std::string_view word) {
  std::string out;
  size_t pos = 0;
  while (pos < word.size()) {
    const char32_t c = text::DecodeUtf8(word, &pos);
    if (text::IsArabicMark(c) || c == text::kTatweel) continue;
    text::AppendUtf8(text::IsAlefVariant(c) ? text::kAlef : c, &out);
  }
  return out;
}

template <size_t N>
bool IsOneOf(const std::string& bare, const std::array<const char*, N>& list) {
  for (const char* w : list) {
    if (bare == w) return true;
  }
  return false;
}

bool IsSeparator(char32_t c) {
  return c == ',' || c == text::kArabicThousandsSeparator;
}
bool IsDecimalPoint(char32_t c) {
  return c == '.' || c == text::kArabicDecimalSeparator;
}

// Code point index range of the Arabic word ending just before `pos`
// (skipping spaces), or {pos, pos} when there is none.
std::pair<size_t, size_t> WordBefore(const std::vector<CodePoint>& cps,
                                     size_t pos) {
  size_t end = pos;
  while (end > 0 && cps[end - 1].c == ' ') --end;
  size_t begin = end;
  while (begin > 0 && text::IsArabicWordChar(cps[begin - 1].c)) --begin;
  if (begin == end) return {pos, pos};
  return {begin, end};
}

// The Arabic word starting after `pos` (skipping spaces).
std::pair<size_t, size_t> WordAfter(const std::vector<CodePoint>& cps,
                                    size_t pos) {
  size_t begin = pos;
  while (begin < cps.size() && cps[begin].c == ' ') ++begin;
  size_t end = begin;
  while (end < cps.size() && text::IsArabicWordChar(cps[end].c)) ++end;
  if (begin == end) return {pos, pos};
  return {begin, end};
}

}  // namespace

SpeechText VerbalizeNumbers(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  auto bytes = [&](size_t b, size_t e) -> std::string_view {
    if (b >= e) return {};
    return std::string_view(in.text).substr(cps[b].begin,
                                            cps[e - 1].end - cps[b].begin);
  };
  auto bare_word = [&](std::pair<size_t, size_t> w) {
    return Bare(bytes(w.first, w.second));
  };
  SpeechTextBuilder out(in);
  size_t copied = 0;  // bytes of `in` already written
  size_t i = 0;
  while (i < cps.size()) {
    if (!text::IsAnyDigit(cps[i].c) ||
        (i > 0 && (text::IsAnyDigit(cps[i - 1].c)))) {
      ++i;
      continue;
    }
    // The number token: digits, separators and one decimal point, each
    // separator or point followed by a digit.
    size_t end = i + 1;
    bool has_point = false;
    while (end < cps.size()) {
      if (text::IsAnyDigit(cps[end].c)) {
        ++end;
      } else if (end + 1 < cps.size() && text::IsAnyDigit(cps[end + 1].c) &&
                 (IsSeparator(cps[end].c) ||
                  (IsDecimalPoint(cps[end].c) && !has_point))) {
        has_point = has_point || IsDecimalPoint(cps[end].c);
        end += 2;
      } else {
        break;
      }
    }
    const std::string_view number = bytes(i, end);
    size_t consumed = end;  // code points replaced by the words
    uint64_t value = 0;
    bool is_integer = !has_point;
    bool fits = true;  // the integer part fits kMaxReadableNumber
    for (size_t k = i; k < end; ++k) {
      if (IsDecimalPoint(cps[k].c)) break;
      const int d = text::DigitValue(cps[k].c);
      if (d < 0) continue;  // separator
      if (value > kMaxReadableNumber / 10) {
        fits = false;
        break;
      }
      value = value * 10 + static_cast<uint64_t>(d);
    }
    is_integer = is_integer && fits;
    if (!fits) value = 0;
    const auto before = WordBefore(cps, i);
    const std::string prev = bare_word(before);
    const std::string prev2 = bare_word(WordBefore(cps, before.first));
    const auto after = WordAfter(cps, end);
    const std::string next = bare_word(after);

    std::string words;
    absl::StatusOr<std::string> read;
    const bool after_month =
        IsOneOf(prev, kMonths) ||
        (IsOneOf(prev, kMonthQualifiers) && IsOneOf(prev2, kQualifiedMonths));
    const GrammaticalCase grammatical_case = IsOneOf(prev, kGenitiveBefore)
                                                 ? GrammaticalCase::kGenitive
                                                 : GrammaticalCase::kNominative;
    size_t percent = end;
    while (percent < cps.size() && cps[percent].c == ' ') ++percent;
    if (is_integer && value >= 1 && value <= 31 && IsOneOf(next, kMonths)) {
      read = ReadDayOrdinal(static_cast<int>(value));
      if (read.ok()) words = absl::StrCat(*read, " ", kOf);
    } else if (is_integer && (after_month || IsOneOf(prev, kYearWords)) &&
               value <= 9999) {
      read = ReadYear(value);
      if (read.ok()) words = *read;
    } else if (percent < cps.size() &&
               (cps[percent].c == '%' ||
                cps[percent].c == text::kArabicPercentSign)) {
      read = ReadNumber(number, grammatical_case);
      if (read.ok()) {
        words = absl::StrCat(*read, " ", std::string(PercentWord()));
        consumed = percent + 1;
      }
    } else if (value > 0 && after.first != after.second) {
      // An amount: "2 milyar" -> milyaran; "2.5 milyar" -> the number and
      // the vowelled singular.
      read =
          ReadCountedScale(is_integer ? value : 1,
                           bytes(after.first, after.second), grammatical_case);
      if (read.ok() && !is_integer) {
        absl::StatusOr<std::string> amount =
            ReadNumber(number, grammatical_case);
        read = amount.ok() ? absl::StrCat(*amount, " ", *read) : amount;
      }
      if (read.ok()) {
        words = *read;
        consumed = after.second;
      }
    }
    if (words.empty()) {
      read = ReadNumber(number, grammatical_case);
      if (read.ok()) {
        words = *read;
      } else {
        // Malformed grouping such as 1,50: read each digit run.
        size_t k = i;
        while (k < end) {
          size_t run_end = k;
          while (run_end < end && text::IsAnyDigit(cps[run_end].c)) ++run_end;
          if (run_end > k) {
            absl::StatusOr<std::string> run =
                ReadNumber(bytes(k, run_end), grammatical_case);
            if (run.ok())
              absl::StrAppend(&words, words.empty() ? "" : " ", *run);
          }
          k = run_end + 1;
        }
      }
    }
    if (words.empty()) {
      i = end;
      continue;
    }
    // "wa" written glued to the digits ("w2 milyar") carries no vowel; the
    // words need it (wa-milyaran, not "wmilyaran").
    if (i > 0 && cps[i - 1].c == text::kWaw &&
        (i == 1 || cps[i - 2].c == ' ') && cps[i - 1].begin >= copied) {
      out.Copy(copied, cps[i - 1].end);
      std::string fatha;
      text::AppendUtf8(text::kFatha, &fatha);
      out.Replace(cps[i - 1].begin, cps[i - 1].end, fatha);
      copied = cps[i].begin;
    }
    out.Copy(copied, cps[i].begin);
    out.Replace(cps[i].begin, cps[consumed - 1].end, words);
    copied = cps[consumed - 1].end;
    i = consumed;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
