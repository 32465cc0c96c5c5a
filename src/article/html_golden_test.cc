// Golden tests of the HTML reader: the committed pages in
// tests/golden/html/ (composed for this project) against their .out.txt
// dumps, and a few real pages of each extraction set in
// $KHULASA_SHARED_DIR/data/extraction (read at test time, never copied).
// KHULASA_UPDATE_GOLDEN=1 rewrites the .out.txt files.
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "src/article/html_reader.h"
#include "src/eval/extraction_score.h"

namespace khulasa::article {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ReadGzip(const fs::path& path) {
  std::string out;
  gzFile f = gzopen(path.string().c_str(), "rb");
  if (f == nullptr) return out;
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(f, buffer, sizeof(buffer))) > 0) {
    out.append(buffer, static_cast<size_t>(n));
  }
  gzclose(f);
  return out;
}

fs::path SourceDir() {
  const char* dir = std::getenv("KHULASA_SOURCE_DIR");
  return dir != nullptr ? fs::path(dir) : fs::path(".");
}

// The extraction data sets, or "" when the shared folder is absent.
fs::path DataDir() {
  const char* dir = std::getenv("KHULASA_SHARED_DIR");
  if (dir == nullptr) return {};
  const fs::path data = fs::path(dir) / "data" / "extraction";
  return fs::exists(data / "arabic" / "ground-truth.json") ? data : fs::path();
}

TEST(HtmlGoldenTest, CommittedPagesMatchTheirDumps) {
  const fs::path dir = SourceDir() / "tests" / "golden" / "html";
  ASSERT_TRUE(fs::exists(dir)) << dir;
  const bool update = std::getenv("KHULASA_UPDATE_GOLDEN") != nullptr;
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    absl::StatusOr<HtmlExtraction> r =
        ReadHtml(ReadFile(entry.path()), HtmlReadOptions{});
    ASSERT_TRUE(r.ok()) << entry.path() << ": " << r.status();
    const std::string got = HtmlExtractionDebugString(*r);
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".out.txt");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << got;
      continue;
    }
    EXPECT_EQ(got, ReadFile(expected_path)) << entry.path();
  }
  EXPECT_GE(pages, 3);
}

// A page saved in windows-1256 (converted with iconv here) reads to the same
// article as its UTF-8 original, with the charset given or declared.
TEST(HtmlGoldenTest, Windows1256CopyExtractsToTheSameText) {
  const fs::path page =
      SourceDir() / "tests" / "golden" / "html" / "arabic_news.html";
  const fs::path out = fs::temp_directory_path() / "khulasa_cp1256_test.html";
  const std::string command = "iconv -f UTF-8 -t CP1256 '" + page.string() +
                              "' > '" + out.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << "iconv failed: " << command;
  std::string legacy = ReadFile(out);
  fs::remove(out);
  const absl::StatusOr<HtmlExtraction> original =
      ReadHtml(ReadFile(page), HtmlReadOptions{});
  ASSERT_TRUE(original.ok()) << original.status();
  HtmlReadOptions forced;
  forced.charset = "windows-1256";
  const absl::StatusOr<HtmlExtraction> converted = ReadHtml(legacy, forced);
  ASSERT_TRUE(converted.ok()) << converted.status();
  EXPECT_EQ(converted->charset, "windows-1256");
  EXPECT_EQ(converted->article.input, original->article.input);
  EXPECT_EQ(converted->article.title, original->article.title);
  // Declared in the page instead of forced.
  const size_t meta = legacy.find("charset=\"utf-8\"");
  ASSERT_NE(meta, std::string::npos);
  legacy.replace(meta, 15, "charset=\"windows-1256\"");
  const absl::StatusOr<HtmlExtraction> declared =
      ReadHtml(legacy, HtmlReadOptions{});
  ASSERT_TRUE(declared.ok()) << declared.status();
  EXPECT_EQ(declared->article.input, original->article.input);
}

struct RealPage {
  const char* set;
  const char* id;
  double min_f1;  // body shingle F1 this page must reach
};

// A few real pages of each set, with the body F1 the reader reaches today
// (rounded down): a drop below it is a regression.
constexpr RealPage kRealPages[] = {
    {"arabic", "lbcgroup-2026-01-08", 0.93},
    {"arabic", "cnn-arabic-2013-syria-clashes", 0.90},
    {"fundus-news", "at/DerStandard_2024_05_03", 0.95},
    {"fundus-news", "lb/LBCGroup_2026_01_08", 0.93},
    {"fundus-news", "de/Bild_2023_05_15", 0.95},
    {"fundus-news", "us/APNews_2024_09_03", 0.93},
    {"scrapinghub-aeb",
     "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856", 0.90},
    {"scrapinghub-aeb",
     "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34", 0.90},
};

nlohmann::json LoadTruth(const fs::path& set) {
  return nlohmann::json::parse(ReadFile(set / "ground-truth.json"), nullptr,
                               false);
}

TEST(HtmlRealPagesTest, BodiesOfSelectedPagesStayAccurate) {
  const fs::path data = DataDir();
  if (data.empty()) GTEST_SKIP() << "KHULASA_SHARED_DIR has no extraction data";
  for (const RealPage& p : kRealPages) {
    const nlohmann::json truth = LoadTruth(data / p.set);
    ASSERT_TRUE(truth.is_object()) << p.set;
    if (!truth.contains(p.id)) {
      ADD_FAILURE() << "no page " << p.id << " in " << p.set;
      continue;
    }
    const nlohmann::json& record = truth[p.id];
    const std::string rel = record.contains("html")
                                ? record["html"].get<std::string>()
                                : "html/" + std::string(p.id) + ".html.gz";
    absl::StatusOr<HtmlExtraction> r =
        ReadHtml(ReadGzip(data / p.set / rel), HtmlReadOptions{});
    ASSERT_TRUE(r.ok()) << p.id << ": " << r.status();
    const eval::PageShingleScore s = eval::ScorePageShingles(
        record["articleBody"].get<std::string>(), r->article.input);
    const double precision = s.tp / (s.tp + s.fp);
    const double recall = s.tp / (s.tp + s.fn);
    const double f1 = 2 * precision * recall / (precision + recall);
    EXPECT_GE(f1, p.min_f1) << p.set << "/" << p.id;
  }
}

// The date target: every Arabic page annotated with a publication date.
TEST(HtmlRealPagesTest, ArabicPublicationDatesAreExact) {
  const fs::path data = DataDir();
  if (data.empty()) GTEST_SKIP() << "KHULASA_SHARED_DIR has no extraction data";
  const nlohmann::json truth = LoadTruth(data / "arabic");
  ASSERT_TRUE(truth.is_object());
  int dated = 0;
  for (auto it = truth.begin(); it != truth.end(); ++it) {
    const nlohmann::json& record = it.value();
    if (!record.contains("publishing_date") ||
        !record["publishing_date"].is_string()) {
      continue;
    }
    ++dated;
    absl::StatusOr<HtmlExtraction> r =
        ReadHtml(ReadGzip(data / "arabic" / record["html"].get<std::string>()),
                 HtmlReadOptions{});
    ASSERT_TRUE(r.ok()) << it.key() << ": " << r.status();
    EXPECT_EQ(r->article.date,
              record["publishing_date"].get<std::string>().substr(0, 10))
        << it.key();
  }
  EXPECT_GE(dated, 9);
}

}  // namespace
}  // namespace khulasa::article
