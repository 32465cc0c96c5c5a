// Preparation steps for the definite article al- and hamzat al-wasl, which
// espeak-ng 1.51 mispronounces (each checked with espeak_TextToPhonemes in
// speech_text_test.cc). Both need vowelled text: a prefix counts only when
// it carries its short vowel, so undiacritized words are left alone.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_ARTICLE_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_ARTICLE_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// al- before a sun letter: espeak-ng assimilates the l itself and then also
// doubles the written shadda (an-nas -> "?annn'a:su"), so the shadda is
// dropped (-> "?ann'a:su"). After a vowelled prefix (wa-, fa-, bi-, ka-)
// espeak-ng reads the alef as a long a: (bi-sh-shams -> "bia:SS'amsi"), so
// alef and lam are dropped and the shadda kept (-> "biSS,amsi").
// al- before a moon letter after a vowelled prefix, or after a word ending
// in a vowel, becomes alef wasla + lam + sukun: its hamza is elided
// (bil-bayt -> "bilb,ait,i", fi l-bayt -> "fi: lb'ait,i") instead of
// "bi,a:lba,iti" / "fi: ?alba,iti". The word allah is left alone.
SpeechText FixDefiniteArticle(const SpeechText& in);

// A vowelled prefix wa-, fa-, bi-, ka- or li- before a bare alef that opens
// a consonant cluster (ista-, inta-, ibn, ism) is read by espeak-ng as a
// long a: (wa-stakhdama -> "wa:st'aXdam,a"). Writes the alef as alef wasla,
// which espeak-ng elides (-> "wast'aXdam,a"). Likewise al- + kasra before a
// wasl noun (al-ittifaqiyya, read "al,ia:t:..."): the noun's alef, and the
// article's after a vowelled prefix, become alef wasla (-> "alit:...").
SpeechText MarkHamzatWasl(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_ARTICLE_H_
