// Tests of the committed model models/diacritizer.bin: golden sentences
// (tests/golden/diacritizer/<case>.in.txt -> <case>.out.txt; set
// KHULASA_UPDATE_GOLDEN=1 to rewrite the expected files, then review the
// diff) and a DER regression check on the first lines of Fadel val.txt
// (needs $KHULASA_SHARED_DIR; skipped without it).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/eval/diacritization_score.h"
#include "src/speech/diacritizer.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

std::string SourceDir() {
  const char* dir = std::getenv("KHULASA_SOURCE_DIR");
  return dir != nullptr ? dir : ".";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The committed model with the default options, or with the conventions of
// the Fadel / Tashkeela text (no kasra added under hamza-alef), or of the
// WikiNews-2014 gold (sukun kept before hamzat al-wasl).
enum class Convention { kDefault, kTashkeela, kWikiNews };

const Diacritizer& Committed(Convention convention = Convention::kDefault) {
  static const Diacritizer* const models[3] = {
      [] {
        auto loaded =
            Diacritizer::Load(SourceDir() + "/models/diacritizer.bin");
        return loaded.ok() ? loaded->release() : nullptr;
      }(),
      [] {
        DiacritizerOptions options;
        options.kasra_under_hamza = false;
        auto loaded =
            Diacritizer::Load(SourceDir() + "/models/diacritizer.bin", options);
        return loaded.ok() ? loaded->release() : nullptr;
      }(),
      [] {
        DiacritizerOptions options;
        options.helper_vowels = false;
        auto loaded =
            Diacritizer::Load(SourceDir() + "/models/diacritizer.bin", options);
        return loaded.ok() ? loaded->release() : nullptr;
      }()};
  const Diacritizer* model = models[static_cast<int>(convention)];
  if (model == nullptr) {
    ADD_FAILURE() << "cannot load models/diacritizer.bin; train it with "
                     "'khulasa train diacritizer'";
    std::abort();
  }
  return *model;
}

TEST(DiacritizerGoldenTest, MatchesTheGoldenFiles) {
  const std::filesystem::path dir = SourceDir() + "/tests/golden/diacritizer";
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 7 && name.substr(name.size() - 7) == ".in.txt") {
      inputs.push_back(entry.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  ASSERT_FALSE(inputs.empty()) << "no golden cases in " << dir;
  const bool update = std::getenv("KHULASA_UPDATE_GOLDEN") != nullptr;
  for (const auto& input : inputs) {
    std::string expected_path = input.string();
    expected_path.replace(expected_path.size() - 7, 7, ".out.txt");
    auto out = Committed().Diacritize(ReadFile(input.string()));
    ASSERT_TRUE(out.ok()) << input << ": " << out.status();
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << *out;
      continue;
    }
    EXPECT_EQ(*out, ReadFile(expected_path)) << "case: " << input;
  }
}

TEST(DiacritizerGoldenTest, WikiNewsConventionKeepsSukunBeforeWasla) {
  // "min al-" from the training data: with helper vowels (speech) the
  // noon takes fatha, in the WikiNews convention it keeps its sukun.
  const std::string input = "\u0645\u0646 \u0627\u0644\u064a\u0648\u0645";
  auto spoken = Committed().Diacritize(input);
  auto written = Committed(Convention::kWikiNews).Diacritize(input);
  ASSERT_TRUE(spoken.ok() && written.ok());
  EXPECT_EQ(spoken->substr(0, 8), "\u0645\u0650\u0646\u064e");
  EXPECT_EQ(written->substr(0, 8), "\u0645\u0650\u0646\u0652");
}

// The committed model measures DER 4.88 / 3.32 (with / without case
// endings; 4.86 / 3.32 decoded greedily) on the first 300 lines of val.txt,
// in the Tashkeela convention; the thresholds sit just above, so a real
// regression fails the test (the model before the last, 5.24 / 3.40, would
// fail it).
constexpr int kValLines = 300;
constexpr double kMaxDer = 4.95;
constexpr double kMaxDerNoCase = 3.38;

TEST(DiacritizerModelFileTest, HasTheSecondPassOverCaseEndings) {
  EXPECT_TRUE(Committed().model().stacked());
}

TEST(DiacritizerModelFileTest, HasUnknownWordRows) {
  EXPECT_TRUE(Committed().model().unknown_word_rows());
}

TEST(DiacritizerRegressionTest, FadelValDerStaysUnderThreshold) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  const std::string path =
      std::string(shared != nullptr ? shared : "") + "/data/tashkeela/val.txt";
  if (shared == nullptr || !std::filesystem::exists(path)) {
    GTEST_SKIP() << "needs $KHULASA_SHARED_DIR/data/tashkeela/val.txt";
  }
  std::istringstream val(ReadFile(path));
  std::string gold, input;
  int lines = 0;
  for (std::string line; lines < kValLines && std::getline(val, line);
       ++lines) {
    gold += line + "\n";
  }
  // Strip the marks: the diacritizer keeps marks it is given.
  const LabeledText parsed = ParseDiacritized(gold);
  for (char32_t c : parsed.chars) text::AppendUtf8(c, &input);
  auto out = Committed(Convention::kTashkeela).Diacritize(input);
  ASSERT_TRUE(out.ok()) << out.status();
  const eval::DiacritizationScores scores =
      eval::ScoreDiacritizedTexts(gold, *out);
  EXPECT_LE(scores.der, kMaxDer) << scores.DebugString();
  EXPECT_LE(scores.der_no_case, kMaxDerNoCase) << scores.DebugString();
}

}  // namespace
}  // namespace khulasa::speech
