// Preparation step for the pausal form (waqf): a news reader stops each
// sentence on its last word without the final short vowel or tanween.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_PAUSAL_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_PAUSAL_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// Puts the last Arabic word of the line, and each Arabic word before a full
// stop (. ! ? ؟ ۔ …, after closing quotes or brackets), in its pausal form:
//  - a final short vowel or tanween goes (shadda stays): قَطَرَ -> قَطَر,
//    ٱلْقَانُونِ -> ٱلْقَانُون, جَدِيدٍ -> جَدِيد;
//  - fathatan before or on a final alef, or before alef maksura, becomes
//    the long a it is read as (the convention of waqf on -an):
//    جُزْءًا -> جُزْءَا, جُزْءاً -> جُزْءَا, مُسْتَشْفًى -> مُسْتَشْفَى;
//  - teh marbuta is read as h: ٱلْمَدِينَةِ -> ٱلْمَدِينَه.
// Words without any mark (not diacritized) are left as written; digits and
// Latin words end no Arabic word. The rewritten marks and the h map to the
// letter they sit on, so word marks keep pointing at the word.
SpeechText ApplyPausalForms(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_PAUSAL_H_
