#include "src/article/html_reader.h"

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

HtmlReadOptions Options() { return HtmlReadOptions{}; }

// Checks the invariants every successful read keeps.
void ExpectWellFormed(const Article& a) {
  EXPECT_TRUE(text::IsValidUtf8(a.input));
  EXPECT_EQ(a.format, InputFormat::kHtml);
  size_t last_end = 0;
  for (const Block& b : a.blocks) {
    EXPECT_FALSE(b.text.empty());
    ASSERT_LE(b.range.end, a.input.size());
    EXPECT_GE(b.range.begin, last_end);
    EXPECT_EQ(a.input.substr(b.range.begin, b.range.size()), b.text);
    for (const ByteRange& s : b.sentences) {
      EXPECT_GE(s.begin, b.range.begin);
      EXPECT_LE(s.end, b.range.end);
    }
    last_end = b.range.end;
  }
}

TEST(ReadHtmlTest, ReadsTitleDateSectionAndBlocks) {
  const std::string page =
      "<!doctype html><html lang=\"ar\"><head><title>T | Site</title>"
      "<meta property=\"article:section\" content=\"Sport\">"
      "<meta property=\"article:published_time\" content=\"2024-01-02\">"
      "</head><body><nav><a href=\"/\">Home</a></nav><article>"
      "<h1>A headline for the test page</h1>"
      "<p>The first paragraph has enough words to count as body text, with a "
      "comma or two, and a full stop.</p><h2>A subheading</h2>"
      "<p>The second paragraph also has enough words to be body text, and "
      "it ends properly.</p></article><footer>Copyright</footer></body>"
      "</html>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  const Article& a = r->article;
  ExpectWellFormed(a);
  EXPECT_EQ(a.title, "A headline for the test page");
  EXPECT_EQ(a.date, "2024-01-02");
  EXPECT_EQ(a.section, "Sport");
  EXPECT_EQ(r->language, "ar");
  ASSERT_EQ(a.blocks.size(), 3u);
  EXPECT_EQ(a.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(a.blocks[1].kind, BlockKind::kSubheading);
  EXPECT_EQ(a.blocks[1].text, "A subheading");
  EXPECT_EQ(a.blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(a.input, a.blocks[0].text + "\n" + a.blocks[1].text + "\n" +
                         a.blocks[2].text);
  EXPECT_FALSE(a.blocks[0].sentences.empty());
}

TEST(ReadHtmlTest, DecodesEntitiesAndCollapsesWhitespace) {
  const std::string page =
      "<html><body><div class=\"article-body\"><p>Fish &amp; chips,\n\n"
      "   served&nbsp;hot &#8212; and cold &#x2014; every day of the week, "
      "at the harbour.</p></div></body></html>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->article.blocks.size(), 1u);
  EXPECT_EQ(r->article.blocks[0].text,
            "Fish & chips, served hot \u2014 and cold \u2014 every day of the "
            "week, at the harbour.");
}

TEST(ReadHtmlTest, TurnsTweetsIntoEmbeds) {
  const std::string page =
      "<html><body><div class=\"story-body\"><p>Officials said on Monday "
      "that the bridge would reopen next week, after repairs.</p>"
      "<blockquote class=\"twitter-tweet\"><p>Bridge reopens soon!</p>"
      "&mdash; City (@city)</blockquote><p>Traffic is expected to return to "
      "normal levels by the end of the month, they added.</p></div>"
      "</body></html>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->article.blocks.size(), 3u);
  EXPECT_EQ(r->article.blocks[1].kind, BlockKind::kEmbed);
  EXPECT_EQ(r->article.blocks[1].text,
            "Bridge reopens soon! \u2014 City (@city)");
}

TEST(ReadHtmlTest, UsesJsonLdBodyWhenThePageRendersWithScripts) {
  std::string body;
  for (int i = 0; i < 10; ++i) {
    body += "This paragraph comes only from the structured data, sentence " +
            std::to_string(i) + ".\\n";
  }
  const std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@type\": "
      "\"NewsArticle\", \"headline\": \"Scripted &quot;page&quot;\", "
      "\"articleBody\": \"" +
      body +
      "\"}</script></head><body><div id=\"app\">Loading...</div>"
      "</body></html>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->article.title, "Scripted \"page\"");
  ASSERT_EQ(r->article.blocks.size(), 10u);
  ExpectWellFormed(r->article);
}

TEST(ReadHtmlTest, ToleratesBrokenJsonLd) {
  const std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@type\": "
      "[[[[[[</script></head><body><p>Plain text that is long enough to be "
      "the body of this small page, with a comma.</p></body></html>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->article.blocks.size(), 1u);
}

TEST(ReadHtmlTest, RefusesEmptyAndBlankPages) {
  for (const char* page : {"", "   \n\t  "}) {
    absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(r.status().message()), "empty html page");
  }
}

