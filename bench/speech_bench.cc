// Speech speed: a seed-sized summary (three bullets, ~90 words) from text to
// encoded audio, and the parts: espeak-ng synthesis alone, each encoder and
// Opus complexity. The counter "x_realtime" is seconds of audio produced
// per second of one core; the target is >= 100 for text -> Ogg/Opus.
//
//   build/bench/speech_bench --benchmark_counters_tabular=true
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"

#include "khulasa/speech.h"
#include "src/speech/mp3_encoder.h"
#include "src/speech/opus_encoder.h"
#include "src/speech/speech_text.h"
#include "src/speech/speech_text_pipeline.h"
#include "src/speech/synthesizer.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The seed article's own three summary bullets ("- " lines) when
// ../shared is there; else the composed bench/data/speech_summary.txt.
const std::string& Summary() {
  static const std::string* summary = [] {
    std::string seed = ReadFile(std::string(KHULASA_SHARED_DIR) +
                                "/seed/000_10ea7d8f2b1e01f1.txt");
    std::string bullets;
    size_t pos = 0;
    while (pos < seed.size()) {
      size_t end = seed.find('\n', pos);
      if (end == std::string::npos) end = seed.size();
      if (seed.compare(pos, 2, "- ") == 0) {
        bullets += seed.substr(pos + 2, end - pos - 2) + "\n";
      }
      pos = end + 1;
    }
    if (bullets.empty()) {
      bullets = ReadFile(std::string(KHULASA_SOURCE_DIR) +
                         "/bench/data/speech_summary.txt");
    }
    return new std::string(bullets);
  }();
  return *summary;
}

// The summary's PCM as SpeakText would synthesize it (no diacritizer).
const khulasa::speech::Synthesis& SummaryAudio() {
  static const auto* audio = [] {
    auto* out = new khulasa::speech::Synthesis();
    khulasa::speech::SpeechText text =
        khulasa::speech::SpeechText::FromSource(Summary());
    text = khulasa::speech::PrepareSpeechText(text);
    *out = *khulasa::speech::Synthesize(text.text, {});
    return out;
  }();
  return *audio;
}

double AudioSeconds(const khulasa::speech::Synthesis& s) {
  return static_cast<double>(s.samples.size()) / s.sample_rate;
}

void SetRealtime(benchmark::State& state, double audio_seconds) {
  state.counters["x_realtime"] = benchmark::Counter(
      audio_seconds * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

// Args: format (0 ogg, 1 mp3, 2 wav), diacritize (0 off, 1 with the
// committed model; the model is loaded once, before timing).
void BM_SpeakSummary(benchmark::State& state) {
  khulasa::SpeechOptions options;
  options.format = static_cast<khulasa::AudioFormat>(state.range(0));
  options.diacritize = state.range(1) != 0 ? khulasa::Diacritization::kRequired
                                           : khulasa::Diacritization::kOff;
  if (auto warm = khulasa::SpeakText(Summary(), options); !warm.ok()) {
    state.SkipWithError(std::string(warm.status().message()).c_str());
    return;
  }
  double seconds = 0;
  for (auto _ : state) {
    auto result = khulasa::SpeakText(Summary(), options);
    if (!result.ok()) {
      state.SkipWithError(std::string(result.status().message()).c_str());
      return;
    }
    seconds = static_cast<double>(result->duration_ms) / 1000.0;
    benchmark::DoNotOptimize(result->audio.data());
  }
  state.SetLabel(std::string(khulasa::AudioFormatName(options.format)) +
                 (state.range(1) != 0 ? "+diacritizer" : ""));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Summary().size()));
  SetRealtime(state, seconds);
}
BENCHMARK(BM_SpeakSummary)
    ->Args({static_cast<int>(khulasa::AudioFormat::kOgg), 0})
    ->Args({static_cast<int>(khulasa::AudioFormat::kOgg), 1})
    ->Args({static_cast<int>(khulasa::AudioFormat::kMp3), 0})
    ->Args({static_cast<int>(khulasa::AudioFormat::kWav), 0})
    ->Unit(benchmark::kMillisecond);

void BM_Synthesize(benchmark::State& state) {
  khulasa::speech::SpeechText text = khulasa::speech::PrepareSpeechText(
      khulasa::speech::SpeechText::FromSource(Summary()));
  for (auto _ : state) {
    auto synth = khulasa::speech::Synthesize(text.text, {});
    benchmark::DoNotOptimize(synth->samples.data());
  }
  SetRealtime(state, AudioSeconds(SummaryAudio()));
}
BENCHMARK(BM_Synthesize)->Unit(benchmark::kMillisecond);

void BM_PrepareText(benchmark::State& state) {
  for (auto _ : state) {
    auto text = khulasa::speech::PrepareSpeechText(
        khulasa::speech::SpeechText::FromSource(Summary()));
    benchmark::DoNotOptimize(text.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Summary().size()));
}
BENCHMARK(BM_PrepareText);

// Arg: Opus complexity 0-10.
void BM_EncodeOpus(benchmark::State& state) {
  const auto& audio = SummaryAudio();
  khulasa::speech::OpusOptions options;
  options.complexity = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto ogg = khulasa::speech::EncodeOggOpus(audio.samples, audio.sample_rate,
                                              options);
    benchmark::DoNotOptimize(ogg->data());
  }
  SetRealtime(state, AudioSeconds(audio));
}
BENCHMARK(BM_EncodeOpus)->DenseRange(0, 10, 1)->Unit(benchmark::kMillisecond);

// Arg: LAME quality 0-9.
void BM_EncodeMp3(benchmark::State& state) {
  const auto& audio = SummaryAudio();
  khulasa::speech::Mp3Options options;
  options.quality = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto mp3 =
        khulasa::speech::EncodeMp3(audio.samples, audio.sample_rate, options);
    benchmark::DoNotOptimize(mp3->data());
  }
  SetRealtime(state, AudioSeconds(audio));
}
BENCHMARK(BM_EncodeMp3)->Arg(2)->Arg(5)->Arg(7)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
