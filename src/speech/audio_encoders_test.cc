// The encoders' output decodes back (WAV parser, libopusfile, LAME's hip
// decoder) to audio of the input's length that is still audible.
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "src/speech/audio_decode_for_tests.h"
#include "src/speech/mp3_encoder.h"
#include "src/speech/opus_encoder.h"
#include "src/speech/synthesizer.h"
#include "src/speech/wav_writer.h"

namespace khulasa::speech {
namespace {

// "Oil prices rose in world markets" (composed for these tests).
constexpr char kSentence[] =
    "\u0627\u0631\u062a\u0641\u0639\u062a \u0623\u0633\u0639\u0627\u0631 "
    "\u0627\u0644\u0646\u0641\u0637 \u0641\u064a "
    "\u0627\u0644\u0623\u0633\u0648\u0627\u0642 "
    "\u0627\u0644\u0639\u0627\u0644\u0645\u064a\u0629";

Synthesis Speech() {
  absl::StatusOr<Synthesis> out = Synthesize(kSentence, SynthesisOptions{});
  EXPECT_TRUE(out.ok()) << out.status();
  return out.ok() ? *std::move(out) : Synthesis{};
}

double Seconds(const Synthesis& s) {
  return static_cast<double>(s.samples.size()) / s.sample_rate;
}

TEST(WavWriterTest, RoundTripsSamplesExactly) {
  Synthesis speech = Speech();
  absl::StatusOr<std::string> wav =
      EncodeWav(speech.samples, speech.sample_rate);
  ASSERT_TRUE(wav.ok()) << wav.status();
  EXPECT_EQ(wav->size(), 44 + 2 * speech.samples.size());
  absl::StatusOr<DecodedAudio> back = DecodeWav(*wav);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->sample_rate, speech.sample_rate);
  EXPECT_EQ(back->samples, speech.samples);
}

TEST(WavWriterTest, EmptyAudioIsAValidFile) {
  absl::StatusOr<std::string> wav = EncodeWav({}, 22050);
  ASSERT_TRUE(wav.ok());
  absl::StatusOr<DecodedAudio> back = DecodeWav(*wav);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->samples.empty());
}

TEST(WavWriterTest, RejectsBadSampleRate) {
  EXPECT_EQ(EncodeWav({}, 0).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(OpusEncoderTest, DecodesBackToSameDurationAndIsAudible) {
  Synthesis speech = Speech();
  absl::StatusOr<std::string> ogg =
      EncodeOggOpus(speech.samples, speech.sample_rate, OpusOptions{});
  ASSERT_TRUE(ogg.ok()) << ogg.status();
  EXPECT_EQ(ogg->substr(0, 4), "OggS");
  // 24 kbit/s: about 3 KB per second plus headers.
  EXPECT_LT(static_cast<double>(ogg->size()), 4500 * Seconds(speech) + 2000);
  absl::StatusOr<DecodedAudio> back = DecodeOggOpus(*ogg);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_NEAR(back->seconds(), Seconds(speech), 0.03);
  // Loudness survives coding within a few dB.
  const double in = RootMeanSquare(speech.samples);
  const double out = RootMeanSquare(back->samples);
  EXPECT_GT(out, 0.6 * in);
  EXPECT_LT(out, 1.5 * in);
}

TEST(OpusEncoderTest, EncodesAPureToneAtEveryComplexity) {
  std::vector<int16_t> tone(24000);
  for (size_t i = 0; i < tone.size(); ++i) {
    tone[i] =
        static_cast<int16_t>(8000 * std::sin(2 * std::numbers::pi * 440.0 *
                                             static_cast<double>(i) / 24000.0));
  }
  for (int complexity : {0, 3, 10}) {
    OpusOptions options;
    options.complexity = complexity;
    absl::StatusOr<std::string> ogg = EncodeOggOpus(tone, 24000, options);
    ASSERT_TRUE(ogg.ok()) << ogg.status();
    absl::StatusOr<DecodedAudio> back = DecodeOggOpus(*ogg);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_NEAR(back->seconds(), 1.0, 0.02) << "complexity " << complexity;
    EXPECT_GT(RootMeanSquare(back->samples), 4000) << complexity;
  }
}

TEST(OpusEncoderTest, RejectsBadOptions) {
  OpusOptions options;
  options.complexity = 11;
  EXPECT_EQ(EncodeOggOpus({}, 22050, options).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(EncodeOggOpus({}, 100, OpusOptions{}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(Mp3EncoderTest, DecodesBackToSameDurationAndIsAudible) {
  Synthesis speech = Speech();
  absl::StatusOr<std::string> mp3 =
      EncodeMp3(speech.samples, speech.sample_rate, Mp3Options{});
  ASSERT_TRUE(mp3.ok()) << mp3.status();
  absl::StatusOr<DecodedAudio> back = DecodeMp3(*mp3);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->sample_rate, speech.sample_rate);
  // MP3 adds encoder delay and pads the last frame: at most ~0.15 s here.
  EXPECT_GE(back->seconds(), Seconds(speech) - 0.01);
  EXPECT_LT(back->seconds(), Seconds(speech) + 0.15);
  EXPECT_GT(RootMeanSquare(back->samples),
            0.5 * RootMeanSquare(speech.samples));
}

TEST(Mp3EncoderTest, RejectsBadOptions) {
  Mp3Options options;
  options.quality = -1;
  EXPECT_EQ(EncodeMp3({}, 22050, options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace khulasa::speech
