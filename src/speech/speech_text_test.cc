// Text preparation: each step against tests/testdata/speech/prepare_steps.tsv
// (output text, and espeak-ng phonemes before/after showing the slip it
// fixes), the vowel list, the source map, and bad input.
#include "src/speech/speech_text.h"

#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "src/speech/speech_text_article.h"
#include "src/speech/speech_text_diacritics.h"
#include "src/speech/speech_text_marks.h"
#include "src/speech/speech_text_numbers.h"
#include "src/speech/speech_text_pausal.h"
#include "src/speech/speech_text_pipeline.h"
#include "src/speech/speech_text_symbols.h"
#include "src/speech/synthesizer.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

using Step = std::function<SpeechText(const SpeechText&)>;

const std::map<std::string, Step>& Steps() {
  static const auto* steps = new std::map<std::string, Step>{
      {"shadda", OrderShaddaFirst},
      {"doubled_yeh", SplitDoubledYeh},
      {"article", FixDefiniteArticle},
      {"wasl", MarkHamzatWasl},
      {"numbers", VerbalizeNumbers},
      {"symbols", SkipUrlsAndHandles},
      {"pausal", ApplyPausalForms},
      {"pipeline", [](const SpeechText& in) { return PrepareSpeechText(in); }},
  };
  return *steps;
}

// Rows of a tab-separated test data file, '#' lines skipped.
std::vector<std::vector<std::string>> LoadTsv(const std::string& name) {
  const char* root = std::getenv("KHULASA_SOURCE_DIR");
  const std::string path =
      std::string(root ? root : ".") + "/tests/testdata/speech/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    while (fields.size() < 5) fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

std::string WithoutStress(std::string phonemes) {
  std::string out;
  for (char c : phonemes) {
    if (c != '\'' && c != ',') out += c;
  }
  return out;
}

TEST(SpeechTextStepsTest, MatchTableAndFixEspeakPhonemes) {
  const auto rows = LoadTsv("prepare_steps.tsv");
  ASSERT_GT(rows.size(), 30u);
  for (const auto& row : rows) {
    const std::string& step = row[0];
    const std::string& input = row[1];
    ASSERT_TRUE(Steps().count(step)) << "unknown step " << step;
    const SpeechText out = Steps().at(step)(SpeechText::FromSource(input));
    EXPECT_EQ(out.text, row[2]) << "step " << step << " input: " << input;
    EXPECT_EQ(out.source.size(), out.text.size()) << "input: " << input;
    if (!row[3].empty()) {
      const std::string before = *TextToPhonemes(input);
      EXPECT_NE(before.find(row[3]), std::string::npos)
          << "input: " << input << " phonemes: " << before
          << " (espeak-ng changed? the slip this step fixes is gone)";
    }
    if (!row[4].empty()) {
      const std::string after = *TextToPhonemes(out.text);
      EXPECT_NE(after.find(row[4]), std::string::npos)
          << "input: " << input << " prepared: " << out.text
          << " phonemes: " << after;
    }
  }
}

TEST(SpeechTextStepsTest, VowelledWordsKeepEveryVowel) {
  const auto rows = LoadTsv("vowels.tsv");
  ASSERT_GT(rows.size(), 15u);
  for (const auto& row : rows) {
    // One word is a whole line: without its pausal form, every vowel.
    const SpeechText out = PrepareSpeechText(SpeechText::FromSource(row[0]),
                                             {.pausal_forms = false});
    EXPECT_EQ(WithoutStress(*TextToPhonemes(out.text)), row[1])
        << "input: " << row[0] << " prepared: " << out.text;
  }
}

TEST(SpeechTextTest, ReplacementMapsToTheSpanItReplaces) {
  // "in 2025" -> the year's words all point at the four digits.
  const std::string input = "\u0639\u0627\u0645 2025 x";
  const SpeechText out = VerbalizeNumbers(SpeechText::FromSource(input, 100));
  const size_t words_begin = input.find('2');
  const size_t words_end = out.text.rfind(" x");
  EXPECT_EQ(out.SourceRange({0, words_begin}),
            (ByteRange{100, 100 + words_begin}));
  EXPECT_EQ(out.SourceRange({words_begin, words_end}),
            (ByteRange{100 + words_begin, 100 + words_begin + 4}));
  EXPECT_EQ(out.SourceRange({words_end + 1, out.text.size()}),
            (ByteRange{100 + input.size() - 1, 100 + input.size()}));
  EXPECT_EQ(out.DebugString().substr(out.text.size()),
            "|100-107 [107-111)x" + std::to_string(words_end - words_begin) +
                " 111-113");
}

TEST(SpeechTextTest, ApplyDiacritizedMapsMarksToTheirLetter) {
  // kataba, marks added by a diacritizer.
  const SpeechText in = SpeechText::FromSource("x \u0643\u062a\u0628");
  absl::StatusOr<SpeechText> out =
      ApplyDiacritized(in, "x \u0643\u064e\u062a\u064e\u0628\u064e");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->source.size(), out->text.size());
  // The fatha after teh (bytes 6-7 of the output) maps to teh (4-6).
  EXPECT_EQ(out->SourceRange({6, 8}), (ByteRange{4, 6}));
  EXPECT_EQ(out->SourceRange({0, out->text.size()}),
            (ByteRange{0, in.text.size()}));
  EXPECT_EQ(ApplyDiacritized(in, "x \u0643\u062a").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ApplyDiacritized(in, "y \u0643\u062a\u0628").status().code(),
            absl::StatusCode::kInvalidArgument);
}

