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
//  - after a preposition (fi, min, ila, ala, an, mundhu, hatta, nahwa,
//    bayna): genitive; otherwise nominative.
// Digits may be ASCII, Arabic-Indic or Persian, with "," / U+066C thousands
// separators and "." / U+066B decimal points. Malformed groupings (1,50)
// are read one digit run at a time. The words map to the source bytes of
// the number and of the % sign or scale word they absorb.
SpeechText VerbalizeNumbers(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_NUMBERS_H_
