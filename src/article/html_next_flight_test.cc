#include "src/article/html_next_flight.h"

#include <cstdio>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "src/article/html_reader.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

std::string Decode(const std::string& literal, bool* closed = nullptr) {
  size_t pos = 0;
  std::string out;
  const bool ok = DecodeJsStringLiteral(literal, '"', &pos, &out);
  if (closed != nullptr) *closed = ok;
  return out;
}

TEST(DecodeJsStringLiteralTest, DecodesEscapes) {
  struct Row {
    std::string literal;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {R"(plain")", "plain"},
      {R"(a\"b\\c\/d")", "a\"b\\c/d"},
      {R"(line\nnext\ttab")", "line\nnext\ttab"},
      {R"(\x41\u0627\u{1F600}")", "A\u0627\U0001F600"},
      {R"(\ud83d\ude00")", "\U0001F600"},          // a surrogate pair
      {R"(\ud83d.")", "\uFFFD."},                  // a lone high surrogate
      {R"(\ude00")", "\uFFFD"},                    // a lone low surrogate
      {R"(\xZZ\u12\u{110000}")", "xZZu12\uFFFD"},  // broken escapes
      {"a\\\nb\"", "ab"},                          // line continuation
      {"\\'\xD8\xA7\"", "'\xD8\xA7"},              // UTF-8 kept as is
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Decode(r.literal), r.expected) << "literal: " << r.literal;
  }
}

TEST(DecodeJsStringLiteralTest, StopsAtTheQuoteAndReportsUnclosed) {
  size_t pos = 0;
  std::string out;
  EXPECT_TRUE(DecodeJsStringLiteral(R"(ab"]) rest)", '"', &pos, &out));
  EXPECT_EQ(out, "ab");
  EXPECT_EQ(pos, 3u);
  bool closed = true;
  EXPECT_EQ(Decode("never closed \\", &closed), "never closed ");
  EXPECT_FALSE(closed);
  EXPECT_EQ(Decode("", &closed), "");
  EXPECT_FALSE(closed);
}

TEST(NextFlightHtmlTest, ReadsTextRowsAndParagraphElements) {
  // A text row of 0x17 = 23 bytes holding HTML, a text row that is JSON,
  // and an element row with paragraphs, a heading, references and a <div>
  // that is not a paragraph.
  const std::string payload =
      "1:I[\"chunk\",[],\"Link\"]\n"
      "2:T17,<p>Body &amp; more.</p>"
      "3:T5,{\"a\"}"
      "4:[\"$\",\"div\",null,{\"children\":[[\"$\",\"p\",null,{\"children\":"
      "[\"One \",[\"$\",\"strong\",null,{\"children\":\"bold\"}],\" "
      "<two>\",\"$L5\",\"$$6\"]}],[\"$\",\"h2\",null,{\"children\":\"Sub\"}],"
      "[\"$\",\"span\",null,{\"children\":\"skipped\"}]]}]\n"
      "5:[\"$\",\"div\",null,{\"dangerouslySetInnerHTML\":{\"__html\":"
      "\"<p>Inline</p>\"}}]\n";
  EXPECT_EQ(NextFlightHtml(payload, 1u << 20),
            "<div><p>Body &amp; more.</p></div>"
            "<div><p>One bold &lt;two&gt;$6</p><h2>Sub</h2></div>"
            "<div><div><p>Inline</p></div></div>");
}

TEST(NextFlightHtmlTest, StaysWithinItsBounds) {
  EXPECT_EQ(NextFlightHtml("", 100), "");
  EXPECT_EQ(NextFlightHtml("no rows here\n:::\nT\n", 100), "");
  // A text row claiming more bytes than there are takes what there is.
  EXPECT_EQ(NextFlightHtml("a:Tffffffffffffffffffff,<p>x</p>", 100),
            "<div><p>x</p></div>");
  // A length that ends inside a character ends before it: the fragment
  // stays valid UTF-8 (html_reader_fuzzer found the cut).
  const std::string cut = NextFlightHtml("a:T6,<p>\u0632\u0632", 100);
  EXPECT_EQ(cut, "<div><p>\u0632</div>");
  EXPECT_TRUE(text::IsValidUtf8(cut));
  EXPECT_TRUE(text::IsValidUtf8(NextFlightHtml("a:T1,\xd2<p>", 100)));
  // Rows nesting deeper than 64 levels are skipped, not parsed.
  std::string deep = "1:";
  for (int i = 0; i < 100; ++i) deep += "[";
  deep += "[\"$\",\"p\",null,{\"children\":\"deep\"}]";
  for (int i = 0; i < 100; ++i) deep += "]";
  EXPECT_EQ(NextFlightHtml(deep, 1000), "");
  // The fragment never passes max_bytes.
  std::string many;
  for (int i = 0; i < 1000; ++i) {
    many += "1:[\"$\",\"p\",null,{\"children\":\"&&&&&&&&&&\"}]\n";
  }
  EXPECT_LE(NextFlightHtml(many, 4096).size(), 4096u);
  // Malformed JSON rows are skipped.
  EXPECT_EQ(NextFlightHtml("1:[\"$\",\"p\",null,{\"children\":\n", 100), "");
}

