#include "src/speech/number_forms.h"

#include <array>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/speech/number_words.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

using number_words::Conjoin;
using number_words::kTens;

struct Gendered {
  const char* masculine;
  const char* feminine;
};

// Ordinals 1-10 without al-: awwal/ula, thani/thaniya ... ashir/ashira.
constexpr std::array<Gendered, 11> kOrdinals = {{
    {"", ""},
    {"\u0623\u064e\u0648\u0651\u064e\u0644",
     "\u0623\u064f\u0648\u0644\u064e\u0649"},
    {"\u062b\u064e\u0627\u0646\u0650\u064a",
     "\u062b\u064e\u0627\u0646\u0650\u064a\u064e\u0629"},
    {"\u062b\u064e\u0627\u0644\u0650\u062b",
     "\u062b\u064e\u0627\u0644\u0650\u062b\u064e\u0629"},
    {"\u0631\u064e\u0627\u0628\u0650\u0639",
     "\u0631\u064e\u0627\u0628\u0650\u0639\u064e\u0629"},
    {"\u062e\u064e\u0627\u0645\u0650\u0633",
     "\u062e\u064e\u0627\u0645\u0650\u0633\u064e\u0629"},
    {"\u0633\u064e\u0627\u062f\u0650\u0633",
     "\u0633\u064e\u0627\u062f\u0650\u0633\u064e\u0629"},
    {"\u0633\u064e\u0627\u0628\u0650\u0639",
     "\u0633\u064e\u0627\u0628\u0650\u0639\u064e\u0629"},
    {"\u062b\u064e\u0627\u0645\u0650\u0646",
     "\u062b\u064e\u0627\u0645\u0650\u0646\u064e\u0629"},
    {"\u062a\u064e\u0627\u0633\u0650\u0639",
     "\u062a\u064e\u0627\u0633\u0650\u0639\u064e\u0629"},
    {"\u0639\u064e\u0627\u0634\u0650\u0631",
     "\u0639\u064e\u0627\u0634\u0650\u0631\u064e\u0629"},
}};
// The unit of 11-19 and 21-99: hadi/hadiya for one.
constexpr Gendered kFirstInCompound = {
    "\u062d\u064e\u0627\u062f\u0650\u064a",
    "\u062d\u064e\u0627\u062f\u0650\u064a\u064e\u0629"};
constexpr Gendered kTenInTeens = {"\u0639\u064e\u0634\u064e\u0631",
                                  "\u0639\u064e\u0634\u0652\u0631\u064e\u0629"};

// A feminine noun counted by 3-10 takes these (thalath daqa'iq); 1 and 2
// are said by the noun alone, 11 and 12 as ihda / ithnata ashra.
constexpr std::array<const char*, 11> kFeminineCounts = {
    "",
    "",
    "",
    "\u062b\u064e\u0644\u064e\u0627\u062b",
    "\u0623\u064e\u0631\u0652\u0628\u064e\u0639",
    "\u062e\u064e\u0645\u0652\u0633",
    "\u0633\u0650\u062a\u0651",
    "\u0633\u064e\u0628\u0652\u0639",
    "\u062b\u064e\u0645\u064e\u0627\u0646\u0650\u064a",
    "\u062a\u0650\u0633\u0652\u0639",
    "\u0639\u064e\u0634\u0652\u0631"};
constexpr char kFeminineOne[] = "\u0625\u0650\u062d\u0652\u062f\u064e\u0649";
constexpr char kFeminineTwo[] =
    "\u0627\u0650\u062b\u0652\u0646\u064e\u062a\u064e\u0627\u0646";
constexpr char kFeminineTwelve[] =
    "\u0627\u0650\u062b\u0652\u0646\u064e\u062a\u064e\u0627";
constexpr char kMinute[] = "\u062f\u064e\u0642\u0650\u064a\u0642\u064e\u0629";
constexpr char kMinuteDual[] =
    "\u062f\u064e\u0642\u0650\u064a\u0642\u064e\u062a\u064e\u0627\u0646";
constexpr char kMinutes[] = "\u062f\u064e\u0642\u064e\u0627\u0626\u0650\u0642";
constexpr char kQuarter[] =
    "\u0648\u064e\u0671\u0644\u0631\u0651\u064f\u0628\u064f\u0639";
constexpr char kHalf[] =
    "\u0648\u064e\u0671\u0644\u0646\u0651\u0650\u0635\u0652\u0641";
