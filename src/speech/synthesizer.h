// Arabic speech synthesis with espeak-ng, into memory: 16-bit mono samples
// plus the time at which each word of the input starts.
//
// espeak-ng keeps all its state in globals (voice, parameters, callback,
// translator buffers) and is not thread-safe: two threads inside it at once
// corrupt each other's audio and can crash. Every function here therefore
// takes one process-wide mutex for its whole call, so any number of threads
// may call them; calls run one at a time. espeak-ng is initialized lazily on
// the first call and stays loaded for the life of the process.
#ifndef KHULASA_SRC_SPEECH_SYNTHESIZER_H_
#define KHULASA_SRC_SPEECH_SYNTHESIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include "khulasa/byte_range.h"

namespace khulasa::speech {

struct SynthesisOptions {
  std::string voice = "ar";  // espeak-ng voice name
  // Speaking rate in words per minute, clamped by espeak-ng to [80, 450].
  int rate_wpm = 150;
  // Texts longer than this are refused with kResourceExhausted.
  size_t max_text_bytes = 1u << 20;
};

// One word as espeak-ng reported it: where it is in the input text and when
// it starts, in samples from the start of the audio.
struct WordTiming {
  ByteRange text;  // bytes of the synthesized text
  int64_t start_sample = 0;
};

struct Synthesis {
  std::vector<int16_t> samples;   // mono PCM
  int sample_rate = 0;            // espeak-ng's rate (22050 Hz)
  std::vector<WordTiming> words;  // in order of start_sample
};

// Synthesizes `text` (valid UTF-8, plain text, no SSML) with the voice and
// rate of `options`. Errors: kInvalidArgument for empty text or an unknown
// voice, kResourceExhausted past max_text_bytes, kInternal when espeak-ng
// cannot be initialized (its data folder is missing) or fails.
absl::StatusOr<Synthesis> Synthesize(std::string_view text,
                                     const SynthesisOptions& options);

// espeak-ng's phonemes for `text` in its ASCII phoneme names (the alphabet
// of `espeak-ng -x`), one clause per space-separated group, as returned by
// espeak_TextToPhonemes. Used by tests and docs to check pronunciation.
absl::StatusOr<std::string> TextToPhonemes(std::string_view text,
                                           std::string_view voice = "ar");

// The sample rate Synthesize() produces (initializes espeak-ng if needed).
absl::StatusOr<int> SynthesizerSampleRate();

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_SYNTHESIZER_H_
