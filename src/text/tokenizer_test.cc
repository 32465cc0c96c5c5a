#include "src/text/tokenizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "src/text/test_cases.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

using testing::Escape;
using testing::LoadTestCases;

void ExpectWellFormed(std::string_view text, const std::vector<Token>& tokens) {
  size_t previous_end = 0;
  for (const Token& t : tokens) {
    EXPECT_LT(t.range.begin, t.range.end) << Escape(text);
    EXPECT_LE(previous_end, t.range.begin) << Escape(text);
    EXPECT_LE(t.range.end, text.size()) << Escape(text);
    previous_end = t.range.end;
  }
}

TEST(TokenizerTest, TableOfCases) {
  const auto cases = LoadTestCases("tokenize_cases.tsv");
  ASSERT_GT(cases.size(), 30u)
      << "missing src/text/testdata/tokenize_cases.tsv";
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 2u) << "line " << c.line;
    const std::string& input = c.fields[0];
    const std::vector<Token> tokens = Tokenize(input);
    EXPECT_EQ(TokensDebugString(input, tokens), c.fields[1])
        << "line " << c.line << " input: " << Escape(input);
    ExpectWellFormed(input, tokens);
  }
}

TEST(TokenizerTest, EmptyInputHasNoTokens) {
  EXPECT_TRUE(Tokenize("").empty());
}

TEST(TokenizerTest, RangesPointIntoTheInput) {
  const std::string text = "\u0639\u0627\u0645 2025";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0], (Token{TokenKind::kArabicWord, ByteRange{0, 6}}));
  EXPECT_EQ(tokens[1], (Token{TokenKind::kNumber, ByteRange{7, 11}}));
}

TEST(TokenizerTest, ReusedBufferIsClearedFirst) {
  std::vector<Token> tokens;
  Tokenize("a b c", &tokens);
  Tokenize("x", &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].range, (ByteRange{0, 1}));
}

TEST(TokenizerTest, EveryKindHasAStableName) {
  const std::pair<TokenKind, std::string_view> kNames[] = {
      {TokenKind::kArabicWord, "arabic_word"},
      {TokenKind::kLatinWord, "latin_word"},
      {TokenKind::kNumber, "number"},
      {TokenKind::kUrl, "url"},
      {TokenKind::kHandle, "handle"},
      {TokenKind::kHashtag, "hashtag"},
      {TokenKind::kEmoji, "emoji"},
      {TokenKind::kPunctuation, "punctuation"},
      {TokenKind::kOther, "other"},
  };
  for (const auto& [kind, name] : kNames) EXPECT_EQ(TokenKindName(kind), name);
}

// "a.a.a..." once rescanned the rest of the text for an e-mail '@' at every
// letter (quadratic); 64 KiB must tokenize quickly.
TEST(TokenizerTest, LongDottedTextStaysLinear) {
  for (const std::string pattern : {"a.", "1.", "a-", "@a."}) {
    std::string text;
    while (text.size() < (1u << 16)) text += pattern;
    ExpectWellFormed(text, Tokenize(text));
  }
}

TEST(TokenizerTest, AllBytesValuesNeverBreakInvariants) {
  // Every single byte and every byte pair: no crash, ranges well formed,
  // and each non-space byte is covered by a token.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; b += 7) {
      std::string text;
      text.push_back(static_cast<char>(a));
      text.push_back(static_cast<char>(b));
      ExpectWellFormed(text, Tokenize(text));
    }
  }
}

}  // namespace
}  // namespace khulasa::text
