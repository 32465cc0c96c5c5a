#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/article.h"

namespace khulasa {
namespace {

// One letter per block: P paragraph, S subheading, E embed.
std::string Kinds(const Article& article) {
  std::string kinds;
  for (const Block& block : article.blocks) {
    kinds += BlockKindName(block.kind)[0] == 'p'   ? 'P'
             : BlockKindName(block.kind)[0] == 's' ? 'S'
                                                   : 'E';
  }
  return kinds;
}

Article ReadScrapedOrDie(std::string_view input) {
  ReadOptions options;
  options.format = InputFormat::kScraped;
  absl::StatusOr<Article> article = ReadArticle(input, options);
  EXPECT_TRUE(article.ok()) << article.status();
  return article.ok() ? *std::move(article) : Article{};
}

// A short page composed for this test, in the scraped layout.
constexpr std::string_view kPage =
    " date 2025-03-04 - \u0627\u0642\u062A\u0635\u0627\u062F\n"
    "\u0627\u0641\u062A\u062A\u0627\u062D \u0645\u064A\u0646\u0627\u0621 "
    "\u062C\u062F\u064A\u062F \u0639\u0644\u0649 "
    "\u0627\u0644\u0628\u062D\u0631 \u0627\u0644\u0623\u062D\u0645\u0631\n"
    "\u0627\u0633\u062A\u0645\u0639 \u0625\u0644\u0649 "
    "\u0627\u0644\u0645\u0644\u062E\u0635\n"
    "\u0627\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635\n"
    "- \u0627\u0641\u062A\u062A\u062D\u062A "
    "\u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0645\u064A\u0646\u0627\u0621 "
    "\u062C\u062F\u064A\u062F\u0627\u064B.\n"
    "- \u064A\u0633\u062A\u0648\u0639\u0628 "
    "\u0627\u0644\u0645\u064A\u0646\u0627\u0621 \u0645\u0644\u064A\u0648\u0646 "
    "\u062D\u0627\u0648\u064A\u0629.\n"
    "- \u064A\u0648\u0641\u0631 \u0627\u0644\u0645\u0634\u0631\u0648\u0639 "
    "\u062B\u0644\u0627\u062B\u0629 \u0622\u0644\u0627\u0641 "
    "\u0648\u0638\u064A\u0641\u0629.\n"
    "\u0627\u0641\u062A\u062A\u062D\u062A "
    "\u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0627\u0644\u064A\u0648\u0645 "
    "\u0645\u064A\u0646\u0627\u0621\u064B "
    "\u062A\u062C\u0627\u0631\u064A\u0627\u064B "
    "\u062C\u062F\u064A\u062F\u0627\u064B \u0639\u0644\u0649 "
    "\u0633\u0627\u062D\u0644 \u0627\u0644\u0628\u062D\u0631 "
    "\u0627\u0644\u0623\u062D\u0645\u0631. "
    "\u0648\u0642\u0627\u0644 \u0648\u0632\u064A\u0631 "
    "\u0627\u0644\u0646\u0642\u0644 \u0625\u0646 "
    "\u0627\u0644\u0645\u064A\u0646\u0627\u0621 \u0633\u064A\u062E\u062F\u0645 "
    "\u0627\u0644\u062A\u062C\u0627\u0631\u0629 "
    "\u0627\u0644\u0625\u0642\u0644\u064A\u0645\u064A\u0629.\n"
    "Today we opened a new port.\u2014 Ministry of Transport (@MoT_News) March "
    "4, 2025\n"
    "\U0001F517 Read More: https://t.co/AbCd123\n"
    "\u0627\u0644\u0642\u062F\u0631\u0629 "
    "\u0627\u0644\u062A\u0634\u063A\u064A\u0644\u064A\u0629\n"
    "\u064A\u0633\u062A\u0648\u0639\u0628 "
    "\u0627\u0644\u0645\u064A\u0646\u0627\u0621 \u0641\u064A "
    "\u0645\u0631\u062D\u0644\u062A\u0647 \u0627\u0644\u0623\u0648\u0644\u0649 "
    "\u0645\u0644\u064A\u0648\u0646 \u062D\u0627\u0648\u064A\u0629 "
    "\u0633\u0646\u0648\u064A\u0627\u064B\u060C \u0639\u0644\u0649 "
    "\u0623\u0646 \u062A\u062A\u0636\u0627\u0639\u0641 "
    "\u0642\u062F\u0631\u062A\u0647 \u0628\u062D\u0644\u0648\u0644 "
    "\u0639\u0627\u0645 2030.\n"
    "\u0639\u0645\u0627\u0644 \u0641\u064A \u0631\u0635\u064A\u0641 "
    "\u0627\u0644\u0645\u064A\u0646\u0627\u0621 "
    "\u0627\u0644\u062C\u062F\u064A\u062F (\u0648\u0643\u0627\u0644\u0629 "
    "\u0627\u0644\u0623\u0646\u0628\u0627\u0621)\n"
    "\u0627\u0644\u0623\u062B\u0631 \u0639\u0644\u0649 "
    "\u0627\u0644\u062A\u0648\u0638\u064A\u0641\n"
    "\u0648\u064A\u062A\u0648\u0642\u0639 "
    "\u0627\u0644\u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u0623\u0646 "
    "\u064A\u0648\u0641\u0631 \u0627\u0644\u0645\u0634\u0631\u0648\u0639 "
    "\u062B\u0644\u0627\u062B\u0629 \u0622\u0644\u0627\u0641 "
    "\u0648\u0638\u064A\u0641\u0629 \u0645\u0628\u0627\u0634\u0631\u0629.\n";

TEST(ScrapedReaderTest, ReadsEveryPartOfThePage) {
  Article article = ReadScrapedOrDie(kPage);
  EXPECT_EQ(article.format, InputFormat::kScraped);
  EXPECT_EQ(article.date, "2025-03-04");
  EXPECT_EQ(article.section, "\u0627\u0642\u062A\u0635\u0627\u062F");
  EXPECT_EQ(
      article.title,
      "\u0627\u0641\u062A\u062A\u0627\u062D \u0645\u064A\u0646\u0627\u0621 "
      "\u062C\u062F\u064A\u062F \u0639\u0644\u0649 "
      "\u0627\u0644\u0628\u062D\u0631 \u0627\u0644\u0623\u062D\u0645\u0631");
  ASSERT_EQ(article.site_summary.size(), 3u);
  EXPECT_EQ(
      article.site_summary[0],
      "\u0627\u0641\u062A\u062A\u062D\u062A "
      "\u0627\u0644\u062D\u0643\u0648\u0645\u0629 "
      "\u0645\u064A\u0646\u0627\u0621 \u062C\u062F\u064A\u062F\u0627\u064B.");
  EXPECT_EQ(
      article.site_summary[2],
      "\u064A\u0648\u0641\u0631 \u0627\u0644\u0645\u0634\u0631\u0648\u0639 "
      "\u062B\u0644\u0627\u062B\u0629 \u0622\u0644\u0627\u0641 "
      "\u0648\u0638\u064A\u0641\u0629.");
  EXPECT_EQ(Kinds(article), "PEESPESP");
  EXPECT_EQ(article.blocks[3].text,
            "\u0627\u0644\u0642\u062F\u0631\u0629 "
            "\u0627\u0644\u062A\u0634\u063A\u064A\u0644\u064A\u0629");
  ASSERT_EQ(article.blocks[0].sentences.size(), 2u);
  EXPECT_EQ(article.blocks[4].sentences.size(), 1u);
  EXPECT_TRUE(article.blocks[3].sentences.empty());
}

TEST(ScrapedReaderTest, RangesPointAtTheBlockText) {
  Article article = ReadScrapedOrDie(kPage);
  EXPECT_EQ(article.input, kPage);
  size_t previous_end = 0;
  for (const Block& block : article.blocks) {
    EXPECT_GE(block.range.begin, previous_end);
    ASSERT_LE(block.range.end, article.input.size());
    EXPECT_EQ(article.input.substr(block.range.begin, block.range.size()),
              block.text);
    for (const ByteRange& sentence : block.sentences) {
      EXPECT_GE(sentence.begin, block.range.begin);
      EXPECT_LE(sentence.end, block.range.end);
    }
    previous_end = block.range.end;
  }
}

TEST(ScrapedReaderTest, WithoutHeaderTheFirstLineIsTheTitle) {
  Article article = ReadScrapedOrDie(
      "\u0639\u0646\u0648\u0627\u0646 \u0627\u0644\u062E\u0628\u0631\n"
      "\u0627\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635\n"
      "- \u0646\u0642\u0637\u0629 \u0623\u0648\u0644\u0649.\n"
      "\u0646\u0635 \u0627\u0644\u062E\u0628\u0631 "
      "\u0627\u0644\u0623\u0648\u0644 \u0647\u0646\u0627.\n");
  EXPECT_EQ(article.date, "");
  EXPECT_EQ(article.section, "");
  EXPECT_EQ(article.title,
            "\u0639\u0646\u0648\u0627\u0646 \u0627\u0644\u062E\u0628\u0631");
  EXPECT_EQ(article.site_summary,
            std::vector<std::string>{
                "\u0646\u0642\u0637\u0629 \u0623\u0648\u0644\u0649."});
  EXPECT_EQ(Kinds(article), "P");
}

TEST(ScrapedReaderTest, BulletsAfterTheBodyStartAreParagraphs) {
  Article article = ReadScrapedOrDie(
      " date 2025-03-04 - \u0627\u0642\u062A\u0635\u0627\u062F\n"
      "\u0639\u0646\u0648\u0627\u0646\n"
      "- \u0645\u0644\u062E\u0635.\n"
      "\u0641\u0642\u0631\u0629 \u0623\u0648\u0644\u0649 \u0641\u064A "
      "\u0627\u0644\u0646\u0635.\n"
      "- \u0628\u0646\u062F \u0641\u064A \u0642\u0627\u0626\u0645\u0629 "
      "\u062F\u0627\u062E\u0644 \u0627\u0644\u0646\u0635.\n");
  EXPECT_EQ(article.site_summary.size(), 1u);
  ASSERT_EQ(Kinds(article), "PP");
  EXPECT_EQ(article.blocks[1].text,
            "- \u0628\u0646\u062F \u0641\u064A \u0642\u0627\u0626\u0645\u0629 "
            "\u062F\u0627\u062E\u0644 \u0627\u0644\u0646\u0635.");
}

TEST(ScrapedReaderTest, LabelsAreDroppedInAnySpellingAndPlace) {
  Article article = ReadScrapedOrDie(
      " date 2025-03-04 - \u0627\u0642\u062A\u0635\u0627\u062F\n"
      "\u0639\u0646\u0648\u0627\u0646\n"
      "\u0627\u0633\u062A\u0645\u0639 \u0627\u0644\u0649 "
      "\u0627\u0644\u0645\u0644\u062E\u0635\n"
      "\u0623\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635\n"
      "\u0641\u0642\u0631\u0629 \u0623\u0648\u0644\u0649 \u0641\u064A "
      "\u0627\u0644\u0646\u0635.\n"
      "\u0623\u062E\u0641 \u0627\u0644\u0645\u0644\u062E\u0635\n"
      "\u0641\u0642\u0631\u0629 \u062B\u0627\u0646\u064A\u0629 \u0641\u064A "
      "\u0627\u0644\u0646\u0635.\n");
  EXPECT_EQ(Kinds(article), "PP");
}

TEST(ScrapedReaderTest, AcceptsCrLfAndByteOrderMark) {
  Article article = ReadScrapedOrDie(
      "\xEF\xBB\xBF date 2025-03-04 - \u0627\u0642\u062A\u0635\u0627\u062F\r\n"
      "\u0639\u0646\u0648\u0627\u0646\r\n"
      "\r\n"
      "\u0641\u0642\u0631\u0629 \u0623\u0648\u0644\u0649 \u0641\u064A "
      "\u0627\u0644\u0646\u0635.\r\n");
  EXPECT_EQ(article.date, "2025-03-04");
  EXPECT_EQ(article.title, "\u0639\u0646\u0648\u0627\u0646");
  ASSERT_EQ(Kinds(article), "P");
  EXPECT_EQ(article.blocks[0].text,
            "\u0641\u0642\u0631\u0629 \u0623\u0648\u0644\u0649 \u0641\u064A "
            "\u0627\u0644\u0646\u0635.");
}

TEST(ScrapedReaderTest, HeadingAtTheEndIsAParagraph) {
  Article article = ReadScrapedOrDie(
      " date 2025-03-04 - \u0627\u0642\u062A\u0635\u0627\u062F\n"
      "\u0639\u0646\u0648\u0627\u0646\n"
      "\u0641\u0642\u0631\u0629 \u0623\u0648\u0644\u0649 \u0641\u064A "
      "\u0627\u0644\u0646\u0635.\n"
      "\u0633\u0637\u0631 \u0642\u0635\u064A\u0631 \u0623\u062E\u064A\u0631\n");
  EXPECT_EQ(Kinds(article), "PP");
}

TEST(ScrapedReaderTest, AutodetectsTheHeaderLine) {
  absl::StatusOr<Article> article = ReadArticle(kPage, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->format, InputFormat::kScraped);
}

}  // namespace
}  // namespace khulasa
