// All text preparation for espeak-ng, in order, for one line (a bullet or a
// paragraph) of vowelled or unvowelled Arabic text.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_PIPELINE_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_PIPELINE_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

struct PrepareOptions {
  // Whether the last word of the line and each word before a full stop take
  // their pausal form (ApplyPausalForms), as a news reader says them.
  bool pausal_forms = true;
};

// SkipUrlsAndHandles, SpellLatinAbbreviations, VerbalizeDatesAndTimes,
// VerbalizeNumbers, OrderShaddaFirst, FixDefiniteArticle, MarkHamzatWasl,
// ApplyPausalForms, SplitDoubledYeh. Diacritization, when wanted, comes before
// (ApplyDiacritized). Never NFC-normalizes.
SpeechText PrepareSpeechText(const SpeechText& line,
                             const PrepareOptions& options = {});

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_PIPELINE_H_
