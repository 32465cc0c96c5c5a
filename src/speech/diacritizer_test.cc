// Tests of the diacritizer's labels, model file, trainer and decoding. A
// tiny model trained on composed sentences (tests/testdata/diacritizer/)
// must give them back; the committed model is tested in
// diacritizer_model_test.cc.
#include "src/speech/diacritizer.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "src/speech/diacritizer_features.h"
#include "src/speech/diacritizer_labels.h"
#include "src/speech/diacritizer_model.h"
#include "src/speech/diacritizer_trainer.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

std::string SourcePath(const std::string& relative) {
  const char* dir = std::getenv("KHULASA_SOURCE_DIR");
  return std::string(dir != nullptr ? dir : ".") + "/" + relative;
}

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// `text` without U+064B-U+0652.
std::string Strip(const std::string& text) {
  const LabeledText parsed = ParseDiacritized(text);
  std::string out;
  for (char32_t c : parsed.chars) text::AppendUtf8(c, &out);
  return out;
}

TEST(DiacritizerLabelsTest, ParsesMarksInEitherShaddaOrder) {
  struct Row {
    const char* input;
    std::u32string chars;
    std::vector<uint8_t> labels;
  };
  const Row rows[] = {
      {"", U"", {}},
      {"abc", U"abc", {0, 0, 0}},
      // beh + shadda + fatha, and beh + fatha + shadda (NFC order).
      {"\u0628\u0651\u064e", U"\u0628", {kShaddaBit | kVowelFatha}},
      {"\u0628\u064e\u0651", U"\u0628", {kShaddaBit | kVowelFatha}},
      // Tatweel and superscript alef are dropped; the mark stays on meem.
      {"\u0645\u064e\u0640\u0670\u0646", U"\u0645\u0646", {kVowelFatha, 0}},
      // A mark after a space has no letter: dropped.
      {" \u064e\u0644\u0652", U" \u0644", {0, kVowelSukun}},
      {"\u0643\u064b", U"\u0643", {kVowelFathatan}},
  };
  for (const Row& row : rows) {
    const LabeledText parsed = ParseDiacritized(row.input);
    EXPECT_EQ(parsed.chars, row.chars) << "input: " << row.input;
    EXPECT_EQ(parsed.labels, row.labels) << "input: " << row.input;
  }
}

TEST(DiacritizerLabelsTest, WritesShaddaBeforeTheVowel) {
  std::string out;
  AppendLabelMarks(kShaddaBit | kVowelKasra, &out);
  EXPECT_EQ(out, "\u0651\u0650");
  out.clear();
  AppendLabelMarks(0, &out);
  EXPECT_EQ(out, "");
}

// A model trained on the composed sentences, shared by the tests below.
class TinyModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lines_ = new std::vector<std::string>(
        ReadLines(SourcePath("tests/testdata/diacritizer/tiny_train.txt")));
    DiacritizerTrainer trainer({.table_bits = 16,
                                .epochs = 10,
                                .max_pattern_forms = 4,
                                .min_pattern_count = 1});
    for (const std::string& line : *lines_) trainer.AddLine(line, 1);
    auto model = trainer.Train();
    ASSERT_TRUE(model.ok()) << model.status();
    bytes_ = new std::string((*model)->Serialize());
  }
  static void TearDownTestSuite() {
    delete lines_;
    delete bytes_;
  }

  std::unique_ptr<Diacritizer> Make(const DiacritizerOptions& options = {}) {
    auto model = DiacritizerModel::Parse(*bytes_);
    EXPECT_TRUE(model.ok()) << model.status();
    auto diacritizer = Diacritizer::Create(std::move(*model), options);
    EXPECT_TRUE(diacritizer.ok());
    return std::move(*diacritizer);
  }

  static std::vector<std::string>* lines_;
  static std::string* bytes_;
};

std::vector<std::string>* TinyModelTest::lines_ = nullptr;
std::string* TinyModelTest::bytes_ = nullptr;

