// Golden test on the article that defines the product: the seed page in
// $KHULASA_SHARED_DIR/seed/. Its text is not stored here; every expectation
// is checked against the file's own lines.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/article.h"

namespace khulasa {
namespace {

constexpr char kSeedFile[] = "seed/000_10ea7d8f2b1e01f1.txt";

class SeedArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* shared = std::getenv("KHULASA_SHARED_DIR");
    std::filesystem::path path =
        std::filesystem::path(shared == nullptr ? "" : shared) / kSeedFile;
    std::ifstream in(path, std::ios::binary);
    if (shared == nullptr || !in) {
      GTEST_SKIP() << "seed article not found at " << path
                   << " (set KHULASA_SHARED_DIR to the shared data folder)";
    }
    bytes_.assign(std::istreambuf_iterator<char>(in),
                  std::istreambuf_iterator<char>());
    size_t begin = 0;
    while (begin <= bytes_.size()) {
      size_t end = bytes_.find('\n', begin);
      if (end == std::string::npos) end = bytes_.size();
      std::string line = bytes_.substr(begin, end - begin);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines_.push_back(line);
      begin = end + 1;
    }
    absl::StatusOr<Article> article = ReadArticle(bytes_, ReadOptions{});
    ASSERT_TRUE(article.ok()) << article.status();
    article_ = *std::move(article);
  }

  // The file's line `number` (1-based), as the file has it.
  const std::string& Line(size_t number) const { return lines_[number - 1]; }

  std::string bytes_;
  std::vector<std::string> lines_;
  Article article_;
};

TEST_F(SeedArticleTest, HeaderGivesDateAndSection) {
  EXPECT_EQ(article_.format, InputFormat::kScraped);
  EXPECT_EQ(article_.date, "2025-12-20");
  EXPECT_EQ(article_.section, "\u0623\u062E\u0628\u0627\u0631");
}

TEST_F(SeedArticleTest, TitleIsTheSecondLine) {
  ASSERT_GE(lines_.size(), 2u);
  EXPECT_EQ(article_.title, Line(2));
}

TEST_F(SeedArticleTest, SiteSummaryIsTheThreeBulletLines) {
  std::vector<std::string> bullets;
  for (const std::string& line : lines_) {
    if (line.rfind("- ", 0) == 0) bullets.push_back(line.substr(2));
  }
  ASSERT_EQ(bullets.size(), 3u);
  EXPECT_EQ(article_.site_summary, bullets);
}

TEST_F(SeedArticleTest, BodyBlocksMatchTheFileLinesInOrder) {
  // Lines 1-7: header, title, two button labels, three bullets. Then the
  // body, one block per line.
  struct Expected {
    size_t line;
    BlockKind kind;
  };
  const Expected kBody[] = {
      {8, BlockKind::kParagraph},   {9, BlockKind::kEmbed},
      {10, BlockKind::kEmbed},      {11, BlockKind::kParagraph},
      {12, BlockKind::kSubheading}, {13, BlockKind::kParagraph},
      {14, BlockKind::kParagraph},  {15, BlockKind::kSubheading},
      {16, BlockKind::kParagraph},  {17, BlockKind::kParagraph},
  };
  ASSERT_EQ(lines_.size(), 17u);
  ASSERT_EQ(article_.blocks.size(), std::size(kBody));
  for (size_t i = 0; i < std::size(kBody); ++i) {
    const Block& block = article_.blocks[i];
    EXPECT_EQ(block.text, Line(kBody[i].line)) << "line " << kBody[i].line;
    EXPECT_EQ(block.kind, kBody[i].kind)
        << "line " << kBody[i].line << " is " << BlockKindName(block.kind);
    EXPECT_EQ(bytes_.substr(block.range.begin, block.range.size()), block.text);
  }
}

TEST_F(SeedArticleTest, ExactlyTwoSubheadings) {
  size_t subheadings = 0;
  for (const Block& block : article_.blocks) {
    subheadings += block.kind == BlockKind::kSubheading;
  }
  EXPECT_EQ(subheadings, 2u);
}

TEST_F(SeedArticleTest, EveryParagraphHasSentencesInsideIt) {
  for (const Block& block : article_.blocks) {
    if (block.kind != BlockKind::kParagraph) {
      EXPECT_TRUE(block.sentences.empty());
      continue;
    }
    ASSERT_FALSE(block.sentences.empty()) << block.text;
    EXPECT_EQ(block.sentences.front().begin, block.range.begin);
    EXPECT_EQ(block.sentences.back().end, block.range.end);
    for (size_t i = 1; i < block.sentences.size(); ++i) {
      EXPECT_LE(block.sentences[i - 1].end, block.sentences[i].begin);
    }
  }
  // The first paragraph has two sentences ("... \u0641\u064A
  // \u0648\u0627\u0634\u0646\u0637\u0646." then
  // "\u0648\u062D\u0633\u0628 \u0628\u064A\u0627\u0646
  // \u0645\u0634\u062A\u0631\u0643 ...").
  EXPECT_EQ(article_.blocks[0].sentences.size(), 2u);
}

}  // namespace
}  // namespace khulasa
