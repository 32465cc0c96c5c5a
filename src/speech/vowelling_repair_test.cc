// Well-formed vowelling: the check on hand-made ill-formed words, each
// repair, marks the input gave, and the check on UTF-8 text (mark order,
// alef wasla, offsets, bad bytes). Words are read from
// src/speech/testdata/vowelling.tsv.
#include "src/speech/vowelling_repair.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

#include "src/speech/diacritizer_labels.h"
#include "src/speech/test_tsv.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

// Rows of src/speech/testdata/vowelling.tsv of one kind (column 0).
std::vector<std::vector<std::string>> Rows(const std::string& kind) {
  std::vector<std::vector<std::string>> rows;
  for (auto& row : ReadTestTsv("src/speech/testdata/vowelling.tsv", 4)) {
    if (row[0] == kind) rows.push_back(std::move(row));
  }
  return rows;
}

// Repairs the marks of `diacritized`, the model's output for an input
// `given` (same letters) whose marks were kept.
std::string Repair(const std::string& diacritized, const std::string& given) {
  const LabeledText parsed = ParseDiacritized(diacritized);
  const LabeledText input = ParseDiacritized(given);
  EXPECT_EQ(input.chars, parsed.chars) << given;
  std::vector<uint8_t> labels = parsed.labels;
  std::vector<uint8_t> given_labels = input.labels;
  given_labels.resize(labels.size(), 0);
  RepairVowelling(parsed.chars, given_labels, &labels);
  std::string out;
  for (size_t i = 0; i < parsed.chars.size(); ++i) {
    text::AppendUtf8(parsed.chars[i], &out);
    AppendLabelMarks(labels[i], &out);
  }
  return out;
}

// `diacritized` without its marks.
std::string Bare(const std::string& diacritized) {
  std::string out;
  for (char32_t c : ParseDiacritized(diacritized).chars) {
    text::AppendUtf8(c, &out);
  }
  return out;
}

uint32_t Problems(const std::string& text, bool allow_wasla = false) {
  uint32_t all = 0;
  for (const IllFormedWord& word : FindIllFormedWords(text, allow_wasla)) {
    all |= word.problems;
  }
  return all;
}

TEST(VowellingCheckTest, NamesTheRulesEachWordBreaks) {
  const auto rows = Rows("check");
  ASSERT_GE(rows.size(), 20u);
  for (const auto& row : rows) {
    EXPECT_EQ(VowellingProblemNames(Problems(row[1])), row[2])
        << "input: " << row[1];
  }
}

TEST(VowellingRepairTest, RepairsEachRuleAsTheTableSays) {
  const auto rows = Rows("repair");
  ASSERT_GE(rows.size(), 15u);
  for (const auto& row : rows) {
    ASSERT_NE(Problems(row[1]), 0u) << "not ill-formed: " << row[1];
    const std::string repaired = Repair(row[1], Bare(row[1]));
    EXPECT_EQ(repaired, row[2]) << "input: " << row[1];
    EXPECT_EQ(Problems(repaired), 0u)
        << "input: " << row[1] << " -> " << repaired << " still "
        << VowellingProblemNames(Problems(repaired));
  }
}

TEST(VowellingRepairTest, PrefersToKeepTheInputsMarks) {
  const auto rows = Rows("repair_given");
  ASSERT_GE(rows.size(), 2u);
  for (const auto& row : rows) {
    EXPECT_EQ(Repair(row[1], row[2]), row[3]) << "input: " << row[2];
  }
}

TEST(VowellingRepairTest, LeavesWellFormedWordsAlone) {
  for (const auto& row : Rows("check")) {
    if (!row[2].empty()) continue;
    EXPECT_EQ(Repair(row[1], Bare(row[1])), row[1]) << "input: " << row[1];
  }
}

TEST(VowellingCheckTest, ReportsWordOffsetsInBytes) {
  // "ab " + a word with two sukuns + "." : the word's own bytes.
  const std::string bad = "\u0631\u064e\u0635\u064e\u062f\u0652\u062a\u0652";
  const std::string text = "ab " + bad + ".";
  const auto words = FindIllFormedWords(text);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].begin, 3u);
  EXPECT_EQ(words[0].end, 3u + bad.size());
  EXPECT_EQ(words[0].problems, kTwoSukuns);
}

TEST(VowellingCheckTest, MarkOrderAndWaslaAreTextProblems) {
  // Fatha before shadda (what NFC writes): labels cannot show it.
  EXPECT_EQ(Problems("\u0645\u064f\u062d\u064e\u0645\u064e\u0651\u062f\u064c"),
            kMarkOrder);
  // Two vowels on one letter.
  EXPECT_EQ(Problems("\u0645\u0650\u0650\u0646\u0652"), kMarkOrder);
  // Alef wasla: a problem unless allowed (the speech path writes it).
  const std::string wasla =
      "\u0648\u064e\u0671\u0644\u0652\u0628\u064e\u064a"
      "\u0652\u062a\u0650";
  EXPECT_EQ(Problems(wasla), kWaslaGlyph);
  EXPECT_EQ(Problems(wasla, /*allow_wasla=*/true), 0u);
}

TEST(VowellingCheckTest, EmptyLatinDigitsAndBadBytesHaveNoWords) {
  EXPECT_TRUE(FindIllFormedWords("").empty());
  EXPECT_TRUE(FindIllFormedWords("   \n\t").empty());
  EXPECT_TRUE(FindIllFormedWords("NATO 2024, ...!").empty());
  EXPECT_TRUE(FindIllFormedWords("\xd8").empty());          // truncated
  EXPECT_TRUE(FindIllFormedWords("\x80\xc0\xaf").empty());  // lone, overlong
  EXPECT_TRUE(FindIllFormedWords("\xed\xa0\x80").empty());  // surrogate
  // A mark after a non-letter belongs to no word.
  EXPECT_TRUE(FindIllFormedWords("\u0652\u0652 \u064b").empty());
}

TEST(VowellingCheckTest, TatweelInsideAWordKeepsItOneWord) {
  // ka-ta-ba with a tatweel run inside: well formed.
  EXPECT_EQ(Problems("\u0643\u064e\u0640\u0640\u062a\u064e\u0628\u064e"), 0u);
  // Sukun, tatweel, sukun: still two sukuns in a row on the letters.
  EXPECT_EQ(Problems("\u0642\u064e\u0644\u0652\u0640\u0628\u0652"), kTwoSukuns);
}

}  // namespace
}  // namespace khulasa::speech
