// Runs `khulasa diacritize` and `khulasa eval diacritics` (the built binary)
// on good and bad input: output, exit codes and error text.
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

std::string Golden(const std::string& name) {
  return SourceDir() + "/tests/golden/diacritizer/" + name;
}

TEST(DiacritizeCliTest, DiacritizesAFileLikeTheGoldenOutput) {
  const ProcessResult r =
      RunKhulasa({"diacritize", Golden("health_news.in.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, ReadTestFile(Golden("health_news.out.txt")));
  EXPECT_EQ(r.err, "");
}

TEST(DiacritizeCliTest, ReadsStdinAndWritesAnOutputFile) {
  const std::string out = WriteTempFile("diacritized.txt", "");
  const ProcessResult r =
      RunKhulasa({"diacritize", "-", "-o", out}, Golden("economy.in.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadTestFile(out), ReadTestFile(Golden("economy.out.txt")));
}

TEST(DiacritizeCliTest, MissingInputOrModelIsARuntimeError) {
  ProcessResult r = RunKhulasa({"diacritize", "/nonexistent/input.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("khulasa: ", 0), 0u) << r.err;
  r = RunKhulasa({"diacritize", Golden("economy.in.txt"), "--model",
                  "/nonexistent/diacritizer.bin"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/diacritizer.bin"), std::string::npos)
      << r.err;
  const std::string corrupt = WriteTempFile("bad_model.bin", "KHDIAC01xx");
  r = RunKhulasa({"diacritize", Golden("economy.in.txt"), "--model", corrupt});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("corrupt diacritizer model"), std::string::npos)
      << r.err;
}

TEST(DiacritizeCliTest, InvalidUtf8FailsUnlessLenient) {
  const std::string bad = WriteTempFile("bad.txt", "abc \xff def\n");
  ProcessResult r = RunKhulasa({"diacritize", bad});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("invalid UTF-8 at byte 4"), std::string::npos) << r.err;
  r = RunKhulasa({"diacritize", bad, "--lenient"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "abc \xef\xbf\xbd def\n");
}

// The switches that moved from the flags into --tuning FILE (issue 15).
const char* const kTuningNames[] = {"use-lexicon",   "lexicon-last-letter",
                                    "lexicon-prior", "split-prior",
                                    "beam",          "stack",
                                    "stack-rounds",  "mark-consonants",
                                    "enclitics",     "suffixes",
                                    "names",         "patterns",
                                    "pattern-prior", "repair"};

TEST(DiacritizeCliTest, HelpListsTheUserOptionsNotTheResearchSwitches) {
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"diacritize", "--help"},
        std::vector<std::string>{"eval", "diacritics", "--help"}}) {
    const ProcessResult r = RunKhulasa(command);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* kept :
         {"--model", "--hamza-kasra", "--helper-vowels", "--tuning FILE"}) {
      EXPECT_NE(r.out.find(kept), std::string::npos) << kept << "\n" << r.out;
    }
    for (const char* name : kTuningNames) {
      EXPECT_EQ(r.out.find(std::string("--") + name + " "), std::string::npos)
          << name << "\n"
          << r.out;
    }
  }
  const ProcessResult r =
      RunKhulasa({"diacritize", Golden("economy.in.txt"), "--beam", "1"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

TEST(DiacritizeCliTest, TuningFileTurnsTheSecondPassOff) {
  // On this line the second pass changes three case endings (two
  // genitives and an adjective's ending; see the .out.txt).
  const std::string in = Golden("mixed_latin_digits.in.txt");
  const std::string golden = ReadTestFile(Golden("mixed_latin_digits.out.txt"));
  const std::string off = WriteTempFile(
      "stack_off.tuning", "# the first pass alone\nstack = 0  # ablation\n");
  ProcessResult r = RunKhulasa({"diacritize", in, "--tuning", off});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out, golden);
  EXPECT_NE(r.out.find("\u0644\u0650\u0634\u064e\u0631\u0650\u0643\u064e"
                       "\u0629\u064d"),
            std::string::npos)
      << r.out;  // li-sharikatin: the first pass's tanween
  // Every name at its default value changes nothing.
  const std::string defaults = WriteTempFile(
      "defaults.tuning",
      "use-lexicon = 1\nlexicon-last-letter = false\nlexicon-prior = 4\n"
      "split-prior = -1\nbeam = 8\nstack = true\nstack-rounds = 1\n"
      "mark-consonants = 1\nenclitics = 1\nsuffixes = 1\nnames = 1\n"
      "patterns = 1\npattern-prior = 1.0\nrepair = 1\n");
  r = RunKhulasa({"diacritize", in, "--tuning", defaults});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden);
}

// The files the docs' ablation commands name (bench/tuning/) all parse, and
// the template at the defaults changes nothing.
TEST(DiacritizeCliTest, CommittedTuningFilesAreAccepted) {
  const std::string gold = Golden("economy.out.txt");
  int files = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(SourceDir() + "/bench/tuning")) {
    const ProcessResult r =
        RunKhulasa({"eval", "diacritics", "--gold", gold, "--pred", gold,
                    "--tuning", entry.path().string()});
    EXPECT_EQ(r.exit_code, 0) << entry.path() << ": " << r.err;
    ++files;
  }
  EXPECT_GE(files, 10);
  const ProcessResult r =
      RunKhulasa({"diacritize", Golden("economy.in.txt"), "--tuning",
                  SourceDir() + "/bench/tuning/defaults.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, ReadTestFile(gold));
}

TEST(DiacritizeCliTest, BadTuningFileIsAnErrorNamingFileAndLine) {
  const struct {
    const char* text;
    const char* error;  // after "khulasa: FILE:"
  } kCases[] = {
      {"beam = 2\nbogus = 1\n",
       "2: unknown tuning name 'bogus'; accepted: use-lexicon, "},
      {"\n# greedy\nbeam = 0\n",
       "3: bad value '0' for 'beam'; accepted: an integer from 1 to 64"},
      {"stack-rounds = 9",
       "1: bad value '9' for 'stack-rounds'; accepted: "
       "an integer from 1 to 8"},
      {"stack = maybe\n",
       "1: bad value 'maybe' for 'stack'; accepted: 0, 1, true or false"},
      {"lexicon-prior = nan\n",
       "1: bad value 'nan' for 'lexicon-prior'; accepted: a finite number"},
      {"split-prior = 4x\n", "1: bad value '4x' for 'split-prior'"},
      {"beam 3\n", "1: expected 'name = value', got 'beam 3'"},
      {"beam = 2\nbeam = 3\n", "2: 'beam' is set twice (first on line 1)"},
      {"hamza-kasra = 0\n", "1: unknown tuning name 'hamza-kasra'"},
  };
  const std::string in = Golden("economy.in.txt");
  for (const auto& c : kCases) {
    const std::string file = WriteTempFile("bad.tuning", c.text);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"diacritize", in, "--tuning", file},
          std::vector<std::string>{"eval", "diacritics", "--gold", in, "--pred",
                                   in, "--tuning", file}}) {
      const ProcessResult r = RunKhulasa(command);
      EXPECT_EQ(r.exit_code, 2) << "input: " << c.text;
      EXPECT_EQ(r.err.rfind("khulasa: " + file + ":" + c.error, 0), 0u)
          << "input: " << c.text << "\n"
          << r.err;
      EXPECT_EQ(r.out, "") << "input: " << c.text;
    }
  }
  const ProcessResult r = RunKhulasa(
      {"diacritize", in, "--tuning", "/nonexistent/ablation.tuning"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--tuning: cannot open /nonexistent/ablation.tuning"),
            std::string::npos)
      << r.err;
}

TEST(EvalDiacriticsCliTest, ScoresAPredictionAgainstGold) {
  const std::string gold = Golden("health_news.out.txt");
  const ProcessResult r =
      RunKhulasa({"eval", "diacritics", "--gold", gold, "--pred", gold});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("strict (Fadel)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0.00     0.00     0.00     0.00"), std::string::npos)
      << r.out;
  const ProcessResult raw = RunKhulasa(
      {"eval", "diacritics", "--gold", gold, "--pred", gold, "--raw"});
  EXPECT_EQ(raw.out.rfind("strict der=0.00 der_noce=0.00", 0), 0u) << raw.out;
}

TEST(EvalDiacriticsCliTest, MissingGoldIsAUsageError) {
  const ProcessResult r = RunKhulasa({"eval", "diacritics"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace khulasa::testing
