// The extraction scorer reproduces the published ScrapingHub benchmark
// scores from the peer outputs stored in
// $KHULASA_SHARED_DIR/data/extraction/scrapinghub-aeb/peer-outputs
// (published values: the benchmark README at 4a3bc97, and the peer harness
// numbers in the data set READMEs).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "src/eval/extraction_score.h"

namespace khulasa::eval {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

fs::path DataDir() {
  const char* dir = std::getenv("KHULASA_SHARED_DIR");
  if (dir == nullptr) return {};
  const fs::path data = fs::path(dir) / "data" / "extraction";
  return fs::exists(data / "scrapinghub-aeb" / "ground-truth.json")
             ? data
             : fs::path();
}

Json Load(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Json j = Json::parse(ss.str(), nullptr, false);
  if (j.is_object() && j.size() == 2 && j.contains("version") &&
      j.contains("output")) {
    return j["output"];
  }
  return j;
}

std::string Body(const Json& record) {
  if (!record.is_object()) return "";
  const auto it = record.find("articleBody");
  return it != record.end() && it->is_string() ? it->get<std::string>() : "";
}

ShingleScore ScoreFile(const Json& truth, const Json& predictions) {
  std::vector<PageShingleScore> pages;
  for (auto it = truth.begin(); it != truth.end(); ++it) {
    const auto p = predictions.find(it.key());
    pages.push_back(ScorePageShingles(Body(it.value()),
                                      p == predictions.end() ? "" : Body(*p)));
  }
  return CombinePageShingles(pages);
}

struct Published {
  const char* set;
  const char* file;
  double f1;
  double precision;
  double recall;
};

constexpr Published kPublished[] = {
    {"scrapinghub-aeb", "trafilatura", 0.958, 0.938, 0.978},
    {"scrapinghub-aeb", "newspaper", 0.949, 0.964, 0.934},
    {"scrapinghub-aeb", "readability_js", 0.947, 0.914, 0.982},
    {"scrapinghub-aeb", "go_readability", 0.934, 0.900, 0.971},
    {"scrapinghub-aeb", "readability", 0.922, 0.913, 0.931},
    {"scrapinghub-aeb", "goose3", 0.896, 0.940, 0.856},
    {"scrapinghub-aeb", "justext", 0.804, 0.858, 0.756},
    {"scrapinghub-aeb", "html-text", 0.665, 0.500, 0.994},
    {"scrapinghub-aeb", "readability_js_harness", 0.952, -1, -1},
    {"fundus-news", "readability_js_harness", 0.907, -1, -1},
};

TEST(ExtractionPeerTest, ReproducesPublishedScoresWithin0002) {
  const fs::path data = DataDir();
  if (data.empty()) GTEST_SKIP() << "KHULASA_SHARED_DIR has no extraction data";
  for (const Published& p : kPublished) {
    const fs::path file =
        data / p.set / "peer-outputs" / (std::string(p.file) + ".json");
    if (!fs::exists(file)) {
      ADD_FAILURE() << "missing " << file;
      continue;
    }
    const ShingleScore s =
        ScoreFile(Load(data / p.set / "ground-truth.json"), Load(file));
    EXPECT_NEAR(s.f1, p.f1, 0.002) << p.set << "/" << p.file;
    if (p.precision >= 0) {
      EXPECT_NEAR(s.precision, p.precision, 0.002) << p.file;
      EXPECT_NEAR(s.recall, p.recall, 0.002) << p.file;
    }
  }
}

}  // namespace
}  // namespace khulasa::eval
