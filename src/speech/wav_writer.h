// WAV (RIFF, PCM 16-bit little-endian, mono) encoding into memory.
#ifndef KHULASA_SRC_SPEECH_WAV_WRITER_H_
#define KHULASA_SRC_SPEECH_WAV_WRITER_H_

#include <cstdint>
#include <span>
#include <string>

#include "absl/status/statusor.h"

namespace khulasa::speech {

// Returns a complete WAV file holding `samples` at `sample_rate` Hz, mono.
// kInvalidArgument for a sample rate outside [1, 384000]; kResourceExhausted
// when the data would not fit a RIFF file (over 4 GiB).
absl::StatusOr<std::string> EncodeWav(std::span<const int16_t> samples,
                                      int sample_rate);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_WAV_WRITER_H_