constexpr char kThird[] =
    "\u0648\u064e\u0671\u0644\u062b\u0651\u064f\u0644\u064f\u062b";

// al- + word: the sun letter doubled (ash-shams), hamzat al-wasl after it
// taking the helper kasra (al-ithnayn), else al + sukun.
std::string Definite(std::string_view word) {
  size_t pos = 0;
  const char32_t first = word.empty() ? 0 : text::DecodeUtf8(word, &pos);
  std::string out;
  text::AppendUtf8(text::kAlef, &out);
  text::AppendUtf8(text::kLam, &out);
  if (first == text::kAlef || first == text::kAlefWasla) {
    text::AppendUtf8(text::kKasra, &out);
    text::AppendUtf8(text::kAlef, &out);
    size_t rest = pos;  // the alef's own kasra goes
    if (rest < word.size() && text::DecodeUtf8(word, &pos) == text::kKasra) {
      rest = pos;
    }
    out.append(word.substr(rest));
    return out;
  }
  if (text::IsSunLetter(first)) {
    out.append(word.substr(0, pos));
    text::AppendUtf8(text::kShadda, &out);
    out.append(word.substr(pos));
    return out;
  }
  text::AppendUtf8(text::kSukun, &out);
  out.append(word);
  return out;
}

// Every word of `words` made definite; "wa" + word becomes wa + al-word.
std::string DefiniteWords(std::string_view words) {
  const std::string_view waw = number_words::kWaw;
  std::string out;
  size_t begin = 0;
  while (begin < words.size()) {
    size_t end = words.find(' ', begin);
    if (end == std::string_view::npos) end = words.size();
    std::string_view word = words.substr(begin, end - begin);
    begin = end + 1;
    if (!out.empty()) out += ' ';
    if (word.substr(0, waw.size()) == waw && word.size() > waw.size()) {
      out += waw;
      word.remove_prefix(waw.size());
    }
    out += Definite(word);
  }
  return out;
}

const char* Pick(const Gendered& g, bool feminine) {
  return feminine ? g.feminine : g.masculine;
}

// Minutes 1-59 counted in daqiqa.
std::string Minutes(int minute) {
  if (minute == 1) return kMinute;
  if (minute == 2) return kMinuteDual;
  if (minute <= 10) return absl::StrCat(kFeminineCounts[minute], " ", kMinutes);
  if (minute < 20) {
    const char* unit = minute == 11   ? kFeminineOne
                       : minute == 12 ? kFeminineTwelve
                                      : kFeminineCounts[minute - 10];
    // The unit of 13-19 takes fatha before ashra.
    return absl::StrCat(unit, minute >= 13 ? "\u064e" : "", " ",
                        kTenInTeens.feminine, " ", kMinute);
  }
  std::string count;
  const int unit = minute % 10;
  if (unit != 0) {
    count = unit == 1   ? kFeminineOne
            : unit == 2 ? kFeminineTwo
                        : kFeminineCounts[unit];
    count += ' ';
    count += Conjoin(kTens[minute / 10].nominative);
  } else {
    count = kTens[minute / 10].nominative;
  }
  return absl::StrCat(count, " ", kMinute);
}

struct NamedNoun {
  const char* symbol;
  CountedNoun noun;
};

constexpr CountedNoun kDollar = {
    "\u062f\u064f\u0648\u0644\u064e\u0627\u0631",
    "\u062f\u064f\u0648\u0644\u064e\u0627\u0631\u064e\u0627\u0646",
    "\u062f\u064f\u0648\u0644\u064e\u0627\u0631\u064e\u064a\u0652\u0646",
    "\u062f\u064f\u0648\u0644\u064e\u0627\u0631\u064e\u0627\u062a",
    "\u062f\u064f\u0648\u0644\u064e\u0627\u0631\u064b\u0627"};
constexpr CountedNoun kEuro = {"\u064a\u064f\u0648\u0631\u064f\u0648",
                               "\u064a\u064f\u0648\u0631\u064f\u0648",
                               "\u064a\u064f\u0648\u0631\u064f\u0648",
                               "\u064a\u064f\u0648\u0631\u064f\u0648",
                               "\u064a\u064f\u0648\u0631\u064f\u0648"};
