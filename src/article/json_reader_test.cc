#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"

namespace khulasa {
namespace {

TEST(JsonReaderTest, ReadsAllFields) {
  const std::string json =
      "{\"title\": \"\u0627\u0641\u062A\u062A\u0627\u062D "
      "\u062C\u0633\u0631\", \"text\": \"\u0627\u0641\u062A\u062A\u062D "
      "\u0627\u0644\u062C\u0633\u0631 \u0627\u0644\u064A\u0648\u0645. "
      "\u0648\u062D\u0636\u0631 "
      "\u0627\u0644\u0627\u0641\u062A\u062A\u0627\u062D "
      "\u0627\u0644\u0648\u0632\u064A\u0631."
      "\\n\u0648\u0633\u064A\u062E\u0641\u0641 \u0627\u0644\u062C\u0633\u0631 "
      "\u0627\u0644\u0627\u0632\u062F\u062D\u0627\u0645.\", "
      "\"date\": \"2025-06-01T10:00:00Z\", \"section\": "
      "\"\u0645\u062D\u0644\u064A\u0627\u062A\", "
      "\"url\": \"https://example.com/a\", \"meta\": {\"x\": [1, 2]}}";
  absl::StatusOr<Article> article = ReadArticle(json, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->format, InputFormat::kJson);
  EXPECT_EQ(article->title,
            "\u0627\u0641\u062A\u062A\u0627\u062D \u062C\u0633\u0631");
  EXPECT_EQ(article->date, "2025-06-01");
  EXPECT_EQ(article->section, "\u0645\u062D\u0644\u064A\u0627\u062A");
  EXPECT_EQ(article->url, "https://example.com/a");
  EXPECT_EQ(
      article->input,
      "\u0627\u0641\u062A\u062A\u062D \u0627\u0644\u062C\u0633\u0631 "
      "\u0627\u0644\u064A\u0648\u0645. \u0648\u062D\u0636\u0631 "
      "\u0627\u0644\u0627\u0641\u062A\u062A\u0627\u062D "
      "\u0627\u0644\u0648\u0632\u064A\u0631."
      "\n\u0648\u0633\u064A\u062E\u0641\u0641 \u0627\u0644\u062C\u0633\u0631 "
      "\u0627\u0644\u0627\u0632\u062F\u062D\u0627\u0645.");
  ASSERT_EQ(article->blocks.size(), 2u);
  EXPECT_EQ(article->blocks[0].sentences.size(), 2u);
  EXPECT_EQ(
      article->blocks[1].text,
      "\u0648\u0633\u064A\u062E\u0641\u0641 \u0627\u0644\u062C\u0633\u0631 "
      "\u0627\u0644\u0627\u0632\u062F\u062D\u0627\u0645.");
}

// A scraped page kept whole in "text" (examples/heatwave.txt: date line,
// title, the two button labels, the site's bullets, the body) is read as
// that page: the title and the site's bullets are not body text.
TEST(JsonReaderTest, AScrapedPageInTextIsReadAsThePage) {
  const char* source = std::getenv("KHULASA_SOURCE_DIR");
  ASSERT_NE(source, nullptr);
  std::ifstream in(std::string(source) + "/examples/heatwave.txt",
                   std::ios::binary);
  std::stringstream page;
  page << in.rdbuf();
  ASSERT_GT(page.str().size(), 1000u);
  const absl::StatusOr<Article> direct = ReadArticle(page.str(), ReadOptions{});
  ASSERT_TRUE(direct.ok()) << direct.status();
  ASSERT_EQ(direct->format, InputFormat::kScraped);

  const std::string json = nlohmann::json{{"text", page.str()}}.dump();
  absl::StatusOr<Article> article = ReadArticle(json, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->format, InputFormat::kJson);
  EXPECT_EQ(article->title, direct->title);
  EXPECT_EQ(article->date, direct->date);
  EXPECT_EQ(article->section, direct->section);
  EXPECT_EQ(article->site_summary, direct->site_summary);
  EXPECT_EQ(article->input, direct->input);
  ASSERT_EQ(article->blocks.size(), direct->blocks.size());
  for (size_t i = 0; i < article->blocks.size(); ++i) {
    EXPECT_EQ(article->blocks[i].kind, direct->blocks[i].kind) << i;
  }

  // A given title wins over the page's.
  const std::string titled = nlohmann::json{
      {"title", "\u0639\u0646\u0648\u0627\u0646"},
      {"text", page.str()}}.dump();
  article = ReadArticle(titled, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->title, "\u0639\u0646\u0648\u0627\u0646");
}

TEST(JsonReaderTest, NullFieldsAreEmptyAndBadDatesAreDropped) {
  absl::StatusOr<Article> article = ReadArticle(
      "{\"title\": null, \"text\": \"\u0646\u0635 "
      "\u0627\u0644\u062E\u0628\u0631.\", \"date\": \"\u0623\u0645\u0633\"}",
      ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->title, "");
  EXPECT_EQ(article->date, "");
}

struct JsonErrorCase {
  const char* input;
  const char* message_part;
};

TEST(JsonReaderTest, RejectsBadRecords) {
  const JsonErrorCase kCases[] = {
      {"{\"title\": \"\u0639\u0646\u0648\u0627\u0646\"}", "no \"text\" field"},
      {"{\"text\": null}", "no \"text\" field"},
      {"{\"text\": 42}", "field \"text\" must be a string"},
      {"{\"text\": \"\u0646\u0635\", \"title\": [\"a\"]}",
       "field \"title\" must be a string"},
      {"{\"text\": \"\u0646\u0635\", \"date\": {}}",
       "field \"date\" must be a string"},
      {"{\"text\": \"\u0646\u0635\"", "malformed JSON at byte"},
      {"{\"text\": \"\u0646\u0635\"} trailing", "malformed JSON at byte"},
      {"[{\"text\": \"\u0646\u0635\"}]", "must be an object"},
      {"{\"text\": \"   \"}", "JSON field \"text\": input is only whitespace"},
      {"{\"text\": \"\"}", "JSON field \"text\": input is empty"},
      {"{\"text\": \"a\\u0000b\"}", "JSON field \"text\": input looks like"},
      {"{\"text\": \"English only.\"}", "no Arabic letters"},
      {"{\"text\": \"\\ud800\"}", "malformed JSON"},
  };
  for (const JsonErrorCase& c : kCases) {
    ReadOptions options;
    options.format = InputFormat::kJson;
    absl::StatusOr<Article> article = ReadArticle(c.input, options);
    ASSERT_FALSE(article.ok()) << "input: " << c.input;
    EXPECT_EQ(article.status().code(), absl::StatusCode::kInvalidArgument)
        << "input: " << c.input;
    EXPECT_NE(std::string(article.status().message()).find(c.message_part),
              std::string::npos)
        << "input: " << c.input << " " << article.status();
  }
}

TEST(JsonReaderTest, ReadsJsonLines) {
  const std::string jsonl =
      "{\"text\": \"\u0627\u0644\u062E\u0628\u0631 "
      "\u0627\u0644\u0623\u0648\u0644.\"}\n"
      "\n"
      "{\"text\": \"\u0627\u0644\u062E\u0628\u0631 "
      "\u0627\u0644\u062B\u0627\u0646\u064A.\", \"title\": "
      "\"\u0639\u0646\u0648\u0627\u0646\"}\n";
  absl::StatusOr<std::vector<Article>> articles =
      ReadArticles(jsonl, ReadOptions{});
  ASSERT_TRUE(articles.ok()) << articles.status();
  ASSERT_EQ(articles->size(), 2u);
  EXPECT_EQ((*articles)[0].input,
            "\u0627\u0644\u062E\u0628\u0631 \u0627\u0644\u0623\u0648\u0644.");
  EXPECT_EQ((*articles)[1].title, "\u0639\u0646\u0648\u0627\u0646");
  // ReadArticle refuses several records rather than reading only one.
  absl::StatusOr<Article> one = ReadArticle(jsonl, ReadOptions{});
  EXPECT_EQ(one.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(JsonReaderTest, JsonLinesErrorsNameTheLine) {
  const std::string jsonl =
      "{\"text\": \"\u0627\u0644\u062E\u0628\u0631 "
      "\u0627\u0644\u0623\u0648\u0644.\"}\n"
      "{\"text\": \"\u0627\u0644\u062E\u0628\u0631 "
      "\u0627\u0644\u062B\u0627\u0646\u064A.\"}\n"
      "{\"text\": 7}\n";
  absl::StatusOr<std::vector<Article>> articles =
      ReadArticles(jsonl, ReadOptions{});
  ASSERT_FALSE(articles.ok());
  EXPECT_EQ(std::string(articles.status().message()).rfind("line 3: ", 0), 0u)
      << articles.status();
}

TEST(JsonReaderTest, ReadArticlesReadsOneArticleOfOtherFormats) {
  absl::StatusOr<std::vector<Article>> articles =
      ReadArticles("\u0646\u0635 \u062E\u0628\u0631 \u0642\u0635\u064A\u0631.",
                   ReadOptions{});
  ASSERT_TRUE(articles.ok()) << articles.status();
  EXPECT_EQ(articles->size(), 1u);
}

}  // namespace
}  // namespace khulasa

namespace khulasa {
namespace {

TEST(JsonReaderTest, LineLimitAppliesToTheTextField) {
  ReadOptions options;
  options.max_line_bytes = 10;
  absl::StatusOr<Article> article = ReadArticle(
      "{\"text\": \"\u0646\u0635.\\n\u0646\u0635 \u0637\u0648\u064A\u0644 "
      "\u062C\u062F\u0627.\"}",
      options);
  ASSERT_EQ(article.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(std::string(article.status().message())
                .rfind("JSON field \"text\": line 2 (bytes 6-", 0),
            0u)
      << article.status();
}

}  // namespace
}  // namespace khulasa
