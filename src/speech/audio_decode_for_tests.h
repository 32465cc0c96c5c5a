// Test-only decoders that turn encoded audio back into samples, to check
// what the encoders and the speech API produce. Linked only into tests.
#ifndef KHULASA_SRC_SPEECH_AUDIO_DECODE_FOR_TESTS_H_
#define KHULASA_SRC_SPEECH_AUDIO_DECODE_FOR_TESTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace khulasa::speech {

struct DecodedAudio {
  std::vector<int16_t> samples;  // mono (first channel)
  int sample_rate = 0;
  double seconds() const {
    return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate
                           : 0.0;
  }
};

// Parses a PCM16 mono WAV file (the subset wav_writer produces).
absl::StatusOr<DecodedAudio> DecodeWav(std::string_view data);
// Decodes Ogg/Opus with libopusfile (always 48 kHz).
absl::StatusOr<DecodedAudio> DecodeOggOpus(std::string_view data);
// Decodes MP3 with LAME's decoder (hip).
absl::StatusOr<DecodedAudio> DecodeMp3(std::string_view data);

// Root mean square of the samples: > a few hundred for audible speech.
double RootMeanSquare(const std::vector<int16_t>& samples);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_AUDIO_DECODE_FOR_TESTS_H_
