// Runs `khulasa speak` end to end: audio files that decode to the length the
// marks describe, marks that point at the input's bytes, and clear errors
// with the right exit codes.
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

// The words of `text` as a listener hears them marked: split at spaces,
// newlines and '/', without the punctuation around them.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  const std::string space = " \n/";
  const std::vector<std::string> punctuation = {
      ".", ",", ":", "!", "\"", "(", ")", "\u060c", "\u061f", "\u061b"};
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find_first_of(space, begin);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(begin, end - begin);
    begin = end + 1;
    for (bool trimmed = true; trimmed && !word.empty();) {
      trimmed = false;
      for (const std::string& p : punctuation) {
        if (word.size() >= p.size() &&
            word.compare(word.size() - p.size(), p.size(), p) == 0) {
          word.resize(word.size() - p.size());
          trimmed = true;
        } else if (word.compare(0, p.size(), p) == 0) {
          word.erase(0, p.size());
          trimmed = true;
        }
      }
    }
    if (!word.empty()) words.push_back(word);
  }
  return words;
}

std::vector<std::string> MarkTexts(const std::string& marks_path) {
  nlohmann::json marks =
      nlohmann::json::parse(ReadTestFile(marks_path), nullptr, false);
  std::vector<std::string> texts;
  if (!marks.is_array()) return texts;
  for (const auto& mark : marks) texts.push_back(mark["text"]);
  return texts;
}

// With the diacritizer, pausal forms (teh marbuta read as h, -an as a long
// a, allah), numbers and dates, each mark still points at one written word,
// in order, and every word has its mark. Composed: "Qatar and the United
// States renewed their defence partnership on 29 September/Aylul 2025. /
// The two sides stressed the depth of the partnership, a real part of it,
// God willing."
TEST(SpeakCliTest, MarksPointAtTheWrittenWordsAfterPausalForms) {
  if (testing::KhulasaBinary().empty()) GTEST_SKIP() << "no khulasa binary";
  const std::string text =
      "\u062c\u062f\u062f\u062a \u0642\u0637\u0631 "
      "\u0648\u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a "
      "\u0627\u0644\u0645\u062a\u062d\u062f\u0629 "
      "\u0634\u0631\u0627\u0643\u062a\u0647\u0645\u0627 "
      "\u0627\u0644\u062f\u0641\u0627\u0639\u064a\u0629 \u0641\u064a 29 "
      "\u0633\u0628\u062a\u0645\u0628\u0631/\u0623\u064a\u0644\u0648\u0644 "
      "2025.\n"
      "\u0623\u0643\u062f \u0627\u0644\u062c\u0627\u0646\u0628\u0627\u0646 "
      "\u0639\u0645\u0642 \u0627\u0644\u0634\u0631\u0627\u0643\u0629\u060c "
      "\u062c\u0632\u0621\u0627\u064b \u0641\u0627\u0639\u0644\u0627\u064b "
      "\u0645\u0646\u0647\u0627\u060c \u0625\u0646 \u0634\u0627\u0621 "
      "\u0627\u0644\u0644\u0647.\n";
  const std::string input = WriteTempFile("marks_in.txt", text);
  const std::string out = WriteTempFile("marks.wav", "");
  const std::string marks = WriteTempFile("marks.json", "");
  const std::string spoken = WriteTempFile("marks_spoken.txt", "");
  ProcessResult r =
      RunKhulasa({"speak", input, "--what", "text", "-o", out, "--marks", marks,
                  "--diacritize", "on", "--spoken-text", spoken});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(MarkTexts(marks), Words(text))
      << "spoken: " << ReadTestFile(spoken);
  absl::StatusOr<speech::DecodedAudio> decoded =
      speech::DecodeWav(ReadTestFile(out));
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  CheckMarks(marks, text, decoded->seconds());
  // The lines end on their pausal forms: allah with its long a, no -u.
  const std::string said = ReadTestFile(spoken);
  EXPECT_NE(said.find("\u0644\u0651\u0670\u0647."), std::string::npos) << said;
}