constexpr CountedNoun kPound = {
    "\u062c\u064f\u0646\u064e\u064a\u0652\u0647 "
    "\u0625\u0650\u0633\u0652\u062a\u064e\u0631\u0652\u0644\u0650\u064a\u0646"
    "\u0650\u064a\u0651",
    "\u062c\u064f\u0646\u064e\u064a\u0652\u0647\u064e\u0627\u0646 "
    "\u0625\u0650\u0633\u0652\u062a\u064e\u0631\u0652\u0644\u0650\u064a\u0646"
    "\u0650\u064a\u0651\u064e\u0627\u0646",
    "\u062c\u064f\u0646\u064e\u064a\u0652\u0647\u064e\u064a\u0652\u0646 "
    "\u0625\u0650\u0633\u0652\u062a\u064e\u0631\u0652\u0644\u0650\u064a\u0646"
    "\u0650\u064a\u0651\u064e\u064a\u0652\u0646",
    "\u062c\u064f\u0646\u064e\u064a\u0652\u0647\u064e\u0627\u062a "
    "\u0625\u0650\u0633\u0652\u062a\u064e\u0631\u0652\u0644\u0650\u064a\u0646"
    "\u0650\u064a\u0651\u064e\u0629",
    "\u062c\u064f\u0646\u064e\u064a\u0652\u0647\u064b\u0627 "
    "\u0625\u0650\u0633\u0652\u062a\u064e\u0631\u0652\u0644\u0650\u064a\u0646"
    "\u0650\u064a\u0651\u064b\u0627"};
constexpr CountedNoun kKilometre = {
    "\u0643\u0650\u064a\u0644\u064f\u0648\u0645\u0650\u062a\u0652\u0631",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u0645\u0650\u062a\u0652\u0631\u064e"
    "\u0627\u0646",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u0645\u0650\u062a\u0652\u0631\u064e"
    "\u064a\u0652\u0646",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u0645\u0650\u062a\u0652\u0631\u064e"
    "\u0627\u062a",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u0645\u0650\u062a\u0652\u0631\u064b"
    "\u0627"};
constexpr CountedNoun kKilogram = {
    "\u0643\u0650\u064a\u0644\u064f\u0648\u063a\u0652\u0631\u064e\u0627\u0645",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u063a\u0652\u0631\u064e\u0627\u0645"
    "\u064e\u0627\u0646",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u063a\u0652\u0631\u064e\u0627\u0645"
    "\u064e\u064a\u0652\u0646",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u063a\u0652\u0631\u064e\u0627\u0645"
    "\u064e\u0627\u062a",
    "\u0643\u0650\u064a\u0644\u064f\u0648\u063a\u0652\u0631\u064e\u0627\u0645"
    "\u064b\u0627"};
constexpr CountedNoun kCentimetre = {
    "\u0633\u064e\u0646\u0652\u062a\u0650\u064a\u0645\u0650\u062a\u0652\u0631",
    "\u0633\u064e\u0646\u0652\u062a\u0650\u064a\u0645\u0650\u062a\u0652\u0631"
    "\u064e\u0627\u0646",
    "\u0633\u064e\u0646\u0652\u062a\u0650\u064a\u0645\u0650\u062a\u0652\u0631"
    "\u064e\u064a\u0652\u0646",
    "\u0633\u064e\u0646\u0652\u062a\u0650\u064a\u0645\u0650\u062a\u0652\u0631"
    "\u064e\u0627\u062a",
    "\u0633\u064e\u0646\u0652\u062a\u0650\u064a\u0645\u0650\u062a\u0652\u0631"
    "\u064b\u0627"};
constexpr CountedNoun kMillimetre = {
    "\u0645\u0650\u0644\u0651\u0650\u064a\u0645\u0650\u062a\u0652\u0631",
    "\u0645\u0650\u0644\u0651\u0650\u064a\u0645\u0650\u062a\u0652\u0631\u064e"
    "\u0627\u0646",
    "\u0645\u0650\u0644\u0651\u0650\u064a\u0645\u0650\u062a\u0652\u0631\u064e"
    "\u064a\u0652\u0646",
    "\u0645\u0650\u0644\u0651\u0650\u064a\u0645\u0650\u062a\u0652\u0631\u064e"
    "\u0627\u062a",
    "\u0645\u0650\u0644\u0651\u0650\u064a\u0645\u0650\u062a\u0652\u0631\u064b"
    "\u0627"};
constexpr CountedNoun kMegawatt = {
    "\u0645\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u0645\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u0645\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u0645\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u0645\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637"};
