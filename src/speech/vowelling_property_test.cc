// Property test of the committed diacritizer's default output: text from
// ../shared/data/tashkeela/ (Fadel val and test, then the MSA and classical
// books) with its marks stripped is diacritized and no word of the output
// may break a rule of well-formed vowelling (vowelling_repair.h).
//
// ctest runs a sample ($KHULASA_VOWELLING_WORDS, default 200,000 words);
// bench/vowelling_property.sh runs 1,000,000 and more, and with
// $KHULASA_VOWELLING_RAW=1 also counts what the model writes without the
// repair. Skipped without the shared data.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/speech/diacritizer.h"
#include "src/speech/diacritizer_labels.h"
#include "src/speech/vowelling_repair.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

namespace fs = std::filesystem;

std::string SourceDir() {
  const char* dir = std::getenv("KHULASA_SOURCE_DIR");
  return dir != nullptr ? dir : ".";
}

size_t EnvCount(const char* name, size_t fallback) {
  const char* value = std::getenv(name);
  if (value == nullptr || value[0] == '\0') return fallback;
  return static_cast<size_t>(std::strtoull(value, nullptr, 10));
}

// The text files, in a fixed order: Fadel val and test, then each folder's
// .txt files sorted by name.
std::vector<fs::path> Sources(const fs::path& tashkeela) {
  std::vector<fs::path> files = {tashkeela / "val.txt", tashkeela / "test.txt"};
  for (const char* folder :
       {"extra/tashkeela_msa", "extra/tashkeela_classical"}) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(tashkeela / folder, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt") {
        found.push_back(entry.path());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// `line` without marks, tatweel and superscript alef, alef wasla written as
// bare alef (so that the output has no wasla it was not given); counts its
// Arabic words into *words.
std::string Strip(std::string_view line, size_t* words) {
  const LabeledText parsed = ParseDiacritized(line);
  std::string out;
  bool in_word = false;
  for (char32_t c : parsed.chars) {
    const bool letter = IsDiacritizableLetter(c);
    if (letter && !in_word) ++*words;
    in_word = letter;
    text::AppendUtf8(c == text::kAlefWasla ? text::kAlef : c, &out);
  }
  return out;
}

struct Tally {
  size_t words = 0;
  size_t ill_formed = 0;
  std::map<std::string, size_t> by_rule;
  std::map<std::string, std::vector<std::string>> examples;

  void Add(std::string_view output) {
    for (const IllFormedWord& w : FindIllFormedWords(output)) {
      ++ill_formed;
      const std::string rules = VowellingProblemNames(w.problems);
      ++by_rule[rules];
      auto& list = examples[rules];
      if (list.size() < 5) {
        list.emplace_back(output.substr(w.begin, w.end - w.begin));
      }
    }
  }

  std::string Summary(const std::string& what) const {
    std::ostringstream out;
    out << what << ": " << words << " words, " << ill_formed << " ill-formed\n";
    for (const auto& [rules, count] : by_rule) {
      out << "  " << rules << " " << count << ":";
      for (const std::string& e : examples.at(rules)) out << " " << e;
      out << "\n";
    }
    return out.str();
  }
};

TEST(VowellingPropertyTest, DefaultOutputHasNoIllFormedWord) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  const fs::path tashkeela =
      fs::path(shared != nullptr ? shared : "") / "data" / "tashkeela";
  if (shared == nullptr || !fs::exists(tashkeela / "val.txt")) {
    GTEST_SKIP() << "needs $KHULASA_SHARED_DIR/data/tashkeela/ (val.txt, ...)";
  }
  const size_t budget = EnvCount("KHULASA_VOWELLING_WORDS", 200000);
  const bool raw = EnvCount("KHULASA_VOWELLING_RAW", 0) != 0;
  auto repaired = Diacritizer::Load(SourceDir() + "/models/diacritizer.bin");
  ASSERT_TRUE(repaired.ok()) << repaired.status();
  DiacritizerOptions off;
  off.repair_vowelling = false;
  std::unique_ptr<Diacritizer> model_only;
  if (raw) {
    auto loaded =
        Diacritizer::Load(SourceDir() + "/models/diacritizer.bin", off);
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    model_only = *std::move(loaded);
  }

  Tally tally, raw_tally;
  size_t words = 0;
  std::string chunk;
  auto flush = [&] {
    if (chunk.empty()) return;
    auto out = (*repaired)->Diacritize(chunk);
    ASSERT_TRUE(out.ok()) << out.status();
    tally.Add(*out);
    if (model_only != nullptr) {
      auto plain = model_only->Diacritize(chunk);
      ASSERT_TRUE(plain.ok()) << plain.status();
      raw_tally.Add(*plain);
    }
    chunk.clear();
  };
  for (const fs::path& file : Sources(tashkeela)) {
    std::ifstream in(file, std::ios::binary);
    for (std::string line; words < budget && std::getline(in, line);) {
      // Lenient: a stray bad byte in a book must not stop the test.
      chunk += Strip(text::RepairUtf8(line), &words);
      chunk += '\n';
      if (chunk.size() > (1u << 20)) flush();
    }
    if (words >= budget) break;
  }
  flush();
  tally.words = raw_tally.words = words;
  std::cout << tally.Summary("default output");
  if (raw) std::cout << raw_tally.Summary("model alone (--repair 0)");
  EXPECT_GE(words, std::min<size_t>(budget, 100000));
  EXPECT_EQ(tally.ill_formed, 0u) << tally.Summary("default output");
}

// The default path repairs what the input itself writes ill-formed, and
// what the model adds to a mark the input gave (جزءاً: fathatan on the alef
// given, the model's fathatan before it).
TEST(VowellingPropertyTest, DefaultPathRepairsMarksTheInputGave) {
  auto diacritizer = Diacritizer::Load(SourceDir() + "/models/diacritizer.bin");
  ASSERT_TRUE(diacritizer.ok()) << diacritizer.status();
  for (const std::string input :
       {"\u062c\u064e\u062f\u0651\u064e\u062f\u0652\u062a\u0652 "
        "\u0642\u0637\u0631",
        "\u062a\u0639\u062f \u062f\u0648\u0644\u0629 \u0642\u0637\u0631 "
        "\u062c\u0632\u0621\u0627\u064b \u0641\u0627\u0639\u0644\u0627\u064b "
        "\u0645\u0646\u0647"}) {
    auto out = (*diacritizer)->Diacritize(input);
    ASSERT_TRUE(out.ok()) << out.status();
    EXPECT_TRUE(FindIllFormedWords(*out).empty()) << *out;
  }
  auto out = (*diacritizer)
                 ->Diacritize(
                     "\u062c\u064e\u062f\u0651\u064e\u062f\u0652\u062a\u0652");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "\u062c\u064e\u062f\u0651\u064e\u062f\u064e\u062a\u0652");
}

}  // namespace
}  // namespace khulasa::speech
