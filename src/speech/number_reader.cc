#include "src/speech/number_reader.h"

#include <array>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/speech/number_words.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

using Case = GrammaticalCase;

using number_words::Conjoin;
using number_words::Forms;
using number_words::kDecimalPoint;
using number_words::kHundreds;
using number_words::kPercent;
using number_words::kScales;
using number_words::kTeenUnits;
using number_words::kTen;
using number_words::kTens;
using number_words::kTwoHundredConstruct;
using number_words::kUnits;
using number_words::Scale;

const char* Pick(const Forms& forms, Case c) {
  return c == Case::kNominative ? forms.nominative : forms.genitive;
}

// Appends `words` to *out, joined with " wa-" when *out is not empty.
void AppendConjoined(std::string_view words, std::string* out) {
  if (out->empty()) {
    *out = std::string(words);
  } else {
    *out += ' ';
    *out += Conjoin(words);
  }
}

// 1-99.
std::string BelowHundred(int n, Case c) {
  if (n <= 10) return Pick(kUnits[n], c);
  if (n < 20) return absl::StrCat(Pick(kTeenUnits[n - 10], c), " ", kTen);
  std::string out;
  if (n % 10 != 0) out = Pick(kUnits[n % 10], c);
  AppendConjoined(Pick(kTens[n / 10], c), &out);
  return out;
}

// 1-999. `construct`: 200 takes its construct form (a counted noun
// follows).
std::string BelowThousand(int n, Case c, bool construct) {
  std::string out;
  if (n >= 100) {
    out = (n == 200 && construct) ? Pick(kTwoHundredConstruct, c)
                                  : Pick(kHundreds[n / 100], c);
  }
  if (n % 100 != 0) AppendConjoined(BelowHundred(n % 100, c), &out);
  return out;
}

// `count` (1-999) of `scale`: alf, alfan, thalathat alaf, ahada ashara alfan,
// mi'at alf, mi'a alf wa-alf ...
std::string CountedScale(int count, const Scale& scale, Case c) {
  if (count == 1) return scale.singular;
  if (count == 2) return Pick(scale.dual, c);
  const int rest = count % 100;
  if (rest >= 3 && rest <= 10) {
    return absl::StrCat(BelowThousand(count, c, false), " ", scale.plural);
  }
  if (rest >= 11) {
    return absl::StrCat(BelowThousand(count, c, false), " ", scale.accusative);
  }
  // 100, 200 ... 900, and 101/102-style counts: the hundreds take the
  // singular noun, then "and one/two more".
  std::string out =
      absl::StrCat(BelowThousand(count - rest, c, true), " ", scale.singular);
  if (rest == 1) AppendConjoined(scale.singular, &out);
  if (rest == 2) AppendConjoined(Pick(scale.dual, c), &out);
  return out;
}

std::string Cardinal(uint64_t n, Case c);

// `count` (1 to kMaxReadableNumber) of `scale`; past 999 the number, then
// the noun as after its last two digits.
std::string CountedAmount(uint64_t count, const Scale& scale, Case c) {
  if (count < 1000) return CountedScale(static_cast<int>(count), scale, c);
  const uint64_t rest = count % 100;
  const char* noun = (rest >= 3 && rest <= 10) ? scale.plural
                     : rest >= 11              ? scale.accusative
                                               : scale.singular;
  return absl::StrCat(Cardinal(count, c), " ", noun);
}

std::string Cardinal(uint64_t n, Case c) {
  if (n == 0) return Pick(kUnits[0], c);
  std::string out;
  for (size_t i = kScales.size(); i-- > 0;) {
    const Scale& scale = kScales[i];
    const int count = static_cast<int>((n / scale.value) % 1000);
    if (count != 0) AppendConjoined(CountedScale(count, scale, c), &out);
  }
  const int rest = static_cast<int>(n % 1000);
  if (rest != 0) AppendConjoined(BelowThousand(rest, c, false), &out);
  return out;
}

// Appends digit values from `text` to *digits; false on any non-digit.
bool CollectDigits(std::string_view text, std::string* digits) {
  size_t pos = 0;
  while (pos < text.size()) {
    const int value = text::DigitValue(text::DecodeUtf8(text, &pos));
    if (value < 0) return false;
    digits->push_back(static_cast<char>('0' + value));
  }
  return true;
}

