// Checks the sentence splitter on real data read from $KHULASA_SHARED_DIR
// (skipped when absent): the EASC summarization corpus, most of whose news
// articles are hard-wrapped every ~10 words (a wrapped sentence must stay
// one sentence), and the seed article (one paragraph per line).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "src/text/arabic.h"
#include "src/text/sentence_splitter.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

struct Article {
  std::string id;
  std::string text;
};

std::vector<Article> LoadEasc(std::string* error) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  if (shared == nullptr) {
    *error = "KHULASA_SHARED_DIR is not set";
    return {};
  }
  const std::string path =
      std::string(shared) + "/data/summarization/easc.jsonl";
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return {};
  }
  std::vector<Article> articles;
  std::string line;
  while (std::getline(in, line)) {
    const auto record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.contains("text")) continue;
    articles.push_back({record.value("id", ""), record["text"]});
  }
  return articles;
}

// True when the sentence ends with . ! ? U+061F U+2026 (closers allowed).
bool EndsWithTerminator(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    size_t begin = end - 1;
    while (begin > 0 &&
           IsUtf8ContinuationByte(static_cast<unsigned char>(s[begin]))) {
      --begin;
    }
    size_t pos = begin;
    const char32_t c = DecodeUtf8(s, &pos);
    if (c == '"' || c == ')' || c == 0x00BB || c == 0x201D || c == '\'') {
      end = begin;
      continue;
    }
    return IsSentenceTerminator(c);
  }
  return false;
}

TEST(SentenceSplitterEascTest, WrappedSentencesStayWhole) {
  std::string error;
  const std::vector<Article> articles = LoadEasc(&error);
  if (articles.empty()) GTEST_SKIP() << "EASC corpus not available: " << error;
  ASSERT_EQ(articles.size(), 153u);

  size_t wrapped = 0;
  size_t sentences = 0;
  size_t wrapped_sentences = 0;
  size_t wrapped_unterminated = 0;
  for (const Article& a : articles) {
    const std::vector<ByteRange> ranges = SplitSentences(a.text);
    sentences += ranges.size();
    size_t previous_end = 0;
    for (const ByteRange& r : ranges) {
      ASSERT_LT(r.begin, r.end) << a.id;
      ASSERT_LE(previous_end, r.begin) << a.id;
      ASSERT_LE(r.end, a.text.size()) << a.id;
      previous_end = r.end;
    }
    if (!LooksHardWrapped(a.text)) continue;
    ++wrapped;
    const std::vector<ByteRange> paragraphs = SplitParagraphs(a.text);
    for (const ByteRange& r : ranges) {
      ++wrapped_sentences;
      // A sentence that ends without punctuation must end a paragraph;
      // otherwise a wrapped line was cut.
      const std::string_view s =
          std::string_view(a.text).substr(r.begin, r.size());
      if (EndsWithTerminator(s)) continue;
      bool ends_paragraph = false;
      for (const ByteRange& p : paragraphs) {
        if (p.end == r.end) ends_paragraph = true;
      }
      EXPECT_TRUE(ends_paragraph) << a.id << ": " << s;
      ++wrapped_unterminated;
    }
  }
  std::cout << "EASC: " << articles.size() << " articles, " << wrapped
            << " hard-wrapped, " << sentences << " sentences ("
            << wrapped_sentences << " in wrapped articles, "
            << wrapped_unterminated << " of them without final punctuation)\n";
  // Measured on the corpus: 45 articles look wrapped (line lengths 70-115
  // columns, most lines ending mid-sentence).
  EXPECT_GE(wrapped, 40u);
  EXPECT_LE(wrapped, 50u);
  // Paragraph ends without punctuation (headings, lists) are rare.
  EXPECT_LT(wrapped_unterminated * 10, wrapped_sentences);
}

TEST(SentenceSplitterEascTest, SeedArticleIsOneParagraphPerLine) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  if (shared == nullptr) GTEST_SKIP() << "KHULASA_SHARED_DIR is not set";
  std::ifstream in(std::string(shared) + "/seed/000_10ea7d8f2b1e01f1.txt");
  if (!in) GTEST_SKIP() << "seed article not available";
  const std::string text((std::istreambuf_iterator<char>(in)),
                         std::istreambuf_iterator<char>());
  ASSERT_TRUE(IsValidUtf8(text));
  EXPECT_FALSE(LooksHardWrapped(text));
  size_t lines = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string::npos ? text.size() : nl;
    if (text.find_first_not_of(" \t\r", pos) < end) ++lines;
    pos = end + 1;
  }
  EXPECT_EQ(SplitParagraphs(text).size(), lines);
  const std::vector<ByteRange> sentences = SplitSentences(text);
  // Checked by eye when written: the header, title, two button labels,
  // three bullets, the tweet's two lines, two subheadings and 15 body
  // sentences (no split inside "17", the URL or "pic.twitter.com").
  EXPECT_EQ(sentences.size(), 26u);
  for (const ByteRange& r : sentences) {
    const std::string_view s = std::string_view(text).substr(r.begin, r.size());
    EXPECT_EQ(s.find('\n'), std::string_view::npos) << s;
  }
}

}  // namespace
}  // namespace khulasa::text
