// Ogg/Opus encoding into memory with libopusenc.
#ifndef KHULASA_SRC_SPEECH_OPUS_ENCODER_H_
#define KHULASA_SRC_SPEECH_OPUS_ENCODER_H_

#include <cstdint>
#include <span>
#include <string>

#include "absl/status/statusor.h"

namespace khulasa::speech {

// Defaults chosen for synthetic speech (docs/speech.md, "Settings"): 24 kbit/s
// VBR in the SILK speech mode, wideband, complexity 3. espeak-ng's output has
// nothing above 8 kHz worth keeping, and complexity 10 triples encoding time
// for no audible gain on this voice.
struct OpusOptions {
  int bitrate = 24000;   // bits per second
  int complexity = 3;    // 0 (fastest) .. 10 (best)
  bool wideband = true;  // cap the coded bandwidth at 8 kHz (wideband)
};

// Encodes mono `samples` at `sample_rate` Hz (libopusenc resamples to 48 kHz
// internally) into a complete Ogg/Opus file. kInvalidArgument for a bad rate
// or options; kInternal when libopusenc fails.
absl::StatusOr<std::string> EncodeOggOpus(std::span<const int16_t> samples,
                                          int sample_rate,
                                          const OpusOptions& options);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_OPUS_ENCODER_H_
