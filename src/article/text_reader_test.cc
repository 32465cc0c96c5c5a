#include <string>
#include <string_view>

#include "gtest/gtest.h"

#include "khulasa/article.h"

namespace khulasa {
namespace {

Article ReadTextOrDie(std::string_view input, bool force = false) {
  ReadOptions options;
  options.format = InputFormat::kText;
  options.force = force;
  absl::StatusOr<Article> article = ReadArticle(input, options);
  EXPECT_TRUE(article.ok()) << article.status();
  return article.ok() ? *std::move(article) : Article{};
}

struct TitleCase {
  const char* input;
  const char* title;  // expected title ("" = none)
  size_t blocks;      // expected number of body blocks
};

TEST(TextReaderTest, TakesTheFirstLineAsTitleOnlyWhenItLooksLikeOne) {
  const TitleCase kCases[] = {
      {"\u0623\u0645\u0637\u0627\u0631 \u063A\u0632\u064A\u0631\u0629 "
       "\u0641\u064A "
       "\u0627\u0644\u0639\u0627\u0635\u0645\u0629\n\u0647\u0637\u0644\u062A "
       "\u0623\u0645\u0637\u0627\u0631 \u063A\u0632\u064A\u0631\u0629 "
       "\u0627\u0644\u064A\u0648\u0645 \u0639\u0644\u0649 "
       "\u0627\u0644\u0639\u0627\u0635\u0645\u0629.",
       "\u0623\u0645\u0637\u0627\u0631 \u063A\u0632\u064A\u0631\u0629 "
       "\u0641\u064A \u0627\u0644\u0639\u0627\u0635\u0645\u0629",
       1},
      // Ends with a full stop: a paragraph, not a title.
      {"\u0647\u0637\u0644\u062A \u0623\u0645\u0637\u0627\u0631 "
       "\u063A\u0632\u064A\u0631\u0629 "
       "\u0627\u0644\u064A\u0648\u0645.\n\u0648\u0623\u063A\u0644\u0642\u062A "
       "\u0627\u0644\u0645\u062F\u0627\u0631\u0633 "
       "\u0623\u0628\u0648\u0627\u0628\u0647\u0627.",
       "", 2},
      // Nothing follows: no title.
      {"\u0623\u0645\u0637\u0627\u0631 \u063A\u0632\u064A\u0631\u0629 "
       "\u0641\u064A \u0627\u0644\u0639\u0627\u0635\u0645\u0629",
       "", 1},
      // A blank line between title and body.
      {"\u0623\u0645\u0637\u0627\u0631 "
       "\u063A\u0632\u064A\u0631\u0629\n\n\u0647\u0637\u0644\u062A "
       "\u0623\u0645\u0637\u0627\u0631 \u063A\u0632\u064A\u0631\u0629 "
       "\u0627\u0644\u064A\u0648\u0645 \u0639\u0644\u0649 "
       "\u0627\u0644\u0639\u0627\u0635\u0645\u0629.",
       "\u0623\u0645\u0637\u0627\u0631 \u063A\u0632\u064A\u0631\u0629", 1},
  };
  for (const TitleCase& c : kCases) {
    Article article = ReadTextOrDie(c.input);
    EXPECT_EQ(article.title, c.title) << "input: " << c.input;
    EXPECT_EQ(article.blocks.size(), c.blocks) << "input: " << c.input;
  }
}

TEST(TextReaderTest, JoinsHardWrappedLinesIntoOneParagraph) {
  // Composed text wrapped every few words, as in old archives.
  const std::string input =
      "\u0623\u0639\u0644\u0646\u062A \u0648\u0632\u0627\u0631\u0629 "
      "\u0627\u0644\u0632\u0631\u0627\u0639\u0629 "
      "\u0627\u0644\u064A\u0648\u0645 \u0639\u0646 \u062E\u0637\u0629 "
      "\u062C\u062F\u064A\u062F\u0629 \u0644\u062F\u0639\u0645\n"
      "\u0627\u0644\u0645\u0632\u0627\u0631\u0639\u064A\u0646 \u0641\u064A "
      "\u0627\u0644\u0645\u0646\u0627\u0637\u0642 "
      "\u0627\u0644\u0631\u064A\u0641\u064A\u0629 \u062A\u0634\u0645\u0644 "
      "\u0642\u0631\u0648\u0636\u0627 \u0645\u064A\u0633\u0631\u0629\n"
      "\u0648\u0628\u0630\u0648\u0631\u0627 \u0645\u062D\u0633\u0646\u0629 "
      "\u0648\u062A\u062F\u0631\u064A\u0628\u0627 \u0639\u0644\u0649 "
      "\u0623\u0633\u0627\u0644\u064A\u0628 \u0627\u0644\u0631\u064A "
      "\u0627\u0644\u062D\u062F\u064A\u062B\u0629\n"
      "\u0627\u0644\u062A\u064A \u062A\u0648\u0641\u0631 "
      "\u0627\u0644\u0645\u064A\u0627\u0647. \u0648\u0642\u0627\u0644 "
      "\u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 "
      "\u0627\u0644\u062E\u0637\u0629 \u0633\u062A\u0628\u062F\u0623\n"
      "\u0641\u064A \u0627\u0644\u0631\u0628\u064A\u0639 "
      "\u0627\u0644\u0645\u0642\u0628\u0644 "
      "\u0648\u062A\u0633\u062A\u0645\u0631 \u062B\u0644\u0627\u062B "
      "\u0633\u0646\u0648\u0627\u062A \u0641\u064A \u0643\u0644\n"
      "\u0627\u0644\u0645\u062D\u0627\u0641\u0638\u0627\u062A "
      "\u0628\u062A\u0645\u0648\u064A\u0644 \u062D\u0643\u0648\u0645\u064A "
      "\u0643\u0627\u0645\u0644 \u0648\u062F\u0639\u0645 \u0645\u0646 "
      "\u0627\u0644\u0628\u0646\u0648\u0643.\n";
  Article article = ReadTextOrDie(input);
  EXPECT_EQ(article.title, "");
  ASSERT_EQ(article.blocks.size(), 1u);
  const Block& block = article.blocks[0];
  EXPECT_EQ(block.kind, BlockKind::kParagraph);
  EXPECT_EQ(block.text.find('\n'), std::string::npos);
  EXPECT_EQ(block.text.size(), block.range.size());
  ASSERT_EQ(block.sentences.size(), 2u);
  EXPECT_EQ(input.substr(block.sentences[1].begin, 8),
            "\u0648\u0642\u0627\u0644");
}

TEST(TextReaderTest, FindsSubheadingsBetweenParagraphs) {
  Article article = ReadTextOrDie(
      "\u0627\u0641\u062A\u062A\u0627\u062D \u0645\u0639\u0631\u0636 "
      "\u0627\u0644\u0643\u062A\u0627\u0628\n"
      "\u0627\u0641\u062A\u062A\u062D \u0648\u0632\u064A\u0631 "
      "\u0627\u0644\u062B\u0642\u0627\u0641\u0629 \u0645\u0639\u0631\u0636 "
      "\u0627\u0644\u0643\u062A\u0627\u0628 "
      "\u0627\u0644\u062F\u0648\u0644\u064A \u0635\u0628\u0627\u062D "
      "\u0627\u0644\u064A\u0648\u0645.\n"
      "\u062F\u0648\u0631 \u0627\u0644\u0646\u0634\u0631 "
      "\u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629\n"
      "\u064A\u0634\u0627\u0631\u0643 \u0641\u064A "
      "\u0627\u0644\u0645\u0639\u0631\u0636 \u0623\u0643\u062B\u0631 "
      "\u0645\u0646 \u062E\u0645\u0633\u0645\u0626\u0629 \u062F\u0627\u0631 "
      "\u0646\u0634\u0631 \u0645\u0646 \u062B\u0644\u0627\u062B\u064A\u0646 "
      "\u062F\u0648\u0644\u0629.\n");
  EXPECT_EQ(article.title,
            "\u0627\u0641\u062A\u062A\u0627\u062D \u0645\u0639\u0631\u0636 "
            "\u0627\u0644\u0643\u062A\u0627\u0628");
  ASSERT_EQ(article.blocks.size(), 3u);
  EXPECT_EQ(article.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(article.blocks[1].kind, BlockKind::kSubheading);
  EXPECT_EQ(article.blocks[2].kind, BlockKind::kParagraph);
  EXPECT_TRUE(article.blocks[1].sentences.empty());
}

// Plain text has no social-post embeds (a Latin line stays prose), but page
// furniture such as a photo credit is an embed in every format.
TEST(TextReaderTest, PlainTextHasOnlyFurnitureEmbeds) {
  Article article = ReadTextOrDie(
      "\u062A\u062D\u062F\u062B \u0627\u0644\u0648\u0632\u064A\u0631 "
      "\u0644\u0644\u0635\u062D\u0627\u0641\u064A\u064A\u0646 \u0639\u0646 "
      "\u0627\u0644\u062E\u0637\u0629.\n"
      "The minister spoke to reporters about the plan.\n"
      "Photo: courtesy of the ministry\n",
      /*force=*/true);  // mostly English: refused without it
  ASSERT_EQ(article.blocks.size(), 3u);
  EXPECT_EQ(article.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(article.blocks[2].kind, BlockKind::kEmbed);
}

}  // namespace
}  // namespace khulasa
