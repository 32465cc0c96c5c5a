// Tests of the diacritization scorer: hand-counted cases, and agreement
// with ../shared/data/tashkeela/tools/score.py on the released WikiNews
// system outputs (skipped without the shared data or /usr/bin/python3).
#include "src/eval/diacritization_score.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

// Beh, teh, lam with marks, built from escapes to keep the source ASCII.
const std::string kBa = "\u0628", kTa = "\u062a", kLam = "\u0644";
const std::string kFatha = "\u064e", kKasra = "\u0650", kSukun = "\u0652",
                  kShadda = "\u0651", kAlef = "\u0627";

TEST(DiacritizationScoreTest, PerfectPredictionScoresZero) {
  const std::string gold = kBa + kFatha + kTa + kSukun + " " + kLam + kKasra;
  const DiacritizationScores s = ScoreDiacritizedTexts(gold, gold);
  EXPECT_EQ(s.letters, 3u);
  EXPECT_EQ(s.words, 2u);
  EXPECT_EQ(s.der, 0);
  EXPECT_EQ(s.wer, 0);
}

TEST(DiacritizationScoreTest, CountsCaseEndingsSeparately) {
  // Word 1: beh-fatha teh-sukun; the prediction gets the last letter wrong.
  const std::string gold = kBa + kFatha + kTa + kSukun + " " + kLam + kKasra;
  const std::string pred = kBa + kFatha + kTa + kKasra + " " + kLam + kKasra;
  const DiacritizationScores s = ScoreDiacritizedTexts(gold, pred);
  EXPECT_NEAR(s.der, 100.0 / 3, 1e-9);
  EXPECT_EQ(s.der_no_case, 0);  // only beh is not word-final
  EXPECT_NEAR(s.wer, 50, 1e-9);
  EXPECT_EQ(s.wer_no_case, 0);
}

TEST(DiacritizationScoreTest, LenientIgnoresSukunAndQcriDropsDefaults) {
  // Missing sukun: wrong when strict, right when lenient or QCRI-normalized.
  const std::string gold = kBa + kFatha + kTa + kSukun + kLam + kKasra;
  const std::string pred = kBa + kFatha + kTa + kLam + kKasra;
  const DiacritizationScores strict = ScoreDiacritizedTexts(gold, pred);
  EXPECT_GT(strict.der, 0);
  EXPECT_EQ(strict.der_lenient, 0);
  EXPECT_EQ(ScoreDiacritizedTexts(gold, pred, {.qcri_normalize = true}).der, 0);
  // Fatha before alef is a default mark under QCRI normalization.
  const std::string gold2 = kBa + kFatha + kAlef + kBa + kKasra;
  const std::string pred2 = kBa + kAlef + kBa + kKasra;
  EXPECT_GT(ScoreDiacritizedTexts(gold2, pred2).der, 0);
  EXPECT_EQ(ScoreDiacritizedTexts(gold2, pred2, {.qcri_normalize = true}).der,
            0);
}

TEST(DiacritizationScoreTest, ConventionsNormalizeHelperVowelsAndHamzaKasra) {
  const std::string kDamma = "\u064f", kMeem = "\u0645", kNoon = "\u0646";
  const std::string kHamzaBelow = "\u0625";
  // "مِنْ الْبَيْتِ" (the gold's sukun) against "مِنَ الْبَيْتِ" (the helper
  // vowel speech writes): right with conventions, wrong without.
  const std::string next = " " + kAlef + kLam + kSukun + kBa + kKasra;
  const std::string gold = kMeem + kKasra + kNoon + kSukun + next;
  const std::string pred = kMeem + kKasra + kNoon + kFatha + next;
  const DiacritizationScoreOptions conventions{.conventions = true};
  EXPECT_GT(ScoreDiacritizedTexts(gold, pred).der, 0);
  EXPECT_EQ(ScoreDiacritizedTexts(gold, pred, conventions).der, 0);
  EXPECT_EQ(ScoreDiacritizedTexts(pred, gold, conventions).der, 0);
  // After QCRI normalization (no sukun left) too.
  EXPECT_EQ(ScoreDiacritizedTexts(gold, pred,
                                  {.qcri_normalize = true, .conventions = true})
                .der,
            0);
  // Not before a word with a hamza (no wasl), not between two vowels, and
  // not a missing mark where the gold has no sukun.
  const std::string hamza_next = " " + kHamzaBelow + kKasra + kBa + kKasra;
  EXPECT_GT(ScoreDiacritizedTexts(kMeem + kKasra + kNoon + kSukun + hamza_next,
                                  kMeem + kKasra + kNoon + kFatha + hamza_next,
                                  conventions)
                .der,
            0);
  EXPECT_GT(
      ScoreDiacritizedTexts(kMeem + kKasra + kNoon + kDamma + next,
                            kMeem + kKasra + kNoon + kFatha + next, conventions)
          .der,
      0);
  EXPECT_GT(
      ScoreDiacritizedTexts(kMeem + kKasra + kNoon + next,
                            kMeem + kKasra + kNoon + kFatha + next, conventions)
          .der,
      0);
  // A bare alef with hamza below counts as carrying its kasra.
  const std::string bare = kHamzaBelow + kBa + kKasra;
  const std::string voweled = kHamzaBelow + kKasra + kBa + kKasra;
  EXPECT_GT(ScoreDiacritizedTexts(bare, voweled).der, 0);
  EXPECT_EQ(ScoreDiacritizedTexts(bare, voweled, conventions).der, 0);
}

