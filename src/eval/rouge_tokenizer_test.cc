#include "src/eval/rouge_tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/arabic.h"
#include "src/text/stemmer.h"
#include "src/text/utf8.h"

namespace khulasa::eval {
namespace {

using Tokens = std::vector<std::string>;

// Arabic words used below (transliterated).
constexpr const char* kKataba = "\u0643\u062A\u0628";  // ktb
constexpr const char* kAltalib = "\u0627\u0644\u0637\u0627\u0644\u0628";
constexpr const char* kAldars = "\u0627\u0644\u062F\u0631\u0633";
constexpr const char* kAam = "\u0639\u0627\u0645";              // 'am
constexpr const char* k2024Indic = "\u0662\u0660\u0662\u0664";  // 2024
constexpr const char* kKatabaVoweled = "\u0643\u064E\u062A\u064E\u0628\u064E";
constexpr const char* kKatabaTatweel = "\u0643\u0640\u062A\u0640\u0628";
constexpr const char* kSalam = "\u0633\u0644\u0627\u0645";
constexpr const char* kKitab = "\u0643\u062A\u0627\u0628";  // 4 letters
constexpr const char* kFi = "\u0641\u064A";                 // 2 letters
constexpr const char* kAlmadrasa =
    "\u0627\u0644\u0645\u062F\u0631\u0633\u0629";  // ends in teh marbuta

struct Row {
  const char* name;
  std::string input;
  Tokens expected;
};

void RunRows(const std::vector<Row>& rows,
             const RougeTokenizerOptions& options) {
  for (const Row& row : rows) {
    EXPECT_EQ(TokenizeForRouge(row.input, options), row.expected)
        << "row: " << row.name << ", input: " << row.input;
  }
}

TEST(RougeTokenizerTest, SplitsLikeTheXlSumScorer) {
  const std::string k = kKataba;
  RunRows(
      {
          {"empty", "", {}},
          {"whitespace only", " \t\n\r  ", {}},
          {"punctuation only", "!!! ... \u060C\u061F\u061B \u00AB\u00BB", {}},
          {"lower-cases latin", "Hello, World!", {"hello", "world"}},
          {"ascii symbols are punctuation",
           "a$b+c|d~e",
           {"a", "b", "c", "d", "e"}},
          {"letters and digits split", "abc123def", {"abc", "123", "def"}},
          {"decimal point splits numbers", "3.5", {"3", "5"}},
          {"other symbols stand alone",
           "a\u00A9b\u00B0",
           {"a", "\u00A9", "b", "\u00B0"}},
          {"controls vanish without splitting",
           "ab\x01"
           "cd\x7f"
           "e",
           {"abcde"}},
          {"format controls vanish", "a\u200Fb\u202Bc", {"abc"}},
          {"form feed is dropped, not a space", "a\fb", {"ab"}},
          {"no-break space splits", "x\u00A0y", {"x", "y"}},
          {"line separator splits", "x\u2028y\u2029z", {"x", "y", "z"}},
          {"replacement char dropped", "a\uFFFDb", {"ab"}},
          {"invalid bytes dropped",
           "ab\xff"
           "cd\xc0\xaf"
           "e",
           {"abcde"}},
          {"combining mark stays in word",
           "e\u0301t\u00E9",
           {"e\u0301t\u00E9"}},
          {"dotted capital I lowers to two code points", "\u0130", {"i\u0307"}},
          {"arabic sentence",
           k + " " + kAltalib + " " + kAldars + ".",
           {kKataba, kAltalib, kAldars}},
          {"arabic comma splits", "\u0623\u060C\u0628", {"\u0623", "\u0628"}},
          {"arabic digits split from letters",
           std::string(kAam) + k2024Indic,
           {kAam, k2024Indic}},
          {"arabic percent sign is punctuation", "\u0665\u066A", {"\u0665"}},
          {"arabic decimal separator splits",
           "\u0663\u066B\u0665",
           {"\u0663", "\u0665"}},
          {"guillemets split",
           std::string("\u00AB") + kSalam + "\u00BB",
           {kSalam}},
          {"diacritics kept without norm", kKatabaVoweled, {kKatabaVoweled}},
          {"tatweel kept without norm", kKatabaTatweel, {kKatabaTatweel}},
          {"hamza forms kept without norm",
           "\u0623\u0625\u0622\u0671",
           {"\u0623\u0625\u0622\u0671"}},
          {"mixed scripts",
           std::string("CNN") + k + "2024",
           {"cnn" + k, "2024"}},
          {"bidi isolate inside arabic word",
           std::string("\u0643\u2067\u062A\u2069\u0628"),
           {kKataba}},
      },
      RougeTokenizerOptions{});
}

TEST(RougeTokenizerTest, NormPassMatchesRougeAr) {
  RunRows(
      {
          {"diacritics removed", kKatabaVoweled, {kKataba}},
          {"tatweel removed", kKatabaTatweel, {kKataba}},
          {"alef forms unified",
           "\u0623\u0625\u0622\u0671",
           {"\u0627\u0627\u0627\u0627"}},
          {"alef maksura to yeh", "\u0649", {"\u064A"}},
          {"teh marbuta to heh", "\u0629", {"\u0647"}},
          {"waw hamza to waw", "\u0624", {"\u0648"}},
          {"yeh hamza to yeh", "\u0626", {"\u064A"}},
          {"bare hamza kept", "\u0621", {"\u0621"}},
          {"quranic marks removed",
           "\u0643\u0610\u062A\u06D6\u0628",
           {kKataba}},
          {"hamza above mark removed", "\u0627\u0654", {"\u0627"}},
          {"latin untouched", "Test", {"test"}},
      },
      RougeTokenizerOptions{.normalize = true});
}

TEST(RougeTokenizerTest, NormalizeForRougeKeepsEverythingElse) {
  EXPECT_EQ(NormalizeForRouge(""), "");
  EXPECT_EQ(NormalizeForRouge("a, b!"), "a, b!");
  EXPECT_EQ(NormalizeForRouge(kAlmadrasa),
            "\u0627\u0644\u0645\u062F\u0631\u0633\u0647");
  EXPECT_EQ(NormalizeForRouge("a\xff"), "a\uFFFD");
}

// Plain ROUGE tools drop every character outside [a-z0-9]; this one must
// keep each Arabic letter (mapped, under --norm, never removed).
TEST(RougeTokenizerTest, NeverDeletesArabicLetters) {
  for (bool normalize : {false, true}) {
    for (char32_t c = text::kArabicBlockFirst; c <= text::kArabicExtendedALast;
         ++c) {
      if (!text::IsArabicLetter(c)) continue;
      std::string letter;
      text::AppendUtf8(c, &letter);
      const Tokens tokens = TokenizeForRouge(
          "x " + letter + " y", RougeTokenizerOptions{.normalize = normalize});
      ASSERT_EQ(tokens.size(), 3u)
          << "U+" << std::hex << static_cast<uint32_t>(c)
          << " normalize=" << normalize;
      if (!normalize) {
        EXPECT_EQ(tokens[1], letter);
      }
    }
  }
}

TEST(RougeTokenizerTest, StemsOnlyTokensLongerThanThreeCodePoints) {
  const RougeTokenizerOptions stem{.stem = true};
  // Three letters: left alone whatever the stemmer would do.
  EXPECT_EQ(TokenizeForRouge(kKataba, stem), Tokens{kKataba});
  EXPECT_EQ(TokenizeForRouge(kFi, stem), Tokens{kFi});
  EXPECT_EQ(TokenizeForRouge(kKitab, stem), Tokens{text::StemArabic(kKitab)});
  // The definite article is a prefix Snowball removes.
  const Tokens stemmed = TokenizeForRouge(kAlmadrasa, stem);
  ASSERT_EQ(stemmed.size(), 1u);
  EXPECT_EQ(stemmed[0], text::StemArabic(kAlmadrasa));
  EXPECT_NE(stemmed[0], kAlmadrasa);
  // Numbers longer than three digits go through the stemmer unchanged.
  EXPECT_EQ(TokenizeForRouge("2024", stem), Tokens{"2024"});
}

TEST(RougeTokenizerTest, TokensNeverHoldWhitespaceOrEmptyStrings) {
  const std::string input = std::string(" \u00A0") + kAltalib + "\t\t" +
                            kAldars + "  ,  \u3000" + kSalam + "\n\n";
  for (bool stem : {false, true}) {
    for (const std::string& token : TokenizeForRouge(
             input, RougeTokenizerOptions{.normalize = true, .stem = stem})) {
      EXPECT_FALSE(token.empty());
      EXPECT_EQ(token.find_first_of(" \t\n\r"), std::string::npos) << token;
      EXPECT_TRUE(text::IsValidUtf8(token));
    }
  }
}

}  // namespace
}  // namespace khulasa::eval
