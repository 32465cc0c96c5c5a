// Tests of the diacritizer's decoding rules, each with a model whose
// letter scores are all zero (so that what comes out is the lexicon's and
// the rules' doing alone), and of the transliterated-name rules.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "gtest/gtest.h"

#include "src/speech/diacritizer.h"
#include "src/speech/diacritizer_features.h"
#include "src/speech/diacritizer_labels.h"
#include "src/speech/diacritizer_model.h"
#include "src/speech/diacritizer_names.h"

namespace khulasa::speech {
namespace {

// A model whose letter scores are all zero: what comes out is the
// lexicon's and the decoding rules' doing alone.
std::unique_ptr<Diacritizer> LexiconOnly(
    const std::vector<std::pair<std::u32string, std::vector<uint8_t>>>& words,
    const DiacritizerOptions& options) {
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon;
  for (const auto& [letters, labels] : words) {
    lexicon[HashWordLetters(letters)].push_back({labels, 5});
  }
  auto model = DiacritizerModel::FromWeights(
      10, std::vector<float>(size_t{kNumLabels} << 10, 0.0f),
      std::move(lexicon), 0.0f);
  EXPECT_TRUE(model.ok());
  auto diacritizer = Diacritizer::Create(std::move(*model), options);
  EXPECT_TRUE(diacritizer.ok());
  return std::move(*diacritizer);
}

constexpr uint8_t kFatha = kVowelFatha, kKasra = kVowelKasra,
                  kDamma = kVowelDamma, kSukun = kVowelSukun;

TEST(LexiconOnlyTest, SunLetterDoublesAfterTheArticleOfAnUnknownWord) {
  // Only "rihla" is known; "ar-rihla" takes its form, and its r doubles.
  const auto diacritizer = LexiconOnly(
      {{U"\u0631\u062d\u0644\u0629", {kKasra, kSukun, kFatha, 0}}}, {});
  auto out = diacritizer->Diacritize("\u0627\u0644\u0631\u062d\u0644\u0629");
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->find("\u0631\u0651\u0650\u062d\u0652\u0644\u064e"),
            std::string::npos)
      << *out;
  // A moon letter does not: "al-qamar" from "qamar".
  const auto moon =
      LexiconOnly({{U"\u0642\u0645\u0631", {kFatha, kFatha, 0}}}, {});
  out = moon->Diacritize("\u0627\u0644\u0642\u0645\u0631");
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->find("\u0642\u064e\u0645\u064e"), std::string::npos) << *out;
}

TEST(LexiconOnlyTest, UnknownWordWithASuffixTakesItsStemsForm) {
  // "kitaabaat" from "kitaab": the stem's letters but its last.
  const std::vector<std::pair<std::u32string, std::vector<uint8_t>>> words = {
      {U"\u0643\u062a\u0627\u0628", {kKasra, kFatha, 0, 0}}};
  const std::string input = "\u0643\u062a\u0627\u0628\u0627\u062a";
  auto out = LexiconOnly(words, {})->Diacritize(input);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 10), "\u0643\u0650\u062a\u064e\u0627") << *out;
  out = LexiconOnly(words, {.suffix_candidates = false})->Diacritize(input);
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->substr(0, 10), "\u0643\u0650\u062a\u064e\u0627") << *out;
}

TEST(LexiconOnlyTest, NoConsonantIsLeftBareByAPartlyMarkedForm) {
  // The lexicon's only form of "qawluhu" leaves the l bare (qaw-l-hu), as
  // much classical text does; the output marks it (and every consonant).
  const std::vector<std::pair<std::u32string, std::vector<uint8_t>>> words = {
      {U"\u0642\u0648\u0644\u0647", {kFatha, kSukun, 0, 0}}};
  const std::string input = "\u0642\u0648\u0644\u0647";
  auto out = LexiconOnly(words, {})->Diacritize(input);
  ASSERT_TRUE(out.ok());
  LabeledText parsed = ParseDiacritized(*out);
  EXPECT_EQ(parsed.labels[0], kFatha) << *out;
  EXPECT_NE(parsed.labels[2], 0) << *out;
  EXPECT_NE(parsed.labels[3], 0) << *out;
  out = LexiconOnly(words, {.mark_all_consonants = false})->Diacritize(input);
  ASSERT_TRUE(out.ok());
  parsed = ParseDiacritized(*out);
  EXPECT_EQ(parsed.labels[2], 0) << *out;
}