TEST_F(TinyModelTest, RestoresTheSentencesItWasTrainedOn) {
  ASSERT_EQ(lines_->size(), 8u);
  auto diacritizer = Make();
  for (const std::string& line : *lines_) {
    auto out = diacritizer->Diacritize(Strip(line));
    ASSERT_TRUE(out.ok()) << out.status();
    EXPECT_EQ(*out, line) << "input: " << Strip(line);
  }
}

TEST_F(TinyModelTest, DiacritizesWholeTextsLineByLine) {
  auto diacritizer = Make();
  const std::string gold = (*lines_)[0] + "\n" + (*lines_)[1] + "\n";
  auto out = diacritizer->Diacritize(Strip(gold));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, gold);
}

TEST_F(TinyModelTest, KeepsEverythingButArabicLettersUnchanged) {
  auto diacritizer = Make();
  const std::string inputs[] = {"",
                                " ",
                                "\n\n",
                                "...!?",
                                "hello world 2025",
                                "\u200f\u061f",
                                "\u0661\u0662\u0663 abc",
                                "\xef\xbf\xbd"};
  for (const std::string& input : inputs) {
    auto out = diacritizer->Diacritize(input);
    ASSERT_TRUE(out.ok()) << "input: " << input;
    EXPECT_EQ(*out, input) << "input: " << input;
  }
}

TEST_F(TinyModelTest, OutputStrippedEqualsInputAndMarksFollowLetters) {
  auto diacritizer = Make();
  // Mixed Arabic, Latin, digits, tatweel and an unseen word.
  const std::string input =
      "\u0630\u0647\u0628 Ali \u0625\u0644\u0649 2025 "
      "\u0645\u0640\u0640\u062f\u0631\u0633\u0629 \u0642\u0637\u0627\u0631";
  auto out = diacritizer->Diacritize(input);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(Strip(*out), Strip(input));
  const LabeledText parsed = ParseDiacritized(*out);
  for (size_t i = 0; i < parsed.chars.size(); ++i) {
    if (parsed.labels[i] != 0) {
      EXPECT_TRUE(IsDiacritizableLetter(parsed.chars[i]));
    }
  }
}

TEST_F(TinyModelTest, KeepsMarksTheInputAlreadyHas) {
  auto diacritizer = Make();
  // "dhahaba" with a (wrong) damma forced on the first letter.
  const std::string input = "\u0630\u064f\u0647\u0628";
  auto out = diacritizer->Diacritize(input);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 4), "\u0630\u064f");
}

TEST_F(TinyModelTest, RejectsInvalidUtf8WithItsOffset) {
  auto diacritizer = Make();
  const std::string inputs[] = {
      std::string("\u0630\xd9", 3),  // truncated
      "ab\xa7",                      // lone continuation byte
      "\xc0\xaf",                    // overlong
      "\xed\xa0\x80",                // encoded surrogate
  };
  for (const std::string& input : inputs) {
    auto out = diacritizer->Diacritize(input);
    EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument)
        << "input: " << input;
  }
}

TEST_F(TinyModelTest, RefusesInputOverTheLimit) {
  DiacritizerOptions options;
  options.max_input_bytes = 10;
  auto diacritizer = Make(options);
  EXPECT_TRUE(diacritizer->Diacritize("0123456789").ok());
  EXPECT_EQ(diacritizer->Diacritize("0123456789a").status().code(),
            absl::StatusCode::kResourceExhausted);
}

TEST_F(TinyModelTest, TrainingIsDeterministic) {
  DiacritizerTrainer trainer({.table_bits = 16,
                              .epochs = 10,
                              .max_pattern_forms = 4,
                              .min_pattern_count = 1});
  for (const std::string& line : *lines_) trainer.AddLine(line, 1);
  auto model = trainer.Train();
  ASSERT_TRUE(model.ok());
  EXPECT_EQ((*model)->Serialize(), *bytes_);
}

