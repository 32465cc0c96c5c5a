// Runs `khulasa extract`, `khulasa parse` on HTML and `khulasa eval extract`
// from ctest: exit codes, error lines and output on good and bad input.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

std::string GoldenPage(const std::string& name) {
  return SourceDir() + "/tests/golden/html/" + name;
}

std::string SharedExtraction() {
  const char* dir = std::getenv("KHULASA_SHARED_DIR");
  if (dir == nullptr) return "";
  const std::string path = std::string(dir) + "/data/extraction";
  return std::filesystem::exists(path + "/arabic/ground-truth.json") ? path
                                                                     : "";
}

TEST(ExtractCliTest, PrintsTheArticleAsText) {
  const ProcessResult r = RunKhulasa(
      {"extract", GoldenPage("english_blog.html"), "--format", "text"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("How we cut our build times in half\n2023-03-07\n", 0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("Caching what does not change"), std::string::npos);
  EXPECT_EQ(r.out.find("Recent posts"), std::string::npos);
  EXPECT_EQ(r.out.find("Great write-up"), std::string::npos);
}

TEST(ExtractCliTest, PrintsJsonWithBlocksAndRanges) {
  const ProcessResult r =
      RunKhulasa({"extract", GoldenPage("arabic_news.html")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_EQ(j["date"], "2024-12-15");
  EXPECT_EQ(j["charset"], "UTF-8");
  EXPECT_EQ(j["language"], "ar");
  ASSERT_EQ(j["blocks"].size(), 6u);
  EXPECT_EQ(j["blocks"][2]["kind"], "subheading");
  EXPECT_EQ(j["blocks"][4]["kind"], "embed");
  EXPECT_EQ(j["blocks"][0]["range"][0], 0);
}

TEST(ExtractCliTest, ReadsAWindows1256CopyWithCharsetFlag) {
  const std::string legacy = WriteTempFile("cp1256.html", "");
  const std::string command = "iconv -f UTF-8 -t CP1256 '" +
                              GoldenPage("arabic_news.html") + "' > '" +
                              legacy + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const ProcessResult utf8 = RunKhulasa(
      {"extract", GoldenPage("arabic_news.html"), "--format", "text"});
  const ProcessResult converted = RunKhulasa(
      {"extract", legacy, "--charset", "windows-1256", "--format", "text"});
  ASSERT_EQ(converted.exit_code, 0) << converted.err;
  EXPECT_EQ(converted.out, utf8.out);
}

TEST(ExtractCliTest, ReportsBadInputOnStderrWithExitCode1) {
  struct Case {
    std::vector<std::string> args;
    std::string error_part;
  };
  const std::string empty = WriteTempFile("empty.html", "");
  const Case cases[] = {
      {{"extract", "/no/such/page.html"}, "khulasa: "},
      {{"extract", empty}, "khulasa: empty html page"},
      {{"extract", GoldenPage("english_blog.html"), "--charset", "klingon-8"},
       "unknown charset"},
      {{"eval", "extract", "--data", "/no/such/folder"},
       "no ground-truth.json"},
  };
  for (const Case& c : cases) {
    const ProcessResult r = RunKhulasa(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.args.back();
    EXPECT_NE(r.err.find(c.error_part), std::string::npos)
        << c.args.back() << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << c.args.back();
  }
}

TEST(ExtractCliTest, RejectsBadFlagsWithExitCode2) {
  const ProcessResult r = RunKhulasa(
      {"extract", GoldenPage("english_blog.html"), "--format", "xml"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ExtractCliTest, ParseAutodetectsHtml) {
  const ProcessResult r =
      RunKhulasa({"parse", GoldenPage("levantine_date.html")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_EQ(j["format"], "html");
  EXPECT_EQ(j["date"], "2024-12-14");
  EXPECT_EQ(j["blocks"].size(), 3u);
}

TEST(ExtractCliTest, EvalExtractScoresTheArabicSet) {
  const std::string data = SharedExtraction();
  if (data.empty()) GTEST_SKIP() << "KHULASA_SHARED_DIR has no extraction data";
  const ProcessResult r =
      RunKhulasa({"eval", "extract", "--data", data + "/arabic"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("date exact: 9/9"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("body shingles: F1 1.0000"), std::string::npos) << r.out;
}

TEST(ExtractCliTest, EvalExtractBreaksScoresDown) {
  const std::string data = SharedExtraction();
  if (data.empty()) GTEST_SKIP() << "KHULASA_SHARED_DIR has no extraction data";
  ProcessResult r =
      RunKhulasa({"eval", "extract", "--data", data + "/arabic", "--languages",
                  "--types", "--sites", "--pages"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* part :
       {"by language (pages, body F1 P R):\n    ar ",
        "by declared page type (pages, body F1 P R):\n",
        "by site, each site once: F1 1.0000  P 1.0000  R 1.0000  (2 sites)\n",
        "    arabic.cnn.com ", "    lbcgroup.tv "}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
  }
  // Leaving a site out leaves its page out of every figure.
  r = RunKhulasa({"eval", "extract", "--data", data + "/arabic", "--sites",
                  "--exclude-sites", "lbcgroup.tv,no.such.site"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("set arabic (10 pages, 1 of excluded sites left out"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("(1 sites)"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace khulasa::testing
