// SpeakText end to end: every format decodes back to the reported duration,
// the marks cover the speech and point into the input, bad input fails
// clearly.
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "khulasa/speech.h"
#include "src/speech/audio_decode_for_tests.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa {
namespace {

// Two bullets (composed for these tests): "The government announced a new
// plan on 17 December 2025" / "Oil prices rose by 3% in world markets".
constexpr char kBullets[] =
    "\u0623\u0639\u0644\u0646\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629"
    " \u062e\u0637\u0629 \u062c\u062f\u064a\u062f\u0629 \u0641\u064a 17 "
    "\u062f\u064a\u0633\u0645\u0628\u0631 2025\n"
    "\u0627\u0631\u062a\u0641\u0639\u062a \u0623\u0633\u0639\u0627\u0631 "
    "\u0627\u0644\u0646\u0641\u0637 3% \u0641\u064a "
    "\u0627\u0644\u0623\u0633\u0648\u0627\u0642 "
    "\u0627\u0644\u0639\u0627\u0644\u0645\u064a\u0629\n";

SpeechOptions Options(AudioFormat format) {
  SpeechOptions options;
  options.format = format;
  options.diacritize = Diacritization::kOff;
  return options;
}

absl::StatusOr<speech::DecodedAudio> Decode(const SpeechResult& result) {
  switch (result.format) {
    case AudioFormat::kWav:
      return speech::DecodeWav(result.audio);
    case AudioFormat::kOgg:
      return speech::DecodeOggOpus(result.audio);
    case AudioFormat::kMp3:
      return speech::DecodeMp3(result.audio);
  }
  return absl::InternalError("format");
}

TEST(SpeakTextTest, EveryFormatDecodesToTheDurationAndMarksCoverIt) {
  for (AudioFormat format :
       {AudioFormat::kWav, AudioFormat::kOgg, AudioFormat::kMp3}) {
    SCOPED_TRACE(std::string(AudioFormatName(format)));
    absl::StatusOr<SpeechResult> result = SpeakText(kBullets, Options(format));
    ASSERT_TRUE(result.ok()) << result.status();
    // Two bullets of 8 and 7 words (numbers read out) at 150 words/minute.
    EXPECT_GT(result->duration_ms, 5000);
    EXPECT_LT(result->duration_ms, 20000);
    absl::StatusOr<speech::DecodedAudio> audio = Decode(*result);
    ASSERT_TRUE(audio.ok()) << audio.status();
    const double tolerance_s = format == AudioFormat::kMp3 ? 0.15 : 0.03;
    EXPECT_NEAR(audio->seconds(),
                static_cast<double>(result->duration_ms) / 1000.0, tolerance_s);
    EXPECT_GT(speech::RootMeanSquare(audio->samples), 300.0);

    const std::string text = kBullets;
    ASSERT_GE(result->marks.size(), 12u);
    EXPECT_LT(result->marks.front().start_ms, 400);
    EXPECT_GT(result->marks.back().end_ms, result->duration_ms - 800);
    EXPECT_LE(result->marks.back().end_ms, result->duration_ms);
    int64_t previous_end = 0;
    size_t previous_source_end = 0;
    for (const SpeechMark& mark : result->marks) {
      EXPECT_GE(mark.start_ms, previous_end);
      EXPECT_GT(mark.end_ms, mark.start_ms);
      EXPECT_GE(mark.source.begin, previous_source_end);
      ASSERT_LE(mark.source.end, text.size());
      // Marks cover whole words: never a space at either end.
      EXPECT_NE(text[mark.source.begin], ' ');
      EXPECT_NE(text[mark.source.end - 1], ' ');
      previous_end = mark.end_ms;
      previous_source_end = mark.source.end;
    }
  }
}

TEST(SpeakTextTest, NumbersAndDatesAreOneMarkEach) {
  absl::StatusOr<SpeechResult> result =
      SpeakText(kBullets, Options(AudioFormat::kWav));
  ASSERT_TRUE(result.ok()) << result.status();
  const std::string text = kBullets;
  std::vector<std::string> marked;
  for (const SpeechMark& mark : result->marks) {
    marked.push_back(
        text.substr(mark.source.begin, mark.source.end - mark.source.begin));
  }
  // "17" is read "the seventeenth of": one mark; so are "2025" and "3%".
  EXPECT_NE(std::find(marked.begin(), marked.end(), "17"), marked.end());
  EXPECT_NE(std::find(marked.begin(), marked.end(), "2025"), marked.end());
  EXPECT_NE(std::find(marked.begin(), marked.end(), "3%"), marked.end());
}

TEST(SpeakTextTest, PauseBetweenBulletsLengthensTheAudio) {
  SpeechOptions short_pause = Options(AudioFormat::kWav);
  short_pause.pause_between_bullets_ms = 0;
  SpeechOptions long_pause = Options(AudioFormat::kWav);
  long_pause.pause_between_bullets_ms = 2000;
  absl::StatusOr<SpeechResult> a = SpeakText(kBullets, short_pause);
  absl::StatusOr<SpeechResult> b = SpeakText(kBullets, long_pause);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NEAR(static_cast<double>(b->duration_ms - a->duration_ms), 2000, 100);
}

TEST(SpeakTextTest, BadInputGivesClearErrors) {
  struct Case {
    std::string text;
    absl::StatusCode code;
    const char* message_part;
  };
  const std::vector<Case> cases = {
      {"", absl::StatusCode::kInvalidArgument, "empty"},
      {" \n\t \n", absl::StatusCode::kInvalidArgument, "empty"},
      {"...!", absl::StatusCode::kInvalidArgument, "empty"},
      {"Hello world 2025", absl::StatusCode::kInvalidArgument, "Arabic only"},
      {"\u0643\u062a\u0628 \xff", absl::StatusCode::kInvalidArgument, "byte 7"},
      {"https://example.com/\u0643\u062a\u0628",
       absl::StatusCode::kInvalidArgument, "links"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<SpeechResult> result =
        SpeakText(c.text, Options(AudioFormat::kOgg));
    EXPECT_EQ(result.status().code(), c.code) << "input: " << c.text;
    EXPECT_NE(result.status().message().find(c.message_part), std::string::npos)
        << "input: " << c.text << " message: " << result.status().message();
  }
  SpeechOptions small = Options(AudioFormat::kOgg);
  small.max_input_bytes = 64;
  std::string huge;
  while (huge.size() <= 64) huge += "\u0643\u062a\u0628 ";
  EXPECT_EQ(SpeakText(huge, small).status().code(),
            absl::StatusCode::kResourceExhausted);
  SpeechOptions bad_rate = Options(AudioFormat::kOgg);
  bad_rate.rate_wpm = 10;
  EXPECT_EQ(SpeakText(kBullets, bad_rate).status().code(),
            absl::StatusCode::kInvalidArgument);
  SpeechOptions missing_model = Options(AudioFormat::kOgg);
  missing_model.diacritize = Diacritization::kRequired;
  missing_model.diacritizer_model_path = "/nonexistent/diacritizer.bin";
  absl::Status status = SpeakText(kBullets, missing_model).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_NE(status.message().find("/nonexistent/diacritizer.bin"),
            std::string::npos);
}

// A corrupt model is an error on every call (its load is remembered, not
// retried), in both diacritization modes: never silent speech without
// vowels.
TEST(SpeakTextTest, ACorruptModelIsAnErrorEveryTime) {
  const std::string path = ::testing::TempDir() + "/corrupt_diacritizer.bin";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(4096, '\x5a');
  }
  for (Diacritization mode : {Diacritization::kAuto, Diacritization::kRequired,
                              Diacritization::kAuto}) {
    SpeechOptions options = Options(AudioFormat::kOgg);
    options.diacritize = mode;
    options.diacritizer_model_path = path;
    const absl::Status status = SpeakText(kBullets, options).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
    EXPECT_NE(status.message().find(path), std::string::npos) << status;
  }
}

TEST(SpeakTextTest, LongTextSpeaksInOnePiece) {
  // 100 short lines: large input within the default limit still works and
  // the marks stay ordered.
  std::string text;
  for (int i = 0; i < 100; ++i) {
    text += "\u0643\u064e\u062a\u064e\u0628\u064e " + std::to_string(i) + "\n";
  }
  SpeechOptions options = Options(AudioFormat::kOgg);
  options.pause_between_bullets_ms = 0;
  absl::StatusOr<SpeechResult> result = SpeakText(text, options);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_GE(result->marks.size(), 200u);
  for (size_t i = 1; i < result->marks.size(); ++i) {
    ASSERT_GE(result->marks[i].start_ms, result->marks[i - 1].end_ms);
  }
}

}  // namespace
}  // namespace khulasa