// Every step, on awkward input: no crash, the map stays the text's size and
// in range, valid input stays valid UTF-8.
TEST(SpeechTextStepsTest, SurviveEdgeCases) {
  const std::vector<std::string> inputs = {
      "",
      "   ",
      "...!?\u061f\u060c",
      "\u0640\u0640\u0640\u0643\u0640\u0640\u062a\u0628",    // tatweel runs
      "\u200f\u0643\u062a\u0628\u202b abc \u2066123\u2069",  // bidi controls
      "\u0627\u0644",                                        // bare al-
      "\u0627\u0644\u0651",                                  // al + mark
      "\u0650\u064a\u0651",                                  // marks first
      "\u0648\u064e\u0627",                                  // wa + alef
      "1,",
      "9999999999999999999999999999 12.",
      "%%% 5%",
      "http:// @ # / #",
      // Dates, times, al-N, signs and abbreviations cut short or doubled.
      "\u0627\u0644\u0640 \u0627\u0644\u06405 \u0644\u0644\u0640 $ %5 5$ $$5",
      "5/ /5 5/6/ 1-2-3-4 09: :30 9:5 24:60 0:00 99:99 31/31/2024",
      "\u0665/\u0666/\u0662\u0660\u0662\u0664 2024-13-40 5-5 5.6.",
      "A. A.B. G- F-- U.S.A.B.C.D.E. ABCDEFGH C\u00b0 5 \u00b0 5 km",
      "\u0641\u064a \u0629\u064c. \u0627\u064b. \u064b. \u0651\u064e.",
      std::string("\xff\xfe \xc3 \xe0\x80\x80 \xed\xa0\x80", 12),
  };
  for (const std::string& input : inputs) {
    for (const auto& [name, step] : Steps()) {
      const SpeechText out = step(SpeechText::FromSource(input));
      ASSERT_EQ(out.source.size(), out.text.size())
          << name << " input: " << input;
      for (const ByteRange& r : out.source) {
        ASSERT_LE(r.begin, r.end) << name << " input: " << input;
        ASSERT_LE(r.end, input.size()) << name << " input: " << input;
      }
      if (text::IsValidUtf8(input)) {
        EXPECT_TRUE(text::IsValidUtf8(out.text)) << name << " input: " << input;
      }
    }
  }
}

}  // namespace
}  // namespace khulasa::speech
