// Preparation step that replaces written numbers with Arabic words
// (number_reader.h), reading them by their context: dates, years,
// percentages, amounts with a scale word, and the case after a preposition.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_NUMBERS_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_NUMBERS_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// Rules, in order (words compared without diacritics):
//  - day 1-31 before a month name (Gregorian or Levantine): the day ordinal
//    + "min" (17 December -> as-sabi'a ashar min December);
//  - a number after a month name (or after kanun/tishrin al-awwal/al-thani)
//    or after am/al-am/sana ("year"): read as a year (genitive);
//  - a number followed by % or U+066A: the number + "bil-mi'a";
//  - an integer followed by alf/milyun/milyar/trilyun: the counted form of
//    the scale word (2 milyar -> milyaran; 5 milyar -> khamsat milyarat);
//  - al- glued to the number (al-24, wa-l-24, li-l-24, often through a
//    tatweel): a definite cardinal (al-arba'a wa-l-ishrin sa'a) before an
//    indefinite noun, else after a definite noun the ordinal agreeing with
//    it (ad-dawra al-15 -> al-khamisata ashra);
//  - after al-qarn, ad-dawra, an-nuskha, al-martaba, al-markaz, al-jawla,
//    at-tab'a, adh-dhikra, al-halqa: the ordinal, feminine after a noun in
//    teh marbuta or alef maksura (al-qarn 21 -> al-hadi wa-l-ishrin);
//  - a currency sign before or after ($5, 5$, 3 EUR sign, 20 GBP sign) or a
//    unit after (km, kg, cm, mm, MW, GW, degrees C, degrees, and كم كلم كغ
//    كجم سم مم ملم): the counted noun (khamsat dularat, dularayn,
//    ithnan wa-arba'un kilumitran), after a scale word its singular
//    ($2 milyar -> milyaran dular); % written before the number (%25) too;
//  - after a preposition (fi, min, ila, ala, an, mundhu, hatta, nahwa,
//    bayna): genitive; otherwise nominative.
// Digits may be ASCII, Arabic-Indic or Persian, with "," / U+066C thousands
// separators and "." / U+066B decimal points. Malformed groupings (1,50)
// are read one digit run at a time. The words map to the source bytes of
// the number and of the sign, scale word, unit or al- they absorb.
SpeechText VerbalizeNumbers(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_NUMBERS_H_
