// SpeakText (include/khulasa/speech.h): lines -> diacritize -> prepare ->
// synthesize -> encode, with word marks mapped back to the input.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "khulasa/speech.h"
#include "src/base/model_path.h"
#include "src/base/status_macros.h"
#include "src/speech/diacritizer.h"
#include "src/speech/mp3_encoder.h"
#include "src/speech/opus_encoder.h"
#include "src/speech/speech_text.h"
#include "src/speech/speech_text_diacritics.h"
#include "src/speech/speech_text_pipeline.h"
#include "src/speech/synthesizer.h"
#include "src/speech/wav_writer.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa {

std::string_view AudioFormatName(AudioFormat format) {
  switch (format) {
    case AudioFormat::kOgg:
      return "ogg";
    case AudioFormat::kMp3:
      return "mp3";
    case AudioFormat::kWav:
      return "wav";
  }
  return "ogg";
}

std::string_view AudioFormatMimeType(AudioFormat format) {
  switch (format) {
    case AudioFormat::kOgg:
      return "audio/ogg";
    case AudioFormat::kMp3:
      return "audio/mpeg";
    case AudioFormat::kWav:
      return "audio/wav";
  }
  return "audio/ogg";
}

namespace {

using speech::SpeechText;

// Loaded diacritizers by model path, built once per process and never freed
// (they are immutable and shared by every call). A missing model file is
// remembered as null, and a model that fails to load as its error: a
// corrupt 27 MB file is read once, not on every call.
absl::StatusOr<const speech::Diacritizer*> GetDiacritizer(
    const SpeechOptions& options) {
  using Loaded = absl::StatusOr<std::unique_ptr<speech::Diacritizer>>;
  static std::mutex* mutex = new std::mutex();
  static auto* cache = new std::map<std::string, Loaded>();
  const std::string path = options.diacritizer_model_path.empty()
                               ? base::ModelPath("diacritizer.bin")
                               : options.diacritizer_model_path;
  std::lock_guard<std::mutex> lock(*mutex);
  auto it = cache->find(path);
  if (it == cache->end()) {
    std::error_code ec;
    Loaded loaded = std::unique_ptr<speech::Diacritizer>();
    if (std::filesystem::exists(path, ec)) {
      loaded = speech::Diacritizer::Load(path);
    }
    it = cache->emplace(path, std::move(loaded)).first;
  }
  if (!it->second.ok()) return it->second.status();
  if (*it->second == nullptr &&
      options.diacritize == Diacritization::kRequired) {
    return absl::NotFoundError(absl::StrCat(
        "diacritizer model not found at ", path,
        "; train it with 'khulasa train diacritizer' or speak without it"));
  }
  return it->second->get();
}

absl::Status CheckOptions(const SpeechOptions& options) {
  if (options.rate_wpm < 80 || options.rate_wpm > 450) {
    return absl::InvalidArgumentError(absl::StrCat(
        "speech rate must be 80-450 words per minute, got ", options.rate_wpm));
  }
  if (options.pause_between_bullets_ms < 0 ||
      options.pause_between_bullets_ms > 5000) {
    return absl::InvalidArgumentError(
        absl::StrCat("pause between bullets must be 0-5000 ms, got ",
                     options.pause_between_bullets_ms));
  }
  return absl::OkStatus();
}

bool HasArabicLetter(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (text::IsArabicLetter(text::DecodeUtf8(text, &pos))) return true;
  }
  return false;
}

// Anything espeak-ng would say: a letter or digit (Arabic or Latin).
bool HasSpeakable(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (text::IsArabicLetter(c) || text::IsAnyDigit(c) ||
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return true;
    }
  }
  return false;
}

// One past the last sample louder than the noise floor: espeak-ng ends
// each utterance with silence, which should not stretch the last mark.
size_t AudibleEnd(const std::vector<int16_t>& samples) {
  constexpr int kFloor = 64;
  size_t end = samples.size();
  while (end > 0 && samples[end - 1] < kFloor && samples[end - 1] > -kFloor) {
    --end;
  }
  return end;
}

int64_t ToMs(int64_t samples, int rate) { return samples * 1000 / rate; }

}  // namespace

