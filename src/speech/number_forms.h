// Spoken forms of numbers beyond plain cardinals (number_reader.h): definite
// ordinals (the 15th session, the 21st century), clock times, definite
// cardinals (al-24 sa'a), and amounts of a currency or unit (5 dollars,
// 3 km). Vowelled pause forms, shadda before the vowel, like
// number_reader.h; pure and thread-safe.
#ifndef KHULASA_SRC_SPEECH_NUMBER_FORMS_H_
#define KHULASA_SRC_SPEECH_NUMBER_FORMS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "src/speech/number_reader.h"

namespace khulasa::speech {

// The definite ordinal of `n` (1-99), masculine or feminine, as it follows
// a definite noun: 1 -> al-awwal / al-ula, 15 -> al-khamisa ashar /
// al-khamisata ashra, 21 -> al-hadi / al-hadiya wa-l-ishrin.
// kOutOfRange otherwise.
absl::StatusOr<std::string> ReadOrdinal(int n, bool feminine);

// A clock time, hour 0-24 and minute 0-59, as a news reader says it: the
// hour as a feminine ordinal (as-sa'a) at-tasi'a), then wa-r-rub' (15),
// wa-n-nisf (30), wa-th-thulth (20) or the minutes counted in daqiqa
// (9:22 -> at-tasi'a wa-thnatan wa-ishrun daqiqa); 0 minutes add nothing.
// Hour 0 is read as 12. kOutOfRange otherwise.
absl::StatusOr<std::string> ReadClockTime(int hour, int minute);

// `n` as a definite cardinal, every part with al- (al-arba'a wa-l-ishrin),
// genitive pause forms. kOutOfRange past kMaxReadableNumber.
absl::StatusOr<std::string> ReadDefiniteCardinal(uint64_t n);

// The noun a currency sign ($ € £) or a unit abbreviation (km, kg, cm, mm,
// MW, GW, °C, °, and the Arabic كم كلم كغ كجم سم مم ملم) stands for, or
// null. `symbol` is compared exactly (Latin letters in either case).
const CountedNoun* FindCountedNoun(std::string_view symbol);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_NUMBER_FORMS_H_
