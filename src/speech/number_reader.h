// Reads numbers as Modern Standard Arabic words for speech: cardinals up to
// 10^15 - 1 with the right dual, plural and accusative forms of alf,
// milyun, milyar and trilyun; decimals; percentages; years; day-of-month
// ordinals.
//
// The words are fully vowelled (espeak-ng reads undiacritized number words
// badly: bare thalatha comes out as "Tl'a:Tt") and, like a news reader,
// use pause forms: no final short vowel or tanween except inside a compound
// (ahada ashar). Shadda always comes before the short vowel. Case matters
// only where the spelling changes: nominative ithnan / ishrun, genitive
// (after a preposition, in years) ithnayn / ishrin. The counted
// noun's gender is not known here; the masculine forms are used.
// All functions are pure and thread-safe.
#ifndef KHULASA_SRC_SPEECH_NUMBER_READER_H_
#define KHULASA_SRC_SPEECH_NUMBER_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::speech {

enum class GrammaticalCase { kNominative, kGenitive };

// Largest number ReadCardinal accepts: 999 trillion ...
inline constexpr uint64_t kMaxReadableNumber = 999'999'999'999'999;

// The words for `n`, e.g. 2025 -> "alfan wa-khamsa wa-ishrun".
// kOutOfRange past kMaxReadableNumber.
absl::StatusOr<std::string> ReadCardinal(
    uint64_t n,
    GrammaticalCase grammatical_case = GrammaticalCase::kNominative);

// Reads a written number: ASCII, Arabic-Indic or Persian digits, optional
// thousands separators (",", U+066C) between groups of three, and an
// optional decimal part after "." or U+066B, read as
// "<integer> fasila <fraction as a number>" (2.5 -> ithnan fasila khamsa;
// leading fraction zeros are read one by one: 1.05 -> wahid fasila sifr
// khamsa).
// Integer parts longer than 15 digits are read digit by digit.
// kInvalidArgument when `number` is not such a number (the message shows it).
absl::StatusOr<std::string> ReadNumber(
    std::string_view number,
    GrammaticalCase grammatical_case = GrammaticalCase::kNominative);

// A year as read in a date: genitive cardinal (2025 -> alfayn wa-khamsa
// wa-ishrin). kOutOfRange for years past 9999.
absl::StatusOr<std::string> ReadYear(uint64_t year);

// The definite masculine ordinal for a day of the month, 1-31
// (17 -> as-sabi'a ashar). kOutOfRange otherwise.
absl::StatusOr<std::string> ReadDayOrdinal(int day);

// "bil-mi'a" (percent), appended after a number read for a percentage.
std::string_view PercentWord();

// The form a scale word (alf, milyun, milyar, trilyun; vowelled or not)
// takes after a written count `count` ("2 milyar" -> "milyaran" with no
// count word, "5 milyar" -> "khamsat milyarat", "20 milyar" -> "ishrun
// milyaran").
// kInvalidArgument when `scale_word` is not one of the four.
absl::StatusOr<std::string> ReadCountedScale(
    uint64_t count, std::string_view scale_word,
    GrammaticalCase grammatical_case = GrammaticalCase::kNominative);

// A currency or unit that a written number counts.
struct CountedNoun {
  const char* singular;  // after 1, 100, 1000 ... and after a scale word
  const char* dual_nominative;
  const char* dual_genitive;
  const char* plural;      // after 3-10
  const char* accusative;  // after 11-99
};

// `count` of `noun`: "5 dollars" -> khamsat dularat, 2 -> dularan,
// 1 -> dular, 20 -> ishrun dularan. kOutOfRange for 0 or past
// kMaxReadableNumber.
absl::StatusOr<std::string> ReadCountedNoun(
    uint64_t count, const CountedNoun& noun,
    GrammaticalCase grammatical_case = GrammaticalCase::kNominative);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_NUMBER_READER_H_
