// ReadArticle's language step and charset handling end to end: Article::lang,
// the refusal of text that is not Arabic, --force, and articles read from
// other encodings (made at test time from composed texts in testdata/).
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "src/article/encoding_test_support.h"

namespace khulasa {
namespace {

using article::testing::DoubleEncode;
using article::testing::Encode;
using article::testing::TestData;

// The first line of the composed Arabic article, its title.
constexpr char kArabicTitle[] =
    "\u0645\u0634\u0631\u0648\u0639 \u062C\u062F\u064A\u062F";

TEST(ArticleLanguageTest, ArabicArticlesAreMarkedAr) {
  absl::StatusOr<Article> article =
      ReadArticle(TestData("encoding_article.txt"), ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->lang, "ar");
  EXPECT_EQ(article->title.rfind(kArabicTitle, 0), 0u) << article->title;
}

TEST(ArticleLanguageTest, RefusesOtherLanguagesUnlessForced) {
  struct Case {
    std::string file;
    std::string lang;
    std::string says;  // part of the message
  };
  const Case cases[] = {
      {"persian_article.txt", "fa", "input looks like Persian, not Arabic"},
      {"urdu_article.txt", "ur", "input looks like Urdu, not Arabic"},
      {"english_one_arabic_word.txt", "other",
       "input does not look like Arabic (only 4 of its"},
  };
  for (const Case& c : cases) {
    const std::string text = TestData(c.file);
    absl::StatusOr<Article> refused = ReadArticle(text, ReadOptions{});
    ASSERT_FALSE(refused.ok()) << c.file;
    EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(refused.status().message().find(c.says), std::string::npos)
        << refused.status().message();
    EXPECT_NE(refused.status().message().find("pass --force"),
              std::string::npos);
    EXPECT_EQ(RefusedLanguage(refused.status()), c.lang) << c.file;

    ReadOptions force;
    force.force = true;
    absl::StatusOr<Article> forced = ReadArticle(text, force);
    ASSERT_TRUE(forced.ok()) << forced.status();
    EXPECT_EQ(forced->lang, c.lang) << c.file;
    EXPECT_FALSE(forced->blocks.empty());
  }
}

TEST(ArticleLanguageTest, EveryReaderSetsAndChecksTheLanguage) {
  const std::string persian = TestData("persian_article.txt");
  std::string escaped;
  for (const char c : persian) {
    if (c == '\n') {
      escaped += "\\n";
    } else {
      escaped.push_back(c);
    }
  }
  const std::string inputs[] = {
      "{\"text\": \"" + escaped + "\"}",
      "<html><body><p>" + persian + "</p></body></html>",
  };
  for (const std::string& input : inputs) {
    absl::StatusOr<Article> refused = ReadArticle(input, ReadOptions{});
    EXPECT_EQ(RefusedLanguage(refused.status()), "fa") << refused.status();
    ReadOptions force;
    force.force = true;
    absl::StatusOr<Article> forced = ReadArticle(input, force);
    ASSERT_TRUE(forced.ok()) << forced.status();
    EXPECT_EQ(forced->lang, "fa");
  }
}

TEST(ArticleLanguageTest, TextWithoutArabicLettersIsRefusedEvenForced) {
  const std::string english = "Only English words here. Nothing else.";
  EXPECT_EQ(RefusedLanguage(ReadArticle(english, ReadOptions{}).status()),
            "other");
  ReadOptions force;
  force.force = true;
  const absl::Status forced = ReadArticle(english, force).status();
  EXPECT_EQ(RefusedLanguage(forced), "other");
  EXPECT_NE(forced.message().find("input has no Arabic letters"),
            std::string::npos)
      << forced;
}

TEST(ArticleLanguageTest, OtherErrorsAreNoLanguageRefusal) {
  EXPECT_EQ(RefusedLanguage(absl::OkStatus()), "");
  EXPECT_EQ(RefusedLanguage(ReadArticle("", ReadOptions{}).status()), "");
  EXPECT_EQ(RefusedLanguage(absl::InvalidArgumentError("x")), "");
}

TEST(ArticleEncodingTest, LegacyUtf16AndDoubleEncodedInputReadsAsArabic) {
  const std::string arabic = TestData("encoding_article.txt");
  const std::string inputs[] = {
      Encode(arabic, "windows-1256"),
      Encode(arabic, "iso-8859-6"),
      Encode("\uFEFF" + arabic, "UTF-16LE"),
      Encode("\uFEFF" + arabic, "UTF-16BE"),
      DoubleEncode(arabic, "windows-1252"),
  };
  const absl::StatusOr<Article> expected = ReadArticle(arabic, ReadOptions{});
  ASSERT_TRUE(expected.ok());
  for (const std::string& input : inputs) {
    absl::StatusOr<Article> article = ReadArticle(input, ReadOptions{});
    ASSERT_TRUE(article.ok()) << article.status();
    EXPECT_EQ(article->input, expected->input);
    EXPECT_EQ(article->title, expected->title);
    EXPECT_EQ(article->lang, "ar");
  }
}

TEST(ArticleEncodingTest, HtmlPagesInOtherCharsetsReadAsArabic) {
  const std::string arabic = TestData("encoding_article.txt");
  const std::string page = "<html><head><meta charset=\"utf-8\"><title>" +
                           std::string(kArabicTitle) +
                           "</title></head><body><article><p>" + arabic +
                           "</p></article></body></html>";
  const std::string inputs[] = {
      // The meta tag says UTF-8; the bytes are windows-1256.
      Encode(page, "windows-1256"),
      Encode("\uFEFF" + page, "UTF-16LE"),
  };
  for (const std::string& input : inputs) {
    absl::StatusOr<Article> article = ReadArticle(input, ReadOptions{});
    ASSERT_TRUE(article.ok()) << article.status();
    EXPECT_EQ(article->format, InputFormat::kHtml);
    EXPECT_EQ(article->lang, "ar");
    EXPECT_EQ(article->input.find("\uFFFD"), std::string::npos);
    EXPECT_NE(article->input.find(kArabicTitle), std::string::npos);
  }
}

TEST(ArticleEncodingTest, NamedCharsetWinsAndUnknownOnesAreRefused) {
  ReadOptions options;
  options.charset = "windows-1256";
  const std::string arabic = TestData("encoding_article.txt");
  absl::StatusOr<Article> article =
      ReadArticle(Encode(arabic, "windows-1256"), options);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->lang, "ar");
  options.charset = "klingon-8";
  EXPECT_EQ(ReadArticle(arabic, options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ArticleEncodingTest, LenientNeverReadsMostlyReplacementCharacters) {
  // Latin-1 bytes with an Arabic word: not clean legacy Arabic, not UTF-8.
  std::string input = TestData("encoding_article.txt").substr(0, 60) + "\n";
  for (int i = 0; i < 40; ++i) input += "\xE9\xE8\xEA \xFB\xE0 ";
  ReadOptions lenient;
  lenient.lenient = true;
  absl::StatusOr<Article> article = ReadArticle(input, lenient);
  ASSERT_FALSE(article.ok());
  EXPECT_NE(article.status().message().find("would be U+FFFD"),
            std::string::npos)
      << article.status();
  // A few bad bytes are still repaired.
  std::string few = TestData("encoding_article.txt");
  few[few.size() - 3] = '\xFF';
  article = ReadArticle(few, lenient);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_NE(article->input.find("\uFFFD"), std::string::npos);
}

}  // namespace
}  // namespace khulasa
