// Carries the source map of a SpeechText over to its diacritized version,
// so that the diacritizer can run first without losing word positions.
#ifndef KHULASA_SRC_SPEECH_SPEECH_TEXT_DIACRITICS_H_
#define KHULASA_SRC_SPEECH_SPEECH_TEXT_DIACRITICS_H_

#include <string_view>

#include "absl/status/statusor.h"

#include "src/speech/speech_text.h"

namespace khulasa::speech {

// `diacritized` must be in.text with Arabic marks added, removed or changed
// and nothing else. Each mark maps to the source of the letter it sits on
// and of the marks the input gave that letter; everything else keeps its
// own source. kInvalidArgument (naming the first
// differing byte) when the two texts differ in anything but marks.
absl::StatusOr<SpeechText> ApplyDiacritized(const SpeechText& in,
                                            std::string_view diacritized);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SPEECH_TEXT_DIACRITICS_H_