TEST(LexiconOnlyTest, UnknownTransliteratedNameIsVowelledAsANameAndPaused) {
  // Nothing is known: "frankfurt" (two long vowels inside, no article, no
  // Arabic ending) gets the short vowels of its long vowels (ra-, fu-),
  // sukun closing the syllables after them (-an-, -ur-) and a pause at the
  // end; "al-mu'allimat" (article, -at) and "madrasa" (teh marbuta) are
  // not read as names.
  const auto last_label = [](const std::string& out) {
    return ParseDiacritized(out).labels.back();
  };
  const std::string name =
      "\u0641\u0631\u0627\u0646\u0643\u0641\u0648\u0631\u062a";
  // The name rules alone (no vowelling repair) write the pause as sukun.
  auto out = LexiconOnly({}, {.repair_vowelling = false})->Diacritize(name);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(last_label(*out), kSukun) << *out;
  EXPECT_NE(out->find("\u0631\u064e\u0627\u0646\u0652"), std::string::npos)
      << *out;
  EXPECT_NE(out->find("\u0641\u064f\u0648\u0631\u0652\u062a\u0652"),
            std::string::npos)
      << *out;
  // The default path leaves the cluster's last letter bare instead of a
  // second sukun in a row (-urt, said the same way).
  out = LexiconOnly({}, {})->Diacritize(name);
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->find("\u0641\u064f\u0648\u0631\u0652\u062a"),
            std::string::npos)
      << *out;
  EXPECT_EQ(last_label(*out), 0) << *out;
  out = LexiconOnly({}, {.transliterated_names = false})->Diacritize(name);
  ASSERT_TRUE(out.ok());
  EXPECT_NE(last_label(*out), kSukun) << *out;
  for (const std::string arabic :
       {"\u0627\u0644\u0645\u0639\u0644\u0645\u0627\u062a",
        "\u0645\u062f\u0631\u0633\u0629"}) {
    out = LexiconOnly({}, {})->Diacritize(arabic);
    ASSERT_TRUE(out.ok());
    EXPECT_NE(last_label(*out), kSukun) << *out;
  }
}

TEST(TransliteratedNamesTest, TellsNamesFromArabicWords) {
  for (std::u32string_view name :
       {U"\u0641\u0631\u0627\u0646\u0643\u0641\u0648\u0631\u062a",
        U"\u0648\u064a\u0643\u064a\u0628\u064a\u062f\u064a\u0627",
        U"\u062f\u0627\u0631\u0641\u0648\u0631",
        U"\u0633\u062a\u0648\u0643\u0647\u0648\u0644\u0645"}) {  // stockholm
    EXPECT_TRUE(LooksLikeTransliteratedName(name));
  }
  for (std::u32string_view arabic :
       {U"\u0627\u0644\u0645\u0639\u0644\u0645\u0627\u062a",  // article
        U"\u0628\u0627\u0644\u0645\u0648\u0627\u0642\u064a\u0639",
        U"\u0644\u0644\u0645\u0648\u0627\u0642\u064a\u0639",
        U"\u0645\u0633\u0627\u0641\u0631\u0648\u0646",  // -un
        U"\u0645\u0648\u0627\u0642\u064a\u062a\u0647",  // -hu
        U"\u062c\u0627\u0645\u0648\u0633\u0629",        // teh marbuta
        U"\u0633\u064a\u0633\u0627\u0639\u062f",        // sa-yu-saa'id
        U"\u0642\u0627\u0644"}) {                       // short
    EXPECT_FALSE(LooksLikeTransliteratedName(arabic));
  }
}

TEST(TransliteratedNamesTest, VowelsANameAsNewsTextDoes) {
  // wi-ki-bi-: a first waw is a consonant; kasra before each long yeh,
  // which stays bare.
  const std::u32string_view name =
      U"\u0648\u064a\u0643\u064a\u0628\u064a\u062f\u064a\u0627";
  std::vector<uint8_t> given(name.size(), 0), labels(name.size(), 99);
  VowelTransliteratedName(name, given.data(), true, labels.data());
  const std::vector<uint8_t> start(labels.begin(), labels.begin() + 6);
  EXPECT_EQ(start, (std::vector<uint8_t>{kKasra, 0, kKasra, 0, kKasra, 0}));
  // daar-fuur: fatha before alef, sukun closing the syllables after the
  // long vowels, damma before waw, a pause at the end; a given mark stays.
  const std::u32string_view darfur = U"\u062f\u0627\u0631\u0641\u0648\u0631";
  std::vector<uint8_t> given2(darfur.size(), 0), labels2(darfur.size(), 99);
  given2[0] = kKasra;
  labels2[0] = kKasra;
  VowelTransliteratedName(darfur, given2.data(), true, labels2.data());
  EXPECT_EQ(labels2,
            (std::vector<uint8_t>{kKasra, 99, kSukun, kDamma, 0, kSukun}));
  std::vector<uint8_t> labels3(darfur.size(), 99);
  VowelTransliteratedName(darfur, given.data(), false, labels3.data());
  EXPECT_EQ(labels3.back(), 99);  // no pause: the model's ending stays
}

}  // namespace
}  // namespace khulasa::speech