std::string DigitByDigit(std::string_view digits, Case c) {
  std::string out;
  for (char d : digits) {
    if (!out.empty()) out += ' ';
    out += Pick(kUnits[d - '0'], c);
  }
  return out;
}

std::string ReadIntegerDigits(std::string_view digits, Case c) {
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return Pick(kUnits[0], c);
  if (digits.size() - first > 15) return DigitByDigit(digits, c);
  uint64_t n = 0;
  for (char d : digits.substr(first))
    n = n * 10 + static_cast<uint64_t>(d - '0');
  return Cardinal(n, c);
}

std::string ShowFragment(std::string_view text) {
  constexpr size_t kMax = 40;
  if (text.size() <= kMax) return std::string(text);
  size_t end = kMax;
  while (end > 0 &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(text[end]))) {
    --end;
  }
  return absl::StrCat(std::string(text.substr(0, end)), "...");
}

}  // namespace

absl::StatusOr<std::string> ReadCardinal(uint64_t n,
                                         GrammaticalCase grammatical_case) {
  if (n > kMaxReadableNumber) {
    return absl::OutOfRangeError(
        absl::StrCat("number ", n, " is too large to read (the limit is ",
                     kMaxReadableNumber, ")"));
  }
  return Cardinal(n, grammatical_case);
}

absl::StatusOr<std::string> ReadNumber(std::string_view number,
                                       GrammaticalCase grammatical_case) {
  auto invalid = [&number]() {
    return absl::InvalidArgumentError(
        absl::StrCat("not a number: '", ShowFragment(number), "'"));
  };
  if (number.empty()) return invalid();
  // Split off the decimal part.
  std::string_view integer = number;
  std::string_view fraction;
  bool has_point = false;
  for (std::string_view point :
       {std::string_view("."), std::string_view("\u066b")}) {
    const size_t at = number.find(point);
    if (at != std::string_view::npos) {
      integer = number.substr(0, at);
      fraction = number.substr(at + point.size());
      has_point = true;
      break;
    }
  }
  if (integer.empty() || (has_point && fraction.empty())) return invalid();
  // Integer part: digits, or groups of three after the first separator.
  std::string digits;
  size_t group_start = 0;
  int groups = 0;
  size_t first_group_digits = 0;
  while (group_start <= integer.size()) {
    size_t sep = std::string_view::npos;
    size_t sep_len = 0;
    for (std::string_view s :
         {std::string_view(","), std::string_view("\u066c")}) {
      const size_t at = integer.find(s, group_start);
      if (at < sep) {
        sep = at;
        sep_len = s.size();
      }
    }
    const std::string_view group = integer.substr(
        group_start, sep == std::string_view::npos ? std::string_view::npos
                                                   : sep - group_start);
    const size_t before = digits.size();
    if (group.empty() || !CollectDigits(group, &digits)) return invalid();
    const size_t count = digits.size() - before;
    if (groups == 0) {
      first_group_digits = count;
    } else if (count != 3) {
      return invalid();
    }
    ++groups;
    if (sep == std::string_view::npos) break;
    group_start = sep + sep_len;
  }
  if (groups > 1 && first_group_digits > 3) return invalid();
  std::string out = ReadIntegerDigits(digits, grammatical_case);
  if (!has_point) return out;
  std::string fraction_digits;
  if (!CollectDigits(fraction, &fraction_digits)) return invalid();
  absl::StrAppend(&out, " ", kDecimalPoint);
  // Leading zeros of the fraction are spoken: 1.05 is "one point zero five".
  size_t i = 0;
  while (i < fraction_digits.size() && fraction_digits[i] == '0') {
    absl::StrAppend(&out, " ", Pick(kUnits[0], grammatical_case));
    ++i;
  }
  if (i < fraction_digits.size()) {
    absl::StrAppend(
        &out, " ",
        ReadIntegerDigits(std::string_view(fraction_digits).substr(i),
                          grammatical_case));
  }
  return out;
}

absl::StatusOr<std::string> ReadYear(uint64_t year) {
  if (year > 9999) {
    return absl::OutOfRangeError(absl::StrCat("year ", year, " is past 9999"));
  }
  return Cardinal(year, Case::kGenitive);
}

