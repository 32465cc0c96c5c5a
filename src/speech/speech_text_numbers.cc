#include "src/speech/speech_text_numbers.h"

#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

#include "src/speech/number_context_words.h"
#include "src/speech/number_forms.h"
#include "src/speech/number_reader.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

using number_context::kDefinitePrefixes;
using number_context::kGenitiveBefore;
using number_context::kMonthQualifiers;
using number_context::kMonths;
using number_context::kOrdinalNouns;
using number_context::kQualifiedMonths;
using number_context::kScalePlurals;
using number_context::kYearWords;
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

bool IsPercentSign(char32_t c) {
  return c == '%' || c == text::kArabicPercentSign;
}

bool IsSymbolChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' ||
         c == 0x00B0 || c == 0x2103 || c == 0x20AC || c == 0x00A3;
}

// Whether a bare word starts with al- or li-l-, after at most one
// proclitic letter (wa-l-, bi-l-).
bool StartsWithArticle(std::string_view bare) {
  constexpr std::string_view kAl = "\u0627\u0644";
  constexpr std::string_view kLil = "\u0644\u0644";
  if (bare.starts_with(kAl) || bare.starts_with(kLil)) return true;
  const std::string_view rest = bare.size() > 2 ? bare.substr(2) : "";
  return rest.starts_with(kAl) || rest.starts_with(kLil);
}

// A feminine noun: ends in teh marbuta or alef maksura.
bool IsFeminine(const std::string& bare) {
  const std::string_view view = bare;
  return view.ends_with("\u0629") || view.ends_with("\u0649");
}

