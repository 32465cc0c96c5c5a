#include "src/summary/word_keys.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "src/summary/units.h"

namespace khulasa::summary {
namespace {

std::vector<uint32_t> Keys(std::string_view text) {
  static const StopwordKeys* stopwords = new StopwordKeys();
  std::vector<uint32_t> keys;
  AppendWordKeys(text, *stopwords, &keys);
  return keys;
}

TEST(WordKeysTest, SpellingVariantsAndPrefixesShareAKey) {
  // الاقتصاد / والاقتصاد / اقتصاد (article and conjunction prefixes).
  const auto a = Keys("\u0627\u0644\u0627\u0642\u062A\u0635\u0627\u062F");
  const auto b = Keys("\u0648\u0627\u0644\u0627\u0642\u062A\u0635\u0627\u062F");
  const auto c = Keys("\u0627\u0642\u062A\u0635\u0627\u062F");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  // أحمد with hamza, diacritics and tatweel == احمد.
  EXPECT_EQ(Keys("\u0623\u064E\u062D\u0640\u0645\u064E\u062F"),
            Keys("\u0627\u062D\u0645\u062F"));
}

TEST(WordKeysTest, StopwordsAndPunctuationGiveNoKey) {
  // في و من (stopwords), punctuation, one-letter word.
  EXPECT_TRUE(Keys("\u0641\u064A \u0645\u0646 , . \u060C \u0628").empty());
  EXPECT_TRUE(Keys("").empty());
  EXPECT_TRUE(Keys("   \n\t").empty());
}

TEST(WordKeysTest, CountsWordsAndNumbers) {
  static const StopwordKeys stopwords;
  std::vector<uint32_t> keys;
  const WordKeyCounts counts =
      AppendWordKeys("Budget 2025 grew by 12 percent", stopwords, &keys);
  EXPECT_EQ(counts.words, 6u);
  EXPECT_EQ(counts.numbers, 2u);
  // Latin case folds.
  EXPECT_EQ(Keys("Budget"), Keys("budget"));
}

TEST(WordKeysTest, InvalidUtf8NeverCrashes) {
  const std::string bad[] = {"\xC3",
                             "\x80\x80"
                             "abc",
                             "\xE0\x80\x80", "\xED\xA0\x80",
                             "ab\xFF"
                             "cd"};
  for (const std::string& s : bad) {
    const auto keys = Keys(s);
    EXPECT_LE(keys.size(), 3u) << "input bytes " << s.size();
  }
}

}  // namespace
}  // namespace khulasa::summary