TEST_F(TinyModelTest, ModelRoundTripsThroughItsFileFormat) {
  auto model = DiacritizerModel::Parse(*bytes_);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ((*model)->Serialize(), *bytes_);
  EXPECT_GT((*model)->num_words(), 20u);
}

TEST_F(TinyModelTest, CorruptModelBytesAreDataLoss) {
  std::string flipped = *bytes_;
  flipped[flipped.size() / 2] ^= 0x5A;
  const std::string cases[] = {"", "KHDIAC01",
                               bytes_->substr(0, bytes_->size() / 2), flipped,
                               "not a model file at all, just text"};
  for (const std::string& bytes : cases) {
    EXPECT_EQ(DiacritizerModel::Parse(bytes).status().code(),
              absl::StatusCode::kDataLoss)
        << "size " << bytes.size();
  }
}

TEST_F(TinyModelTest, HasASecondPassThatCanBeTurnedOff) {
  auto model = DiacritizerModel::Parse(*bytes_);
  ASSERT_TRUE(model.ok());
  EXPECT_TRUE((*model)->stacked());
  // The first pass alone restores the training sentences too (the second
  // pass only re-scores case endings).
  DiacritizerOptions options;
  options.use_stack = false;
  auto diacritizer = Make(options);
  for (const std::string& line : *lines_) {
    auto out = diacritizer->Diacritize(Strip(line));
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(*out, line);
  }
}

TEST_F(TinyModelTest, BeamSearchRestoresTheTrainingSentencesToo) {
  // The beam over case endings (widths 2 and 8, with and without the second
  // pass) must still restore every training sentence.
  struct Case {
    int beam_width;
    bool use_stack;
  };
  const Case cases[] = {{2, true}, {2, false}, {8, true}, {8, false}};
  for (const Case& c : cases) {
    DiacritizerOptions options;
    options.beam_width = c.beam_width;
    options.use_stack = c.use_stack;
    auto diacritizer = Make(options);
    for (const std::string& line : *lines_) {
      auto out = diacritizer->Diacritize(Strip(line));
      ASSERT_TRUE(out.ok()) << out.status();
      EXPECT_EQ(*out, line)
          << "beam " << c.beam_width << " stack " << c.use_stack;
    }
  }
}

// Appends `value`'s bytes (little-endian hosts, as the format).
template <typename T>
void PutBytes(T value, std::string* out) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

// Appends the model format's FNV-1a checksum of *bytes.
void AppendChecksum(std::string* bytes) {
  uint64_t sum = 0xCBF29CE484222325ULL;
  for (unsigned char b : *bytes) {
    sum ^= b;
    sum *= 0x100000001B3ULL;
  }
  PutBytes(sum, bytes);
}

TEST(DiacritizerModelTest, WeightsAreStepsAndRowsSumToZero) {
  // Row 5: +1.1 for label 1, -0.4 for label 3, -0.6 for label 5; in steps
  // of 0.25 that is 4, -2, -2 (rounded), and label 1, the lowest, takes
  // minus the sum of the others (it is not stored). Row 9 rounds to zero.
  std::vector<float> weights(size_t{kNumLabels} << 10, 0.0f);
  weights[5 * kNumLabels + 1] = 1.1f;
  weights[5 * kNumLabels + 3] = -0.4f;
  weights[5 * kNumLabels + 5] = -0.6f;
  weights[9 * kNumLabels + 2] = 0.1f;
  weights[9 * kNumLabels + 4] = -0.1f;
  auto built = DiacritizerModel::FromWeights(10, weights, {}, 0.0f, true, {},
                                             false, 0.25f);
  ASSERT_TRUE(built.ok()) << built.status();
  auto model = DiacritizerModel::Parse((*built)->Serialize());
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_TRUE((*model)->stacked());
  EXPECT_FALSE((*model)->unknown_word_rows());
  EXPECT_EQ((*model)->num_nonzero_rows(), 1u);
  EXPECT_FLOAT_EQ((*model)->weight_step(), 0.25f);
  const uint32_t rows[] = {5, 9};
  float scores[kNumLabels] = {};
  (*model)->AddScores(rows, 2, scores);
  EXPECT_FLOAT_EQ(scores[1], 1.0f);
  EXPECT_FLOAT_EQ(scores[3], -0.5f);
  EXPECT_FLOAT_EQ(scores[5], -0.5f);
  EXPECT_FLOAT_EQ(scores[0], 0.0f);
  EXPECT_FLOAT_EQ(scores[2], 0.0f);
}

