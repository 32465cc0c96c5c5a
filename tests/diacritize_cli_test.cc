// Runs `khulasa diacritize` and `khulasa eval diacritics` (the built binary)
// on good and bad input: output, exit codes and error text.
#include <string>

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