TEST(ReadHtmlTest, RefusesPagesWithoutText) {
  absl::StatusOr<HtmlExtraction> r =
      ReadHtml("<html><body><img src=x><script>var a;</script></body></html>",
               Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(r.status().message()).find("no article text"),
            std::string::npos);
}

TEST(ReadHtmlTest, RefusesBinaryData) {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  bytes.append(std::string("\0\0\0\rIHDR\0\0\x01\0", 13));
  absl::StatusOr<HtmlExtraction> r = ReadHtml(bytes, Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
}

// Pages whose raw bytes hold no NUL but whose converted text does. Before
// the fix the HTML parser dropped the NULs and the article text came out as
// invalid UTF-8 (html_reader_fuzzer; the first case is its minimized crash,
// also in fuzz/corpus/html_reader_fuzzer/).
TEST(ReadHtmlTest, RefusesPagesThatConvertToNulCharacters) {
  struct Case {
    std::string bytes;
    std::string charset;
  };
  const Case cases[] = {
      {std::string("\xFF\xFE\0\0\0\0z\0\0\0\0", 11), ""},
      {std::string("\xFE\xFF\0<\0p\0>\0a\0\0\0b\0<\0/\0p\0>", 22), ""},
      {"<p>+AAA-a paragraph with a hidden NUL in it, long enough.</p>",
       "utf-7"},
      {"<meta charset=utf-7><p>a paragraph+AAA-with a NUL, long enough.</p>",
       ""},
  };
  for (const Case& c : cases) {
    HtmlReadOptions options;
    options.charset = c.charset;
    absl::StatusOr<HtmlExtraction> r = ReadHtml(c.bytes, options);
    if (r.ok()) {
      ExpectWellFormed(r->article);
      ADD_FAILURE() << "read a page that converts to NUL characters";
      continue;
    }
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(std::string(r.status().message()).find("binary"),
              std::string::npos)
        << r.status();
  }
  // The same UTF-16 page without the NUL reads.
  absl::StatusOr<HtmlExtraction> clean = ReadHtml(
      std::string("\xFE\xFF\0<\0p\0>\0a\0 \0b\0<\0/\0p\0>", 22), Options());
  ASSERT_TRUE(clean.ok()) << clean.status();
  ExpectWellFormed(clean->article);
  EXPECT_EQ(clean->article.input, "a b");
}

TEST(ReadHtmlTest, ReadsTruncatedPages) {
  const std::string page =
      "<html><body><div class=\"article\"><p>A page cut off in the middle "
      "of its second paragraph still has text to read, like this one.</p>"
      "<p>And this one stops right in the mid";
  for (size_t cut = 1; cut <= page.size(); cut += 7) {
    absl::StatusOr<HtmlExtraction> r = ReadHtml(page.substr(0, cut), Options());
    if (r.ok()) ExpectWellFormed(r->article);
  }
  absl::StatusOr<HtmlExtraction> full = ReadHtml(page, Options());
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_EQ(full->article.blocks.size(), 2u);
}

TEST(ReadHtmlTest, SurvivesInvalidUtf8) {
  const std::string page =
      "<html><head><meta charset=utf-8></head><body><p>Bad bytes \xC3\x28 "
      "and \xA7 and \xED\xA0\x80 inside a paragraph that is long enough.</p>"
      "</body></html>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectWellFormed(r->article);
}

TEST(ReadHtmlTest, BoundsPagesNested100000Deep) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>Deep text at the bottom of a very deep page, long enough.</p>";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(std::string(r.status().message()).find("1024 elements deep"),
            std::string::npos);
}

TEST(ReadHtmlTest, ReadsPagesNestedBelowTheLimit) {
  std::string page = "<html><body>";
  for (int i = 0; i < 1000; ++i) page += "<div><p>x<br><img src=a>";
  page += "<p>Deep text at the bottom of a deep page, long enough to count.";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectWellFormed(r->article);
}

TEST(ReadHtmlTest, RefusesPagesPastTheSizeLimit) {
  std::string page = "<html><body>";
  const std::string para =
      "<p>One more paragraph of a very large page, with commas, words and "
      "a full stop at the end.</p>\n";
  while (page.size() < (50u << 20)) page += para;
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
  // With the limit raised, the same page gives a bounded result.
  HtmlReadOptions big;
  big.max_input_bytes = 64u << 20;
  big.max_sentences = 1u << 20;
  r = ReadHtml(page, big);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_LE(r->article.input.size(), page.size());
  EXPECT_GT(r->article.blocks.size(), 1000u);
}