TEST(DiacritizerModelTest, RefusesEarlierVersionsAndUnknownFlags) {
  // A version-4 file (int8 rows with a scale each): retrain it.
  std::string v4("KHDIAC01", 8);
  PutBytes<uint32_t>(4, &v4);   // version
  PutBytes<uint32_t>(10, &v4);  // table bits
  PutBytes<uint32_t>(0, &v4);   // flags
  PutBytes<uint32_t>(0, &v4);   // rows
  PutBytes<uint32_t>(0, &v4);   // lexicon words
  AppendChecksum(&v4);
  const auto old = DiacritizerModel::Parse(v4);
  EXPECT_EQ(old.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(old.status().message().find("format version 4"), std::string::npos)
      << old.status();
  // Version 5 with an undefined flag bit is corrupt; without it, an empty
  // model.
  for (uint32_t flags : {8u, 4u}) {
    std::string v5("KHDIAC01", 8);
    PutBytes<uint32_t>(5, &v5);
    PutBytes<uint32_t>(10, &v5);
    PutBytes<uint32_t>(flags, &v5);
    PutBytes<uint32_t>(0, &v5);   // rows
    PutBytes<float>(0.25f, &v5);  // weight step
    PutBytes<uint32_t>(0, &v5);   // lexicon words (32 bits)
    AppendChecksum(&v5);
    const auto model = DiacritizerModel::Parse(v5);
    EXPECT_EQ(model.ok(), flags == 4u) << model.status();
    if (model.ok()) {
      EXPECT_TRUE((*model)->unknown_word_rows());
    }
  }
}

TEST_F(TinyModelTest, HasAPatternLexiconForUnknownWords) {
  auto model = DiacritizerModel::Parse(*bytes_);
  ASSERT_TRUE(model.ok());
  EXPECT_GT((*model)->num_patterns(), 5u);
}

TEST_F(TinyModelTest, UnknownWordWithAPronounTakesItsStemsForm) {
  // "kitaabuhaa" (her book) never occurs in training; "kitaaban" does: with
  // enclitic candidates the stem's letters but its last keep the lexicon's
  // marks (ki-taa-), whatever the letter model says.
  const std::string input = "\u0643\u062a\u0627\u0628\u0647\u0627";
  auto diacritizer = Make();
  auto out = diacritizer->Diacritize(input);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 10), "\u0643\u0650\u062a\u064e\u0627") << *out;
  // Rihlat-u-haa: a stem ending in teh is looked up with teh marbuta.
  const std::string trip = "\u0631\u062d\u0644\u062a\u0647\u0627";
  out = diacritizer->Diacritize(trip);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 12), "\u0631\u0650\u062d\u0652\u0644\u064e") << *out;
}

TEST_F(TinyModelTest, EveryConsonantCarriesAMark) {
  // Fully diacritized output: no consonant is left bare (long vowels, alef
  // forms and the article's lam may be).
  const std::u32string may_go_bare = U"\u0627\u0622\u0625\u0648\u064a\u0649";
  auto diacritizer = Make();
  for (const std::string& text :
       {std::string("\u0643\u062a\u0628\u062a \u0627\u0644\u0637\u0627"
                    "\u0644\u0628\u0629 \u0631\u0633\u0627\u0644\u0629 "
                    "\u0637\u0648\u064a\u0644\u0629"),
        std::string("\u0641\u0644\u0645\u0646\u063a\u0631 \u0628\u0633"
                    "\u0642\u062e\u0637\u0638")}) {
    auto out = diacritizer->Diacritize(text);
    ASSERT_TRUE(out.ok());
    const LabeledText parsed = ParseDiacritized(*out);
    for (size_t i = 0; i < parsed.chars.size(); ++i) {
      const char32_t c = parsed.chars[i];
      if (!IsDiacritizableLetter(c) ||
          may_go_bare.find(c) != std::u32string::npos) {
        continue;
      }
      const bool article_lam = c == U'\u0644' && i > 0 &&
                               (parsed.chars[i - 1] == U'\u0627' ||
                                parsed.chars[i - 1] == U'\u0644');
      if (article_lam) continue;
      EXPECT_NE(parsed.labels[i], 0) << "letter " << i << " of " << *out;
    }
  }
}

