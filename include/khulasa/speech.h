// Spoken Arabic: text (a summary's bullets, an article, any text) to audio
// (WAV, Ogg/Opus or MP3) with word timing marks for highlighting.
//
//   khulasa::SpeechOptions options;
//   options.format = khulasa::AudioFormat::kOgg;
//   absl::StatusOr<khulasa::SpeechResult> speech =
//       khulasa::SpeakText(bullets_one_per_line, options);
//   if (!speech.ok()) return speech.status();
//   Write(speech->audio);  // speech->marks point into the text given
//
// Each non-empty line is spoken as one unit (a bullet or a paragraph), with
// a pause between lines. Text is diacritized (when the diacritizer model is
// available, see SpeechOptions::diacritize), then prepared for espeak-ng
// (numbers and dates as words, pronunciation fixes, links skipped) and
// synthesized with espeak-ng's Arabic voice. Thread-safe: synthesis itself
// runs one call at a time (espeak-ng is not reentrant), everything else in
// parallel. libespeak-ng is GPL-3.0; khulasa is GPL-3.0-or-later.
#ifndef KHULASA_INCLUDE_KHULASA_SPEECH_H_
#define KHULASA_INCLUDE_KHULASA_SPEECH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include "khulasa/byte_range.h"

namespace khulasa {

enum class AudioFormat { kOgg, kMp3, kWav };

// "ogg", "mp3", "wav".
std::string_view AudioFormatName(AudioFormat format);
// MIME type: "audio/ogg", "audio/mpeg", "audio/wav".
std::string_view AudioFormatMimeType(AudioFormat format);

enum class Diacritization {
  kAuto,      // diacritize when the model file exists, else speak as given
  kOff,       // the text is already vowelled (or must be spoken as is)
  kRequired,  // diacritize; kNotFound when the model file is missing
};

struct SpeechOptions {
  AudioFormat format = AudioFormat::kOgg;
  // Speaking rate in words per minute (espeak-ng allows 80-450). 150 is a
  // calm news pace; espeak-ng's default 175 is hard to follow in Arabic.
  int rate_wpm = 150;
  // Silence between two lines (bullets), 0-5000 ms.
  int pause_between_bullets_ms = 700;
  Diacritization diacritize = Diacritization::kAuto;
  // Empty: the committed model, base::ModelPath("diacritizer.bin").
  std::string diacritizer_model_path;
  // Texts longer than this are refused with kResourceExhausted.
  size_t max_input_bytes = size_t{1} << 20;
};

// One spoken word (or one number or date read as several words): where it
// is in the text given to SpeakText, and when it is heard.
struct SpeechMark {
  ByteRange source;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

struct SpeechResult {
  std::string audio;  // a complete file in `format`
  AudioFormat format = AudioFormat::kOgg;
  int sample_rate = 0;  // of the PCM that was encoded
  int64_t duration_ms = 0;
  std::vector<SpeechMark> marks;  // in time order, not overlapping
  bool diacritized = false;       // whether the diacritizer ran
  // What espeak-ng read, one line per spoken line (for debugging and docs).
  std::string spoken_text;
};

// Speaks `text` (UTF-8). Errors (kInvalidArgument unless noted): invalid
// UTF-8 (with the byte offset), empty or whitespace-only text, text without
// any Arabic letter, bad options; kResourceExhausted past max_input_bytes;
// kNotFound when the diacritizer is required and its model is missing;
// kInternal when espeak-ng or an encoder fails.
absl::StatusOr<SpeechResult> SpeakText(std::string_view text,
                                       const SpeechOptions& options);

}  // namespace khulasa

#endif  // KHULASA_INCLUDE_KHULASA_SPEECH_H_