TEST(ReadHtmlTest, RefusesPagesPastTheNodeLimit) {
  std::string page = "<html><body>";
  for (int i = 0; i < 3000; ++i) page += "<span>x</span>";
  HtmlReadOptions options;
  options.max_nodes = 1000;
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
}

// A sentence composed for this test: "The new library opened its doors on
// Sunday morning, and hundreds of readers visited it on the first day."
constexpr char kArabicSentence[] =
    "\u0627\u0641\u062a\u062a\u062d\u062a \u0627\u0644\u0645\u0643\u062a"
    "\u0628\u0629 \u0627\u0644\u062c\u062f\u064a\u062f\u0629 "
    "\u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u0635\u0628\u0627\u062d "
    "\u0627\u0644\u0623\u062d\u062f\u060c \u0648\u0632\u0627\u0631\u0647"
    "\u0627 \u0645\u0626\u0627\u062a \u0627\u0644\u0642\u0631\u0627\u0621 "
    "\u0641\u064a \u0627\u0644\u064a\u0648\u0645 \u0627\u0644\u0623\u0648"
    "\u0644.";

TEST(ReadArticleHtmlHookTest, AutodetectsHtmlPages) {
  const std::string page =
      std::string(
          "<!DOCTYPE html><html><body><div class=\"article-body\"><p>") +
      kArabicSentence + "</p></div></body></html>";
  absl::StatusOr<Article> a = ReadArticle(page, ReadOptions{});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->format, InputFormat::kHtml);
  ASSERT_EQ(a->blocks.size(), 1u);
  EXPECT_EQ(a->blocks[0].text, kArabicSentence);
  ExpectWellFormed(*a);
}

TEST(ReadArticleHtmlHookTest, ReadsJsonWithAnHtmlField) {
  const std::string json =
      std::string(
          "{\"title\": \"T\", \"date\": \"2024-05-06\", \"html\": "
          "\"<html><body><article><p>") +
      kArabicSentence + "</p></article></body></html>\"}";
  absl::StatusOr<Article> a = ReadArticle(json, ReadOptions{});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->format, InputFormat::kHtml);
  EXPECT_EQ(a->title, "T");
  EXPECT_EQ(a->date, "2024-05-06");
  ASSERT_EQ(a->blocks.size(), 1u);
  EXPECT_EQ(a->blocks[0].text, kArabicSentence);
}

TEST(ReadArticleHtmlHookTest, ReportsHtmlErrorsInJson) {
  absl::StatusOr<Article> a =
      ReadArticle("{\"html\": \"<p></p>\"}", ReadOptions{});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(std::string(a.status().message()).find("JSON field \"html\""),
            std::string::npos)
      << a.status();
}

TEST(ReadHtmlTest, GivesTheSameResultOnManyThreads) {
  std::string page = "<html><body><div class=\"article-body\">";
  for (int i = 0; i < 50; ++i) {
    page += "<p>Paragraph " + std::to_string(i) +
            " of a page read by several threads at once, with commas, and "
            "words.</p><div class=\"share\"><a href=\"#\">Share</a></div>";
  }
  page += "</div></body></html>";
  const absl::StatusOr<HtmlExtraction> expected = ReadHtml(page, Options());
  ASSERT_TRUE(expected.ok()) << expected.status();
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&page, &results, t] {
      for (int round = 0; round < 20; ++round) {
        absl::StatusOr<HtmlExtraction> r = ReadHtml(page, Options());
        results[t] = r.ok() ? r->article.input : "error";
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& r : results) EXPECT_EQ(r, expected->article.input);
}

TEST(LooksLikeHtmlTest, SeesDoctypeHtmlAndTags) {
  struct Case {
    const char* input;
    bool expected;
  };
  const Case cases[] = {
      {"<!DOCTYPE html><html>", true},
      {"\xEF\xBB\xBF  <html lang=ar>", true},
      {"\n\n<head><meta>", true},
      {"<!-- saved page -->", true},
      {"<p>hello", true},
      {"{\"html\": \"<p>\"}", false},
      {"date 2024-01-01 - news", false},
      {"< not a tag", false},
      {"", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LooksLikeHtml(c.input), c.expected) << "input: " << c.input;
  }
}

}  // namespace
}  // namespace khulasa::article