TEST_F(TinyModelTest, IsTrainedWithUnknownWordRows) {
  auto model = DiacritizerModel::Parse(*bytes_);
  ASSERT_TRUE(model.ok());
  EXPECT_TRUE((*model)->unknown_word_rows());
  DiacritizerTrainer trainer(
      {.table_bits = 12, .epochs = 1, .unknown_word_max_count = 0});
  for (const std::string& line : *lines_) trainer.AddLine(line, 1);
  auto plain = trainer.Train();
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE((*plain)->unknown_word_rows());
}

TEST(DiacritizerModelTest, MissingFileIsNotFound) {
  auto diacritizer = Diacritizer::Load("/nonexistent/diacritizer.bin");
  EXPECT_EQ(diacritizer.status().code(), absl::StatusCode::kNotFound);
}

TEST(DiacritizerModelTest, CorruptFileIsDataLossNamingThePath) {
  const std::string path =
      ::testing::TempDir() + "/corrupt_diacritizer_model.bin";
  std::ofstream(path) << "KHDIAC01 garbage";
  auto diacritizer = Diacritizer::Load(path);
  EXPECT_EQ(diacritizer.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(std::string(diacritizer.status().message()).find(path),
            std::string::npos);
}

TEST(DiacritizerTrainerTest, RefusesAnEmptyTrainingSet) {
  DiacritizerTrainer trainer({.table_bits = 12, .epochs = 1});
  trainer.AddLine("no arabic here", 1);
  EXPECT_EQ(trainer.Train().status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(DiacritizerFeaturesTest, GivesEachLetterItsRowsInRange) {
  const std::u32string text = U"\u0630\u0647\u0628 ab \u0642\u0637";
  std::vector<uint32_t> rows;
  ExtractFeatures(text, 0xFFF, &rows);
  EXPECT_EQ(rows.size(), 5u * kFeaturesPerLetter);
  for (uint32_t row : rows) EXPECT_LE(row, 0xFFFu);
}

TEST(DiacritizerFeaturesTest, UnknownWordRowsReplaceOnlyTheWordsOwnRows) {
  // Two different three-letter words get the same unknown-word rows, and
  // only the word-keyed rows change.
  std::vector<uint32_t> a, b;
  ExtractFeatures(U"\u0630\u0647\u0628", 0xFFFF, &a);
  ExtractFeatures(U"\u0642\u0637\u0639", 0xFFFF, &b);
  std::vector<uint32_t> a2 = a, b2 = b;
  UseUnknownWordRows(3, 0xFFFF, a2.data());
  UseUnknownWordRows(3, 0xFFFF, b2.data());
  for (size_t letter = 0; letter < 3; ++letter) {
    for (int k = 0; k < kFeaturesPerLetter; ++k) {
      const size_t i = letter * kFeaturesPerLetter + static_cast<size_t>(k);
      const bool own = k == 13 || (letter == 2 && (k == 17 || k == 18));
      if (own) {
        EXPECT_EQ(a2[i], b2[i]) << letter << " " << k;
        EXPECT_NE(a2[i], a[i]) << letter << " " << k;
      } else {
        EXPECT_EQ(a2[i], a[i]) << letter << " " << k;
      }
    }
  }
}

}  // namespace
}  // namespace khulasa::speech
