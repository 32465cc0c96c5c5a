// Runs `khulasa speak` end to end: audio files that decode to the length the
// marks describe, marks that point at the input's bytes, and clear errors
// with the right exit codes.
#include <cstdlib>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "src/speech/audio_decode_for_tests.h"
#include "tests/cli_process.h"

namespace khulasa {
namespace {

using testing::ProcessResult;
using testing::ReadTestFile;
using testing::RunKhulasa;
using testing::WriteTempFile;

// Two lines composed for this test: "The meeting opens on 3 March 2026 in
// the capital" / "Participants: 120 delegates from 15 countries".
constexpr char kText[] =
    "\u064a\u0641\u062a\u062a\u062d \u0627\u0644\u0627\u062c\u062a\u0645\u0627"
    "\u0639 \u0641\u064a 3 \u0645\u0627\u0631\u0633 2026 \u0641\u064a "
    "\u0627\u0644\u0639\u0627\u0635\u0645\u0629\n"
    "\u064a\u0634\u0627\u0631\u0643 120 \u0645\u0646\u062f\u0648\u0628\u0627 "
    "\u0645\u0646 15 \u062f\u0648\u0644\u0629\n";

// Checks marks against the bytes they point into and the audio length.
void CheckMarks(const std::string& marks_path, const std::string& source,
                double audio_seconds) {
  nlohmann::json marks =
      nlohmann::json::parse(ReadTestFile(marks_path), nullptr, false);
  ASSERT_TRUE(marks.is_array()) << marks_path;
  ASSERT_FALSE(marks.empty());
  int64_t previous_end = 0;
  for (const auto& mark : marks) {
    const size_t begin = mark["begin"];
    const size_t end = mark["end"];
    ASSERT_LE(end, source.size());
    EXPECT_EQ(source.substr(begin, end - begin), mark["text"]);
    EXPECT_GE(mark["start_ms"].get<int64_t>(), previous_end);
    previous_end = mark["end_ms"];
  }
  EXPECT_LE(static_cast<double>(previous_end) / 1000.0, audio_seconds);
  EXPECT_GT(static_cast<double>(previous_end) / 1000.0, audio_seconds - 1.0);
}

TEST(SpeakCliTest, TextToEveryFormat) {
  if (testing::KhulasaBinary().empty()) GTEST_SKIP() << "no khulasa binary";
  const std::string input = WriteTempFile("speak_in.txt", kText);
  for (const char* format : {"ogg", "mp3", "wav"}) {
    const std::string out = WriteTempFile(std::string("speak.") + format, "");
    const std::string marks = WriteTempFile("speak_marks.json", "");
    ProcessResult r = RunKhulasa({"speak", input, "--what", "text", "-o", out,
                                  "--marks", marks, "--diacritize", "off"});
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    const std::string audio = ReadTestFile(out);
    absl::StatusOr<speech::DecodedAudio> decoded =
        std::string(format) == "ogg"   ? speech::DecodeOggOpus(audio)
        : std::string(format) == "mp3" ? speech::DecodeMp3(audio)
                                       : speech::DecodeWav(audio);
    ASSERT_TRUE(decoded.ok()) << format << ": " << decoded.status();
    EXPECT_GT(decoded->seconds(), 3.0) << format;
    EXPECT_GT(speech::RootMeanSquare(decoded->samples), 300.0) << format;
    CheckMarks(marks, kText, decoded->seconds());
  }
}

TEST(SpeakCliTest, ArticleMarksPointIntoTheSeedArticle) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  const std::string seed =
      std::string(shared ? shared : "") + "/seed/000_10ea7d8f2b1e01f1.txt";
  const std::string source = ReadTestFile(seed);
  if (source.empty()) GTEST_SKIP() << "seed article not found at " << seed;
  const std::string out = WriteTempFile("article.wav", "");
  const std::string marks = WriteTempFile("article_marks.json", "");
  ProcessResult r = RunKhulasa({"speak", seed, "--what", "article", "-o", out,
                                "--marks", marks, "--diacritize", "off"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  absl::StatusOr<speech::DecodedAudio> decoded =
      speech::DecodeWav(ReadTestFile(out));
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_GT(decoded->seconds(), 60.0);
  CheckMarks(marks, source, decoded->seconds());
}

TEST(SpeakCliTest, SummaryEitherSpeaksOrSaysWhatIsMissing) {
  const std::string input = WriteTempFile("speak_article.txt", kText);
  const std::string out = WriteTempFile("summary.ogg", "");
  ProcessResult r = RunKhulasa(
      {"speak", input, "--what", "summary", "-o", out, "--diacritize", "off"});
  if (r.exit_code == 0) {
    EXPECT_TRUE(speech::DecodeOggOpus(ReadTestFile(out)).ok());
  } else {
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.err.rfind("khulasa: ", 0), 0u) << r.err;
  }
}

TEST(SpeakCliTest, BadInputAndUsage) {
  const std::string out = WriteTempFile("bad.ogg", "");
  struct Case {
    std::string input;
    std::vector<std::string> args;
    int exit_code;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"", {"speak", "-", "--what", "text", "-o", out}, 1, "empty"},
      {"Only English here\n",
       {"speak", "-", "--what", "text", "-o", out},
       1,
       "Arabic only"},
      {"\xd9\x85\xff\n",
       {"speak", "-", "--what", "text", "-o", out},
       1,
       "invalid UTF-8"},
      {kText, {"speak", "-", "--what", "text"}, 2, "--output"},
      {kText,
       {"speak", "-", "--what", "text", "--format", "flac", "-o", out},
       2,
       "flac"},
      {kText, {"speak", "-", "--what", "poem", "-o", out}, 2, "poem"},
      {kText,
       {"speak", "-", "--what", "text", "--rate", "5", "-o", out},
       2,
       "rate"},
  };
  for (const Case& c : cases) {
    const std::string input = WriteTempFile("bad_in.txt", c.input);
    ProcessResult r = RunKhulasa(c.args, input);
    EXPECT_EQ(r.exit_code, c.exit_code) << "input: " << c.input << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos)
        << "input: " << c.input << " stderr: " << r.err;
  }
}

}  // namespace
}  // namespace khulasa
