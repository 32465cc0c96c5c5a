// Preparation steps that fix the order and shape of Arabic marks so that
// espeak-ng 1.51 pronounces them (each checked with espeak_TextToPhonemes in
// speech_text_test.cc).
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_MARKS_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_MARKS_H_

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// Moves shadda to the front of each run of marks on a letter. Unicode's
// canonical order (NFC) puts fatha/damma/kasra (ccc 30-32) before shadda
// (ccc 33), and espeak-ng then drops the vowel: muhammad with fatha before
// shadda reads "m'uHammd". This path must never NFC-normalize.
SpeechText OrderShaddaFirst(const SpeechText& in);

// espeak-ng reads kasra + yeh + shadda as a long i: and loses the doubled y
// (arabiyya -> "A,aRab'i:at"). Writes the doubled yeh out as yeh + sukun +
// yeh + vowel (arabiyya -> "AaRab'i:jat"). Tanween on the second yeh is
// spelled as its vowel plus noon + sukun (arabiyyun -> "i:j,un"); fathatan
// drops the alef seat that follows it. A word-final doubled yeh with no
// vowel is left alone: its pause form is the long i: espeak-ng reads.
// Expects shadda-first order (run OrderShaddaFirst before).
SpeechText SplitDoubledYeh(const SpeechText& in);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_MARKS_H_