absl::StatusOr<SpeechResult> SpeakText(std::string_view text,
                                       const SpeechOptions& options) {
  KHULASA_RETURN_IF_ERROR(CheckOptions(options));
  if (text.size() > options.max_input_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "text to speak is ", text.size(), " bytes, over the limit of ",
        options.max_input_bytes, "; speak a shorter text or raise the limit"));
  }
  KHULASA_RETURN_IF_ERROR(text::ValidateUtf8(text));
  if (!HasSpeakable(text)) {
    return absl::InvalidArgumentError("nothing to speak: the text is empty");
  }
  if (!HasArabicLetter(text)) {
    return absl::InvalidArgumentError(
        "no Arabic text to speak; khulasa reads Arabic only");
  }
  const speech::Diacritizer* diacritizer = nullptr;
  if (options.diacritize != Diacritization::kOff) {
    KHULASA_ASSIGN_OR_RETURN(diacritizer, GetDiacritizer(options));
  }

  SpeechResult result;
  result.format = options.format;
  result.diacritized = diacritizer != nullptr;
  std::vector<int16_t> samples;
  speech::SynthesisOptions synthesis;
  synthesis.rate_wpm = options.rate_wpm;
  KHULASA_ASSIGN_OR_RETURN(int rate, speech::SynthesizerSampleRate());
  result.sample_rate = rate;

  size_t line_begin = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line =
        text.substr(line_begin, line_end - line_begin);
    SpeechText spoken = SpeechText::FromSource(line, line_begin);
    line_begin = line_end + 1;
    if (!HasSpeakable(line)) continue;
    // The diacritizer hook: it sees the line as written, before any
    // preparation step, and ApplyDiacritized keeps the source map.
    if (diacritizer != nullptr) {
      KHULASA_ASSIGN_OR_RETURN(std::string vowelled,
                               diacritizer->Diacritize(spoken.text));
      KHULASA_ASSIGN_OR_RETURN(spoken,
                               speech::ApplyDiacritized(spoken, vowelled));
    }
    spoken = speech::PrepareSpeechText(spoken);
    if (!HasSpeakable(spoken.text)) continue;  // e.g. only a link
    KHULASA_ASSIGN_OR_RETURN(speech::Synthesis synth,
                             speech::Synthesize(spoken.text, synthesis));
    if (!samples.empty()) {
      samples.insert(samples.end(),
                     static_cast<size_t>(options.pause_between_bullets_ms) *
                         static_cast<size_t>(rate) / 1000,
                     int16_t{0});
    }
    const int64_t offset = static_cast<int64_t>(samples.size());
    const int64_t audible_end = static_cast<int64_t>(AudibleEnd(synth.samples));
    for (size_t w = 0; w < synth.words.size(); ++w) {
      const speech::WordTiming& word = synth.words[w];
      const ByteRange source = spoken.SourceRange(word.text);
      int64_t end = w + 1 < synth.words.size()
                        ? synth.words[w + 1].start_sample
                        : std::max(audible_end, word.start_sample);
      SpeechMark mark{source, ToMs(offset + word.start_sample, rate),
                      ToMs(offset + end, rate)};
      if (source.empty()) continue;
      // A number or date read as several words is one mark.
      if (!result.marks.empty() && result.marks.back().source == source) {
        result.marks.back().end_ms = mark.end_ms;
        continue;
      }
      if (!result.marks.empty() && result.marks.back().end_ms > mark.start_ms) {
        result.marks.back().end_ms = mark.start_ms;
      }
      result.marks.push_back(mark);
    }
    samples.insert(samples.end(), synth.samples.begin(), synth.samples.end());
    absl::StrAppend(&result.spoken_text, spoken.text, "\n");
  }
  if (samples.empty()) {
    return absl::InvalidArgumentError(
        "nothing to speak once links and symbols are skipped");
  }
  result.duration_ms = ToMs(static_cast<int64_t>(samples.size()), rate);
  switch (options.format) {
    case AudioFormat::kWav: {
      KHULASA_ASSIGN_OR_RETURN(result.audio, speech::EncodeWav(samples, rate));
      break;
    }
    case AudioFormat::kOgg: {
      KHULASA_ASSIGN_OR_RETURN(
          result.audio,
          speech::EncodeOggOpus(samples, rate, speech::OpusOptions{}));
      break;
    }
    case AudioFormat::kMp3: {
      KHULASA_ASSIGN_OR_RETURN(
          result.audio, speech::EncodeMp3(samples, rate, speech::Mp3Options{}));
      break;
    }
  }
  return result;
}

}  // namespace khulasa
