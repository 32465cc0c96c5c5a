// MP3 encoding into memory with LAME.
#ifndef KHULASA_SRC_SPEECH_MP3_ENCODER_H_
#define KHULASA_SRC_SPEECH_MP3_ENCODER_H_

#include <cstdint>
#include <span>
#include <string>

#include "absl/status/statusor.h"

namespace khulasa::speech {

// Defaults for synthetic speech: 32 kbit/s CBR mono at the input rate, LAME
// quality 7 (fast; higher settings cost time and are inaudible on espeak-ng's
// buzzy voice).
struct Mp3Options {
  int bitrate_kbps = 32;
  int quality = 7;  // LAME's 0 (best, slowest) .. 9 (worst, fastest)
};

// Encodes mono `samples` at `sample_rate` Hz into a complete MP3 stream.
// kInvalidArgument for a bad rate or options; kInternal when LAME fails.
absl::StatusOr<std::string> EncodeMp3(std::span<const int16_t> samples,
                                      int sample_rate,
                                      const Mp3Options& options);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_MP3_ENCODER_H_
