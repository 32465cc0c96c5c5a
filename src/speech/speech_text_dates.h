// Preparation step for dates, clock times and ranges written with digits,
// which espeak-ng (and VerbalizeNumbers, one number at a time) would read
// as separate numbers with their slashes, colons and dashes.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_DATES_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_DATES_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// Rewrites, digits ASCII, Arabic-Indic or Persian:
//  - dates d/m/yyyy, d-m-yyyy, d.m.yyyy (m/d/yyyy when only that reading
//    is a date) and yyyy-mm-dd: the day ordinal, "min", the month's name
//    and the year (5/6/2024 -> al-khamis min yunyu alfayn wa-arba'a
//    wa-ishrin);
//  - times h:mm (and h:mm:ss, seconds dropped), hour 0-24: the hour as a
//    feminine ordinal and the minutes (09:22 -> at-tasi'a wa-thnatan
//    wa-ishrun daqiqa); a following ص / م is said sabahan / masa'an;
//  - ranges a-b (hyphen or en dash, a < b, up to 4 digits each): the dash
//    is said ila (2020-2024 -> 2020 ila 2024), the numbers are left to
//    VerbalizeNumbers.
// Each rewritten date or time maps to its written span (one word mark).
SpeechText VerbalizeDatesAndTimes(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_DATES_H_
