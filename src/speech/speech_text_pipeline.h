// All text preparation for espeak-ng, in order, for one line (a bullet or a
// paragraph) of vowelled or unvowelled Arabic text.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_PIPELINE_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_PIPELINE_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// SkipUrlsAndHandles, VerbalizeNumbers, OrderShaddaFirst,
// FixDefiniteArticle, MarkHamzatWasl, SplitDoubledYeh. Diacritization, when
// wanted, comes before (ApplyDiacritized). Never NFC-normalizes.
SpeechText PrepareSpeechText(const SpeechText& line);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_PIPELINE_H_