absl::StatusOr<std::string> ReadDayOrdinal(int day) {
  // al-awwal ... al-hadi wa-th-thalathin.
  static constexpr std::array<const char*, 32> kDays = {
      "",
      "\u0627\u0644\u0652\u0623\u064e\u0648\u0651\u064e\u0644",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0646\u0650\u064a",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0644\u0650\u062b",
      "\u0627\u0644\u0631\u0651\u064e\u0627\u0628\u0650\u0639",
      "\u0627\u0644\u0652\u062e\u064e\u0627\u0645\u0650\u0633",
      "\u0627\u0644\u0633\u0651\u064e\u0627\u062f\u0650\u0633",
      "\u0627\u0644\u0633\u0651\u064e\u0627\u0628\u0650\u0639",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0645\u0650\u0646",
      "\u0627\u0644\u062a\u0651\u064e\u0627\u0633\u0650\u0639",
      "\u0627\u0644\u0652\u0639\u064e\u0627\u0634\u0650\u0631",
      "\u0627\u0644\u0652\u062d\u064e\u0627\u062f\u0650\u064a\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0646\u0650\u064a\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0644\u0650\u062b\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u0631\u0651\u064e\u0627\u0628\u0650\u0639\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u0652\u062e\u064e\u0627\u0645\u0650\u0633\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u0633\u0651\u064e\u0627\u062f\u0650\u0633\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u0633\u0651\u064e\u0627\u0628\u0650\u0639\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0645\u0650\u0646\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u062a\u0651\u064e\u0627\u0633\u0650\u0639\u064e "
      "\u0639\u064e\u0634\u064e\u0631",
      "\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a\u0646",
      "\u0627\u0644\u0652\u062d\u064e\u0627\u062f\u0650\u064a "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0646\u0650\u064a "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0644\u0650\u062b "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u0631\u0651\u064e\u0627\u0628\u0650\u0639 "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u0652\u062e\u064e\u0627\u0645\u0650\u0633 "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u0633\u0651\u064e\u0627\u062f\u0650\u0633 "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u0633\u0651\u064e\u0627\u0628\u0650\u0639 "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u062b\u0651\u064e\u0627\u0645\u0650\u0646 "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u062a\u0651\u064e\u0627\u0633\u0650\u0639 "
      "\u0648\u064e\u0627\u0644\u0652\u0639\u0650\u0634\u0652\u0631\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u062b\u0651\u064e\u0644\u064e\u0627\u062b\u0650\u064a"
      "\u0646",
      "\u0627\u0644\u0652\u062d\u064e\u0627\u062f\u0650\u064a "
      "\u0648\u064e\u0627\u0644\u062b\u0651\u064e\u0644\u064e\u0627\u062b\u0650"
      "\u064a\u0646",
  };
  if (day < 1 || day > 31) {
    return absl::OutOfRangeError(absl::StrCat("day ", day, " is not 1-31"));
  }
  return std::string(kDays[day]);
}

std::string_view PercentWord() { return kPercent; }

absl::StatusOr<std::string> ReadCountedScale(uint64_t count,
                                             std::string_view scale_word,
                                             GrammaticalCase grammatical_case) {
  // Compare letters only: the word may carry diacritics.
  std::string bare;
  size_t pos = 0;
  while (pos < scale_word.size()) {
    const char32_t c = text::DecodeUtf8(scale_word, &pos);
    if (text::IsArabicDiacritic(c)) continue;
    text::AppendUtf8(text::IsAlefVariant(c) ? text::kAlef : c, &bare);
  }
  const Scale* scale = nullptr;
  for (const Scale& s : kScales) {
    if (bare == s.bare) scale = &s;
  }
  if (scale == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", ShowFragment(scale_word), "' is not a scale word"));
  }
  if (count == 0 || count > kMaxReadableNumber) {
    return absl::OutOfRangeError(
        absl::StrCat("count ", count, " out of range"));
  }
  return CountedAmount(count, *scale, grammatical_case);
}

absl::StatusOr<std::string> ReadCountedNoun(uint64_t count,
                                            const CountedNoun& noun,
                                            GrammaticalCase grammatical_case) {
  if (count == 0 || count > kMaxReadableNumber) {
    return absl::OutOfRangeError(
        absl::StrCat("count ", count, " out of range"));
  }
  const Scale scale = {0,
                       "",
                       noun.singular,
                       {noun.dual_nominative, noun.dual_genitive},
                       noun.plural,
                       noun.accusative};
  return CountedAmount(count, scale, grammatical_case);
}

}  // namespace khulasa::speech