constexpr CountedNoun kGigawatt = {
    "\u063a\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u063a\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u063a\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u063a\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637",
    "\u063a\u0650\u064a\u063a\u064e\u0627\u0648\u064e\u0627\u0637"};
constexpr CountedNoun kCelsius = {
    "\u062f\u064e\u0631\u064e\u062c\u064e\u0629 "
    "\u0645\u0650\u0626\u064e\u0648\u0650\u064a\u0651\u064e\u0629",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u062a\u064e\u0627\u0646 "
    "\u0645\u0650\u0626\u064e\u0648\u0650\u064a\u0651\u064e\u062a\u064e\u0627"
    "\u0646",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u062a\u064e\u064a\u0652\u0646 "
    "\u0645\u0650\u0626\u064e\u0648\u0650\u064a\u0651\u064e\u062a\u064e\u064a"
    "\u0652\u0646",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u0627\u062a "
    "\u0645\u0650\u0626\u064e\u0648\u0650\u064a\u0651\u064e\u0629",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u0629 "
    "\u0645\u0650\u0626\u064e\u0648\u0650\u064a\u0651\u064e\u0629"};
constexpr CountedNoun kDegree = {
    "\u062f\u064e\u0631\u064e\u062c\u064e\u0629",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u062a\u064e\u0627\u0646",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u062a\u064e\u064a\u0652\u0646",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u0627\u062a",
    "\u062f\u064e\u0631\u064e\u062c\u064e\u0629"};

constexpr std::array<NamedNoun, 20> kNouns = {{
    {"$", kDollar},
    {"\u20ac", kEuro},
    {"\u00a3", kPound},
    {"km", kKilometre},
    {"\u0643\u0645", kKilometre},
    {"\u0643\u0644\u0645", kKilometre},
    {"kg", kKilogram},
    {"\u0643\u063a", kKilogram},
    {"\u0643\u062c\u0645", kKilogram},
    {"cm", kCentimetre},
    {"\u0633\u0645", kCentimetre},
    {"mm", kMillimetre},
    {"\u0645\u0645", kMillimetre},
    {"\u0645\u0644\u0645", kMillimetre},
    {"MW", kMegawatt},
    {"GW", kGigawatt},
    {"\u00b0C", kCelsius},
    {"\u2103", kCelsius},
    {"\u00b0", kDegree},
    {"KM", kKilometre},
}};

}  // namespace

absl::StatusOr<std::string> ReadOrdinal(int n, bool feminine) {
  if (n < 1 || n > 99) {
    return absl::OutOfRangeError(absl::StrCat("ordinal ", n, " is not 1-99"));
  }
  if (n <= 10) return Definite(Pick(kOrdinals[n], feminine));
  const int unit = n % 10;
  const char* unit_word = unit == 1 ? Pick(kFirstInCompound, feminine)
                                    : Pick(kOrdinals[unit], feminine);
  if (n < 20) {
    return absl::StrCat(Definite(unit_word), "\u064e", " ",
                        Pick(kTenInTeens, feminine));
  }
  const std::string tens = Definite(kTens[n / 10].genitive);
  if (unit == 0) return tens;
  return absl::StrCat(Definite(unit_word), " ", number_words::kWaw, tens);
}

absl::StatusOr<std::string> ReadClockTime(int hour, int minute) {
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
    return absl::OutOfRangeError(
        absl::StrCat("time ", hour, ":", minute, " is not a clock time"));
  }
  absl::StatusOr<std::string> out = ReadOrdinal(hour == 0 ? 12 : hour, true);
  if (!out.ok() || minute == 0) return out;
  switch (minute) {
    case 15:
      return absl::StrCat(*out, " ", kQuarter);
    case 20:
      return absl::StrCat(*out, " ", kThird);
    case 30:
      return absl::StrCat(*out, " ", kHalf);
    default:
      return absl::StrCat(*out, " ", Conjoin(Minutes(minute)));
  }
}

absl::StatusOr<std::string> ReadDefiniteCardinal(uint64_t n) {
  absl::StatusOr<std::string> words =
      ReadCardinal(n, GrammaticalCase::kGenitive);
  if (!words.ok()) return words;
  return DefiniteWords(*words);
}

const CountedNoun* FindCountedNoun(std::string_view symbol) {
  for (const NamedNoun& named : kNouns) {
    if (symbol == named.symbol) return &named.noun;
  }
  return nullptr;
}

}  // namespace khulasa::speech