TEST(DiacritizationScoreTest, ShaddaOrderDoesNotMatter) {
  const std::string gold = kBa + kShadda + kFatha;
  const std::string pred = kBa + kFatha + kShadda;
  EXPECT_EQ(ScoreDiacritizedTexts(gold, pred).der, 0);
}

TEST(DiacritizationScoreTest, MissingLettersAreErrorsAfterAlignment) {
  const std::string gold = kBa + kFatha + kTa + kFatha + kLam + kFatha;
  const std::string pred = kBa + kFatha + kLam + kFatha;  // teh dropped
  const DiacritizationScores s = ScoreDiacritizedTexts(gold, pred);
  EXPECT_NEAR(s.der, 100.0 / 3, 1e-9);
}

TEST(DiacritizationScoreTest, EmptyAndNonArabicInputScoreNothing) {
  for (const char* text : {"", " ", "abc 123", "\xff\xfe"}) {
    const DiacritizationScores s = ScoreDiacritizedTexts(text, text);
    EXPECT_EQ(s.letters, 0u) << "input: " << text;
    EXPECT_EQ(s.der, 0) << "input: " << text;
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Runs score.py and parses its "key=value ..." line.
std::map<std::string, double> RunScorePy(const std::string& tools,
                                         const std::string& ref,
                                         const std::string& hyp, bool qcri) {
  const std::string command = "/usr/bin/python3 '" + tools + "/score.py' " +
                              (qcri ? "--qcri " : "") + "'" + ref + "' '" +
                              hyp + "'";
  std::map<std::string, double> values;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return values;
  char buf[1024];
  std::string output;
  while (fgets(buf, sizeof(buf), pipe) != nullptr) output += buf;
  pclose(pipe);
  std::istringstream in(output);
  for (std::string item; in >> item;) {
    const size_t eq = item.find('=');
    if (eq != std::string::npos) {
      values[item.substr(0, eq)] = std::atof(item.c_str() + eq + 1);
    }
  }
  return values;
}

TEST(DiacritizationScoreAgreementTest, MatchesScorePyOnWikiNewsOutputs) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  const std::string root =
      std::string(shared != nullptr ? shared : "") + "/data/tashkeela";
  if (shared == nullptr || !std::filesystem::exists(root + "/tools/score.py")) {
    GTEST_SKIP() << "needs $KHULASA_SHARED_DIR/data/tashkeela (not found)";
  }
  if (!std::filesystem::exists("/usr/bin/python3")) {
    GTEST_SKIP() << "needs /usr/bin/python3 to run score.py";
  }
  const std::string bench = root + "/extra/catt_benchmark";
  const std::string gold = bench + "/WikiNews_data_gt.txt";
  const char* systems[] = {"Farasa_output", "CBHG_200K_output",
                           "Mishkal_output", "ed_mlm_ns_epoch_178"};
  for (const char* system : systems) {
    const std::string hyp =
        bench + "/system_outputs_WikiNews/WikiNews_data_" + system + ".txt";
    for (bool qcri : {false, true}) {
      const std::map<std::string, double> py =
          RunScorePy(root + "/tools", gold, hyp, qcri);
      ASSERT_EQ(py.size(), 8u) << "score.py failed on " << hyp;
      const DiacritizationScores s = ScoreDiacritizedTexts(
          ReadFile(gold), ReadFile(hyp), {.qcri_normalize = qcri});
      const std::map<std::string, double> ours = {
          {"der", s.der},
          {"der_noce", s.der_no_case},
          {"der_len", s.der_lenient},
          {"der_noce_len", s.der_no_case_lenient},
          {"wer", s.wer},
          {"wer_noce", s.wer_no_case},
          {"wer_len", s.wer_lenient},
          {"wer_noce_len", s.wer_no_case_lenient}};
      for (const auto& [key, value] : ours) {
        EXPECT_NEAR(value, py.at(key), 0.05)
            << system << (qcri ? " qcri " : " strict ") << key;
      }
    }
  }
}

}  // namespace
}  // namespace khulasa::eval