// A composed Next.js page (our own markup and words): the visible DOM is a
// loading skeleton, the article is in the flight payload, split over two
// push calls, one of them cutting an escape sequence's row in half.
std::string FlightPage() {
  const std::string body =
      "<p>The harbour council voted on Tuesday to rebuild the old "
      "breakwater, a project that has waited for money since the storms of "
      "two winters ago.</p><h3>What the plan holds</h3><p>Engineers want "
      "to raise the wall by two metres, widen the walkway for fishermen "
      "and add lights along its length.</p>";
  const std::string row = "7:T" + [&] {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%zx", body.size());
    return std::string(hex);
  }() + "," + body;
  // The row as a JS string literal: quotes escaped, one line break as \n.
  std::string literal;
  for (const char c : row) {
    if (c == '"') {
      literal += "\\\"";
    } else {
      literal.push_back(c);
    }
  }
  const size_t half = literal.size() / 2;
  return "<!doctype html><html lang=\"en\"><head><title>Harbour wall"
         "</title></head><body><div class=\"skeleton\" aria-busy=\"true\">"
         "</div><script>self.__next_f.push([0])</script>"
         "<script>self.__next_f.push([1,\"0:[\\\"$\\\",\\\"p\\\",null,"
         "{\\\"children\\\":\\\"Loading\\u2026\\\"}]\\n\"])</script>"
         "<script>self.__next_f.push([1,\"" +
         literal.substr(0, half) +
         "\"])</script><script>self.__next_f.push([1,\"" +
         literal.substr(half) + "\"])</script></body></html>";
}

TEST(NextFlightReadHtmlTest, ReadsTheArticleFromThePayload) {
  HtmlReadOptions options;
  absl::StatusOr<HtmlExtraction> r = ReadHtml(FlightPage(), options);
  ASSERT_TRUE(r.ok()) << r.status();
  const Article& a = r->article;
  ASSERT_EQ(a.blocks.size(), 3u) << a.input;
  EXPECT_EQ(a.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_TRUE(a.blocks[0].text.starts_with("The harbour council voted"));
  EXPECT_EQ(a.blocks[1].kind, BlockKind::kSubheading);
  EXPECT_EQ(a.blocks[1].text, "What the plan holds");
  EXPECT_TRUE(a.blocks[2].text.ends_with("along its length."));
  EXPECT_TRUE(text::IsValidUtf8(a.input));
}

TEST(NextFlightReadHtmlTest, PrefersTheVisibleArticle) {
  // The same payload beside a visible article: the DOM's text is used.
  std::string page = FlightPage();
  const std::string visible =
      "<article><p>A visible article paragraph that is long enough to be "
      "the body of the page, with commas, clauses and a full stop.</p><p>"
      "A second visible paragraph follows, also long enough to count, and "
      "it too ends with a full stop.</p><p>And a third one closes the "
      "visible article, so that it is clearly the page's own text.</p>"
      "</article>";
  page.insert(page.find("<script>"), visible);
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, HtmlReadOptions{});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_FALSE(r->article.blocks.empty());
  EXPECT_TRUE(r->article.blocks[0].text.starts_with("A visible article"))
      << r->article.input;
}

TEST(NextFlightReadHtmlTest, ReadsWhatATruncatedPayloadHolds) {
  const std::string page =
      "<html><body><div></div><script>self.__next_f.push([1,\"7:T40,<p>"
      "Cut short";
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, HtmlReadOptions{});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->article.input, "Cut short");
}

TEST(NextFlightReadHtmlTest, AnEmptyOrBrokenPayloadIsNoArticle) {
  for (const std::string script :
       {"self.__next_f.push([1,", "self.__next_f.push([1,\"\"])",
        "self.__next_f.push([1,'\\u", "self.__next_f.push([1,\"7:T\"])",
        "self.__next_f.push([1,\"7:[\\\"$\\\",\\\"p\\\"\"])"}) {
    const std::string page =
        "<html><body><div></div><script>" + script + "</script></body></html>";
    absl::StatusOr<HtmlExtraction> r = ReadHtml(page, HtmlReadOptions{});
    EXPECT_FALSE(r.ok()) << script;
  }
}

}  // namespace
}  // namespace khulasa::article
