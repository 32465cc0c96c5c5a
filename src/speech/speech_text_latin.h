// Preparation step for Latin abbreviations in Arabic news (CNN, BBC, U.S.,
// G20): an Arabic newsreader says their letters' names.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_LATIN_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_LATIN_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// Spells an upper-case Latin token letter by letter with the Arabic names
// of the letters (CNN -> si in in, U.S. -> yu is) when it is an
// abbreviation: 2-3 letters, or up to 6 without a vowel letter (AEIOU),
// or letters with dots between them, or one letter before a digit or dash
// (G20, F-16). Longer tokens with vowels (NATO, OPEC, FIFA) are words
// espeak-ng says with its English rules, as the news says them; lower- and
// mixed-case words are left alone too. The spelled letters map to the token.
SpeechText SpellLatinAbbreviations(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_LATIN_H_
