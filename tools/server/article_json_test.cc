#include "tools/server/article_json.h"

#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace khulasa::server {
namespace {

Article SampleArticle() {
  Article article;
  article.date = "2025-12-20";
  article.section = "\u0623\u062e\u0628\u0627\u0631";
  article.title = "\u0639\u0646\u0648\u0627\u0646";
  article.url = "https://example.org/a";
  article.format = InputFormat::kScraped;
  // "heading\nsentence one. sentence two."
  article.input = "H\n\u062c\u0645\u0644\u0629. \u062c\u0645\u0644\u0629.";
  Block heading{BlockKind::kSubheading, "H", {0, 1}, {}};
  Block paragraph{BlockKind::kParagraph,
                  article.input.substr(2),
                  {2, article.input.size()},
                  {{2, 11}, {12, article.input.size()}}};
  article.blocks = {heading, paragraph};
  article.site_summary = {"s"};
  article.lang = "fa";
  return article;
}

TEST(ArticleJsonTest, RoundTrips) {
  Article article = SampleArticle();
  std::string json = ArticleToJson(article, "id1");
  absl::StatusOr<Article> back = ArticleFromJson(json);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->title, article.title);
  EXPECT_EQ(back->section, article.section);
  EXPECT_EQ(back->input, article.input);
  EXPECT_EQ(back->format, InputFormat::kScraped);
  EXPECT_EQ(back->lang, "fa");
  ASSERT_EQ(back->blocks.size(), 2u);
  EXPECT_EQ(back->blocks[0].kind, BlockKind::kSubheading);
  EXPECT_EQ(back->blocks[1].sentences, article.blocks[1].sentences);
  EXPECT_EQ(nlohmann::json::parse(json)["id"], "id1");
}

TEST(ArticleJsonTest, RejectsCorruptRecordsWithDataLoss) {
  nlohmann::json good =
      nlohmann::json::parse(ArticleToJson(SampleArticle(), "id1"));
  nlohmann::json out_of_range = good;
  out_of_range["blocks"][1]["sentences"][0] = {2, 9999};
  nlohmann::json missing = good;
  missing.erase("input");
  nlohmann::json bad_kind = good;
  bad_kind["blocks"][0]["kind"] = "table";
  const std::string rows[] = {
      "", "{", "[]", out_of_range.dump(), missing.dump(), bad_kind.dump()};
  for (const std::string& row : rows) {
    absl::StatusOr<Article> article = ArticleFromJson(row);
    ASSERT_FALSE(article.ok()) << row;
    EXPECT_EQ(article.status().code(), absl::StatusCode::kDataLoss) << row;
  }
}

TEST(SummaryJsonTest, RoundTrips) {
  SummaryResult summary;
  summary.bullets = {{"\u0623", {{2, 11}}}, {"b", {{12, 20}, {0, 1}}}};
  summary.note = "only 2 of 3";
  std::string json = SummaryToJson(summary, "m1");
  EXPECT_EQ(nlohmann::json::parse(json)["model_version"], "m1");
  absl::StatusOr<SummaryResult> back = SummaryFromJson(json);
  ASSERT_TRUE(back.ok()) << back.status();
  ASSERT_EQ(back->bullets.size(), 2u);
  EXPECT_EQ(back->bullets[1].sources, summary.bullets[1].sources);
  EXPECT_EQ(back->bullets[0].text, "\u0623");
  EXPECT_EQ(back->note, "only 2 of 3");
  EXPECT_FALSE(SummaryFromJson("{\"bullets\": 1}").ok());
}

}  // namespace
}  // namespace khulasa::server
