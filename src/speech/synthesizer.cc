#include "src/speech/synthesizer.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

// The one lock around every espeak-ng call (see the header): espeak-ng's
// state is global, so a per-object lock would not be enough.
std::mutex& EspeakMutex() {
  static std::mutex* mutex = new std::mutex();
  return *mutex;
}

struct EspeakState {
  bool initialized = false;
  int sample_rate = 0;
  std::string voice;  // currently selected voice, empty when none
};

EspeakState& State() {
  static EspeakState* state = new EspeakState();
  return *state;
}

// What the synth callback fills in for the one synthesis in progress.
struct Collector {
  std::vector<int16_t>* samples = nullptr;
  // Word events as espeak-ng reports them: character position (1-based),
  // length in characters, audio position in ms.
  struct Event {
    int char_position;
    int char_length;
    int audio_ms;
  };
  std::vector<Event> events;
};

// The synthesis in progress; set and cleared under EspeakMutex(). A global
// rather than the event's user_data, because espeak-ng also calls back with
// audio blocks whose event list carries no user data.
Collector* current_collector = nullptr;

int SynthCallback(short* wav, int num_samples, espeak_EVENT* events) {
  Collector* collector = current_collector;
  if (collector == nullptr) return 0;
  for (espeak_EVENT* ev = events;
       ev != nullptr && ev->type != espeakEVENT_LIST_TERMINATED; ++ev) {
    if (ev->type == espeakEVENT_WORD) {
      collector->events.push_back(
          {ev->text_position, ev->length, ev->audio_position});
    }
  }
  if (wav != nullptr && num_samples > 0) {
    collector->samples->insert(collector->samples->end(), wav,
                               wav + num_samples);
  }
  return 0;  // continue synthesis
}

// Requires EspeakMutex().
absl::Status EnsureInitialized() {
  EspeakState& state = State();
  if (state.initialized) return absl::OkStatus();
  // DONT_EXIT: a missing data folder must become a status, not exit().
  int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, /*buflength=*/0,
                               /*path=*/nullptr, espeakINITIALIZE_DONT_EXIT);
  if (rate <= 0) {
    return absl::InternalError(
        "cannot initialize espeak-ng; is the espeak-ng-data package "
        "installed?");
  }
  espeak_SetSynthCallback(SynthCallback);
  state.initialized = true;
  state.sample_rate = rate;
  return absl::OkStatus();
}

// Requires EspeakMutex().
absl::Status SelectVoice(std::string_view voice) {
  EspeakState& state = State();
  if (state.voice == voice) return absl::OkStatus();
  std::string name(voice);
  if (espeak_SetVoiceByName(name.c_str()) != EE_OK) {
    state.voice.clear();
    return absl::InvalidArgumentError(
        absl::StrCat("unknown espeak-ng voice '", name, "'"));
  }
  state.voice = name;
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Synthesis> Synthesize(std::string_view text,
                                     const SynthesisOptions& options) {
  if (text.empty()) return absl::InvalidArgumentError("nothing to synthesize");
  if (text.size() > options.max_text_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("text to synthesize is ", text.size(),
                     " bytes, over the limit of ", options.max_text_bytes));
  }
  // Byte offset of each code point: espeak-ng reports word positions in
  // characters, counted from 1.
  std::vector<size_t> char_starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!text::IsUtf8ContinuationByte(static_cast<unsigned char>(text[i]))) {
      char_starts.push_back(i);
    }
  }
  char_starts.push_back(text.size());
  std::string buffer(text);  // espeak-ng wants a NUL-terminated string

  Synthesis result;
  Collector collector;
  collector.samples = &result.samples;
  {
    std::lock_guard<std::mutex> lock(EspeakMutex());
    if (absl::Status s = EnsureInitialized(); !s.ok()) return s;
    if (absl::Status s = SelectVoice(options.voice); !s.ok()) return s;
    espeak_SetParameter(espeakRATE, options.rate_wpm, /*relative=*/0);
    current_collector = &collector;
    espeak_ERROR err =
        espeak_Synth(buffer.c_str(), buffer.size() + 1, /*position=*/0,
                     POS_CHARACTER, /*end_position=*/0, espeakCHARS_UTF8,
                     /*unique_identifier=*/nullptr, /*user_data=*/nullptr);
    current_collector = nullptr;
    if (err != EE_OK) {
      return absl::InternalError(
          absl::StrCat("espeak-ng synthesis failed (error ", err, ")"));
    }
    result.sample_rate = State().sample_rate;
  }
  const size_t num_chars = char_starts.size() - 1;
  for (const Collector::Event& event : collector.events) {
    size_t first = static_cast<size_t>(std::max(event.char_position, 1)) - 1;
    size_t last = first + static_cast<size_t>(std::max(event.char_length, 0));
    first = std::min(first, num_chars);
    last = std::min(std::max(last, first), num_chars);
    WordTiming word;
    word.text = {char_starts[first], char_starts[last]};
    word.start_sample =
        static_cast<int64_t>(event.audio_ms) * result.sample_rate / 1000;
    result.words.push_back(word);
  }
  std::stable_sort(result.words.begin(), result.words.end(),
                   [](const WordTiming& a, const WordTiming& b) {
                     return a.start_sample < b.start_sample;
                   });
  return result;
}

absl::StatusOr<std::string> TextToPhonemes(std::string_view text,
                                           std::string_view voice) {
  std::string buffer(text);
  std::string phonemes;
  std::lock_guard<std::mutex> lock(EspeakMutex());
  if (absl::Status s = EnsureInitialized(); !s.ok()) return s;
  if (absl::Status s = SelectVoice(voice); !s.ok()) return s;
  const void* cursor = buffer.c_str();
  // espeak_TextToPhonemes returns one clause per call and sets the cursor
  // to null at the end; each call consumes at least one clause.
  while (cursor != nullptr) {
    const char* clause =
        espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, /*phonememode=*/0);
    if (clause == nullptr) break;
    if (!phonemes.empty() && *clause != '\0') phonemes += ' ';
    phonemes += clause;
  }
  return phonemes;
}

absl::StatusOr<int> SynthesizerSampleRate() {
  std::lock_guard<std::mutex> lock(EspeakMutex());
  if (absl::Status s = EnsureInitialized(); !s.ok()) return s;
  return State().sample_rate;
}

}  // namespace khulasa::speech