// The currency or unit after the number token ending at cps[end] (glued or
// after one space): its noun and the code point after it.
std::pair<const CountedNoun*, size_t> NounAfter(
    const std::vector<CodePoint>& cps, std::string_view text, size_t end) {
  size_t begin = end;
  if (begin < cps.size() && cps[begin].c == ' ') ++begin;
  size_t stop = begin;
  const bool symbol = stop < cps.size() && IsSymbolChar(cps[stop].c);
  while (stop < cps.size() && (symbol ? IsSymbolChar(cps[stop].c)
                                      : text::IsArabicWordChar(cps[stop].c))) {
    ++stop;
  }
  if (stop == begin) return {nullptr, end};
  const std::string_view token =
      text.substr(cps[begin].begin, cps[stop - 1].end - cps[begin].begin);
  const CountedNoun* noun =
      FindCountedNoun(symbol ? std::string(token) : Bare(token));
  return {noun, noun == nullptr ? end : stop};
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
    size_t start = i;  // first code point the words replace
    // al- glued to the number (al-24, wa-l-24, li-l-24): the words replace
    // the article too; a proclitic before it stays.
    const bool glued = before.first != before.second && before.second == i;
    const bool definite = glued && IsOneOf(prev, kDefinitePrefixes);
    // The word that sets the case and counts as the noun before: past a
    // glued al- or a sign written first (%25, $5).
    const bool sign_first =
        i > 0 && (IsPercentSign(cps[i - 1].c) || cps[i - 1].c == '$' ||
                  cps[i - 1].c == 0x20AC || cps[i - 1].c == 0x00A3);
    const std::string sign_prev =
        sign_first ? bare_word(WordBefore(cps, i - 1)) : prev;
    const std::string& noun_before = definite ? prev2 : sign_prev;
    std::string article;  // li- when al- follows li-
    if (definite) {
      size_t letters = 0;
      for (size_t k = i; k-- > before.first && letters < 2;) {
        if (text::IsArabicLetter(cps[k].c) && ++letters == 2) start = k;
      }
      if (cps[start].c != text::kAlef) {
        article = "\u0644\u0650";  // li-: its lam then al- without alef
      }
    }
    // A currency sign before the number ($5), or a currency or unit after
    // it (5$, 5 km, 30 °C, 5 كم).
    const CountedNoun* noun = nullptr;
    size_t noun_end = end;
    if (i > 0 && (cps[i - 1].c == '$' || cps[i - 1].c == 0x20AC ||
                  cps[i - 1].c == 0x00A3)) {
      noun = FindCountedNoun(bytes(i - 1, i));
      start = i - 1;
    } else {
      std::tie(noun, noun_end) = NounAfter(cps, in.text, end);
    }
    const bool percent_first = i > 0 && IsPercentSign(cps[i - 1].c);
    if (percent_first) start = i - 1;
    if (cps[start].begin < copied) start = i;  // taken by the number before
    const bool after_month =
        IsOneOf(prev, kMonths) ||
        (IsOneOf(prev, kMonthQualifiers) && IsOneOf(prev2, kQualifiedMonths));
    const GrammaticalCase grammatical_case =
        IsOneOf(noun_before, kGenitiveBefore) ? GrammaticalCase::kGenitive
                                              : GrammaticalCase::kNominative;
    // An ordinal: after the century, the session ... (al-qarn 21), or al-N
    // after a definite noun and not before an indefinite one (ad-dawra
    // al-15, but al-24 sa'a).
    const bool counts_next = after.first != after.second &&
                             !StartsWithArticle(next) &&
                             !IsOneOf(next, kGenitiveBefore);
    const bool ordinal =
        is_integer && value >= 1 && value <= 99 && noun == nullptr &&
        (IsOneOf(noun_before, kOrdinalNouns) ||
         (definite && !counts_next && StartsWithArticle(noun_before)));
    size_t percent = end;
    while (percent < cps.size() && cps[percent].c == ' ') ++percent;
    if (is_integer && value >= 1 && value <= 31 && IsOneOf(next, kMonths)) {
      read = ReadDayOrdinal(static_cast<int>(value));
      if (read.ok()) words = absl::StrCat(*read, " ", kOf);
    } else if (is_integer && (after_month || IsOneOf(prev, kYearWords)) &&
               value <= 9999) {
      read = ReadYear(value);
      if (read.ok()) words = *read;
    } else if (percent_first ||
               (percent < cps.size() && IsPercentSign(cps[percent].c))) {
      read = ReadNumber(number, grammatical_case);
      if (read.ok()) {
        words = absl::StrCat(*read, " ", std::string(PercentWord()));
        if (!percent_first) consumed = percent + 1;
      }
    } else if (ordinal) {
      read = ReadOrdinal(static_cast<int>(value), IsFeminine(noun_before));
      if (read.ok()) words = *read;
    } else if (definite && is_integer) {
      read = ReadDefiniteCardinal(value);
      if (read.ok()) words = *read;
    } else if (value > 0 && after.first != after.second &&
               (read = ReadCountedScale(is_integer ? value : 1,
                                        bytes(after.first, after.second),
                                        grammatical_case))
                   .ok()) {
      // An amount: "2 milyar" -> milyaran; "2.5 milyar" -> the number and
      // the vowelled singular; "$2 milyar": then the currency.
      if (!is_integer) {
        absl::StatusOr<std::string> amount =
            ReadNumber(number, grammatical_case);
        read = amount.ok() ? absl::StrCat(*amount, " ", *read) : amount;
      }
      if (read.ok()) {
        words = *read;
        if (noun != nullptr && start < i) {
          absl::StrAppend(&words, " ", noun->singular);
        }
        consumed = after.second;
      }
    } else if (noun != nullptr && start < i && IsOneOf(next, kScalePlurals)) {
      // "$5 milyarat": the number, the scale word as written, the currency.
      read = ReadNumber(number, grammatical_case);
      if (read.ok()) {
        words = absl::StrCat(*read, " ",
                             std::string(bytes(after.first, after.second)), " ",
                             noun->singular);
        consumed = after.second;
      }
    } else if (noun != nullptr) {
      read = is_integer && value > 0
                 ? ReadCountedNoun(value, *noun, grammatical_case)
                 : ReadNumber(number, grammatical_case);
      if (read.ok()) {
        words = *read;
        if (!is_integer || value == 0) {
          absl::StrAppend(&words, " ", noun->singular);
        }
        consumed = noun_end;
      }
    }
    if (!article.empty() && std::string_view(words).starts_with("\u0627")) {
      // li- + al-: the article's alef is not written (li-l-arba'a).
      words = article + words.substr(2);
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
    if (start == i && i > 0 && cps[i - 1].c == text::kWaw &&
        (i == 1 || cps[i - 2].c == ' ') && cps[i - 1].begin >= copied) {
      out.Copy(copied, cps[i - 1].end);
      std::string fatha;
      text::AppendUtf8(text::kFatha, &fatha);
      out.Replace(cps[i - 1].begin, cps[i - 1].end, fatha);
      copied = cps[i].begin;
    }
    out.Copy(copied, cps[start].begin);
    out.Replace(cps[start].begin, cps[consumed - 1].end, words);
    copied = cps[consumed - 1].end;
    i = consumed;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