// --what title,summary: the title is the first spoken line, and the marks
// start on its words.
TEST(SpeakCliTest, TitleIsReadBeforeTheSummaryWhenAsked) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  const std::string seed =
      std::string(shared ? shared : "") + "/seed/000_10ea7d8f2b1e01f1.txt";
  if (ReadTestFile(seed).empty()) GTEST_SKIP() << "no seed article at " << seed;
  const std::string out = WriteTempFile("title.ogg", "");
  const std::string marks = WriteTempFile("title_marks.json", "");
  const std::string spoken = WriteTempFile("title_spoken.txt", "");
  std::vector<std::vector<std::string>> lines;
  for (const char* what : {"summary", "title,summary", "title"}) {
    ProcessResult r =
        RunKhulasa({"speak", seed, "--what", what, "-o", out, "--marks", marks,
                    "--diacritize", "off", "--spoken-text", spoken});
    ASSERT_EQ(r.exit_code, 0) << what << ": " << r.err;
    lines.push_back(Words(ReadTestFile(spoken)));
    if (std::string(what) == "title,summary") {
      // "al-hiwar al-qatari al-amiriki: ...", the seed's title.
      const std::vector<std::string> texts = MarkTexts(marks);
      ASSERT_GE(texts.size(), 3u);
      EXPECT_EQ(texts[0], "\u0627\u0644\u062d\u0648\u0627\u0631");
      EXPECT_EQ(texts[1], "\u0627\u0644\u0642\u0637\u0631\u064a");
    }
  }
  // title,summary says the title's words, then the summary's.
  std::vector<std::string> both = lines[2];
  both.insert(both.end(), lines[0].begin(), lines[0].end());
  EXPECT_EQ(lines[1], both);
  ProcessResult r = RunKhulasa({"speak", seed, "--what", "title,text", "-o",
                                out, "--diacritize", "off"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no title"), std::string::npos) << r.err;
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

// A model folder ($KHULASA_MODEL_DIR) holding the committed ranker and,
// when `diacritizer` is not null, those bytes as the diacritizer model.
std::string ModelDir(const std::string& name, const std::string* diacritizer) {
  const std::filesystem::path dir =
      std::filesystem::path(WriteTempFile(name + ".probe", "")).parent_path() /
      name;
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(
      testing::SourceDir() + "/models/summary_ranker.txt",
      dir / "summary_ranker.txt",
      std::filesystem::copy_options::overwrite_existing);
  std::filesystem::remove(dir / "diacritizer.bin");
  if (diacritizer != nullptr) {
    std::ofstream(dir / "diacritizer.bin", std::ios::binary) << *diacritizer;
  }
  return dir.string();
}

// Sets an environment variable for the life of the object (the khulasa
// processes the test starts inherit it).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

// Without a diacritizer model, --diacritize auto still speaks but says the
// speech has no vowel marks; --diacritize on refuses. A truncated or corrupt
// model is an error naming the file, whatever the mode but off.
TEST(SpeakCliTest, MissingOrCorruptDiacritizerIsSaid) {
  const std::string input = WriteTempFile("speak_model_article.txt", kText);
  const std::string out = WriteTempFile("speak_model.wav", "");
  {
    ScopedEnv env("KHULASA_MODEL_DIR", ModelDir("no_diacritizer", nullptr));
    ProcessResult r = RunKhulasa({"speak", input, "--what", "text", "-o", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("warning: no diacritizer model"), std::string::npos)
        << r.err;
    r = RunKhulasa(
        {"speak", input, "--what", "text", "-o", out, "--diacritize", "off"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    r = RunKhulasa(
        {"speak", input, "--what", "text", "-o", out, "--diacritize", "on"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("diacritizer.bin"), std::string::npos) << r.err;
  }
  const std::string model =
      ReadTestFile(testing::SourceDir() + "/models/diacritizer.bin");
  ASSERT_FALSE(model.empty());
  const std::string truncated = model.substr(0, model.size() / 2);
  const std::string garbage = "KHDIAC01" + std::string(64, 'x');
  for (const std::string* bytes : {&truncated, &garbage}) {
    const std::string dir = ModelDir("bad_diacritizer", bytes);
    ScopedEnv env("KHULASA_MODEL_DIR", dir);
    ProcessResult r = RunKhulasa({"speak", input, "--what", "text", "-o", out});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(dir + "/diacritizer.bin"), std::string::npos) << r.err;
  }
}

// --per-bullet: one audio file and one marks file per spoken line, numbered
// in reading order; each marks file holds that line's words only.
TEST(SpeakCliTest, PerBulletWritesOneFilePerLine) {
  const std::string input = WriteTempFile("per_bullet_in.txt", kText);
  const std::string dir = ::testing::TempDir() + "/per_bullet";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  ProcessResult r =
      RunKhulasa({"speak", input, "--what", "text", "-o", dir + "/line.wav",
                  "--per-bullet", "--marks", dir + "/marks.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (int i = 1; i <= 2; ++i) {
    const std::string n = std::to_string(i);
    EXPECT_GT(std::filesystem::file_size(dir + "/line-" + n + ".wav"), 1000u);
    const nlohmann::json marks = nlohmann::json::parse(
        ReadTestFile(dir + "/marks-" + n + ".json"), nullptr, false);
    ASSERT_TRUE(marks.is_array()) << n;
    EXPECT_FALSE(marks.empty()) << n;
  }
  EXPECT_FALSE(std::filesystem::exists(dir + "/line-3.wav"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/line.wav"));
  // The second file starts with the second line's first word ("يشارك").
  const nlohmann::json second =
      nlohmann::json::parse(ReadTestFile(dir + "/marks-2.json"));
  EXPECT_EQ(second[0]["text"], "\u064a\u0634\u0627\u0631\u0643");
  // Several files cannot go to stdout.
  r = RunKhulasa({"speak", input, "--what", "text", "-o", "-", "--per-bullet"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--per-bullet"), std::string::npos) << r.err;
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
      // An audio extension khulasa does not write is refused, not filled
      // with Ogg.
      {kText,
       {"speak", "-", "--what", "text", "-o", out + ".flac"},
       1,
       "cannot write audio as \"flac\""},
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
  EXPECT_FALSE(std::filesystem::exists(out + ".flac"));
}

}  // namespace
}  // namespace khulasa
