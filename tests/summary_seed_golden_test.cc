// Golden test: the bullets of the seed article (read from
// $KHULASA_SHARED_DIR at test time, never copied into the repo). The
// expected file stores only the bullets' source byte ranges, not the text:
// tests/golden/summary/seed.ranges.txt. KHULASA_UPDATE_GOLDEN=1 rewrites it.
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

#include "khulasa/engine.h"
#include "khulasa/summary.h"

namespace khulasa {
namespace {

constexpr char kSeed[] = "/seed/000_10ea7d8f2b1e01f1.txt";
constexpr char kGolden[] = "/tests/golden/summary/seed.ranges.txt";

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "bullet N: [begin,end)+[begin,end)" per line.
std::string RangesDump(const Summary& summary) {
  std::string out;
  for (size_t i = 0; i < summary.bullets.size(); ++i) {
    out += "bullet " + std::to_string(i + 1) + ":";
    for (const ByteRange& r : summary.bullets[i].sources) {
      out += " [" + std::to_string(r.begin) + "," + std::to_string(r.end) + ")";
    }
    out += "\n";
  }
  return out;
}

class SeedGoldenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string shared = Env("KHULASA_SHARED_DIR");
    seed_ = shared.empty() ? "" : ReadFile(shared + kSeed);
    if (seed_.empty()) {
      GTEST_SKIP() << "seed article not found: set KHULASA_SHARED_DIR to the "
                      "shared folder holding seed/";
    }
    EngineOptions options;
    options.summary_model_path =
        Env("KHULASA_SOURCE_DIR") + "/models/summary_ranker.txt";
    absl::StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(options);
    ASSERT_TRUE(engine.ok()) << engine.status();
    engine_ = *std::move(engine);
  }

  std::string seed_;
  std::unique_ptr<Engine> engine_;
};

TEST_F(SeedGoldenTest, BulletsMatchTheGoldenSourceRanges) {
  absl::StatusOr<SummarizedArticle> result =
      engine_->Summarize(seed_, ReadOptions{}, SummaryOptions{});
  ASSERT_TRUE(result.ok()) << result.status();
  const std::string actual = RangesDump(result->summary);
  const std::string golden_path = Env("KHULASA_SOURCE_DIR") + kGolden;
  if (Env("KHULASA_UPDATE_GOLDEN") == "1") {
    std::ofstream(golden_path, std::ios::binary) << actual;
  }
  EXPECT_EQ(actual, ReadFile(golden_path)) << "golden: " << golden_path;
}

TEST_F(SeedGoldenTest, ThreeBulletsOnePerSectionLikeTheSiteSummary) {
  absl::StatusOr<SummarizedArticle> result =
      engine_->Summarize(seed_, ReadOptions{}, SummaryOptions{});
  ASSERT_TRUE(result.ok()) << result.status();
  const Article& article = result->article;
  ASSERT_EQ(result->summary.bullets.size(), 3u);
  // The site's bullets follow the article's three sections (the meeting,
  // defence, counter-terrorism); ours come one from each section too.
  std::vector<int> sections;
  for (const Bullet& b : result->summary.bullets) {
    int section = 0;
    for (const Block& block : article.blocks) {
      if (block.range.begin > b.sources.front().begin) break;
      if (block.kind == BlockKind::kSubheading) ++section;
    }
    sections.push_back(section);
  }
  EXPECT_EQ(sections, (std::vector<int>{0, 1, 2}));
  // Never the site's own bullets, title or embeds.
  for (const Bullet& b : result->summary.bullets) {
    for (const std::string& site : article.site_summary) {
      EXPECT_NE(b.text, site);
    }
    EXPECT_EQ(b.text.find("twitter.com"), std::string::npos);
  }
}

TEST_F(SeedGoldenTest, GistIsTheTrimmedLeadSentence) {
  SummaryOptions one;
  one.bullets = 1;
  absl::StatusOr<SummarizedArticle> result =
      engine_->Summarize(seed_, ReadOptions{}, one);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->summary.bullets.size(), 1u);
  const Bullet& b = result->summary.bullets[0];
  // "... وذلك في 17 ديسمبر ... في واشنطن." is dropped.
  EXPECT_EQ(b.text.find("\u0648\u0630\u0644\u0643"), std::string::npos);
  EXPECT_EQ(
      result->article.input.substr(b.sources[0].begin, b.sources[0].size()),
      b.text);
}

}  // namespace
}  // namespace khulasa
