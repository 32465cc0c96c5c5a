// Runs `khulasa parse` (the built binary) on good and bad input and checks
// exit codes, stdout JSON and the stderr message.
#include <cstdlib>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

std::string SourcePath(const std::string& relative) {
  return SourceDir() + "/" + relative;
}

class ParseCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (KhulasaBinary().empty()) {
      GTEST_SKIP() << "KHULASA_BINARY_DIR is not set; run through ctest";
    }
  }
};

TEST_F(ParseCliTest, PrintsTheScrapedExampleAsJson) {
  ProcessResult run =
      RunKhulasa({"parse", SourcePath("examples/solar_plant.txt")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  Json article = Json::parse(run.out);
  EXPECT_EQ(article["format"], "scraped");
  EXPECT_EQ(article["date"], "2026-03-14");
  EXPECT_EQ(article["site_summary"].size(), 3u);
  ASSERT_FALSE(article["blocks"].empty());
  const Json& first = article["blocks"][0];
  EXPECT_EQ(first["kind"], "paragraph");
  EXPECT_LT(first["begin"].get<size_t>(), first["end"].get<size_t>());
  EXPECT_FALSE(first["sentences"].empty());
  EXPECT_FALSE(first.contains("tokens"));
}

TEST_F(ParseCliTest, ReadsStdinAndPrintsTokensOnRequest) {
  ProcessResult run = RunKhulasa({"parse", "-", "--tokens"},
                                 SourcePath("examples/regional_summit.txt"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Json article = Json::parse(run.out);
  const Json& tokens = article["blocks"][0]["tokens"];
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0]["kind"], "arabic_word");
  EXPECT_EQ(tokens[0]["begin"], article["blocks"][0]["begin"]);
}

TEST_F(ParseCliTest, ReadsJsonAndPlainTextExamples) {
  struct Case {
    const char* file;
    const char* format_flag;
    const char* expected_format;
  };
  const Case kCases[] = {
      {"examples/heatwave.json", "auto", "json"},
      {"examples/heatwave.json", "json", "json"},
      {"examples/solar_plant.plain.txt", "auto", "text"},
      {"examples/solar_plant.txt", "text", "text"},
  };
  for (const Case& c : kCases) {
    ProcessResult run =
        RunKhulasa({"parse", SourcePath(c.file), "--format", c.format_flag});
    ASSERT_EQ(run.exit_code, 0) << c.file << ": " << run.err;
    EXPECT_EQ(Json::parse(run.out)["format"], c.expected_format) << c.file;
  }
}

TEST_F(ParseCliTest, PrintsOneLinePerJsonLinesRecord) {
  std::string path = WriteTempFile(
      "two.jsonl",
      "{\"text\": \"\u0627\u0644\u062E\u0628\u0631 \u0627\u0644\u0623\u0648"
      "\u0644.\"}\n{\"text\": \"\u0627\u0644\u062E\u0628\u0631 "
      "\u0627\u0644\u062B\u0627\u0646\u064A.\"}\n");
  ProcessResult run = RunKhulasa({"parse", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  size_t newline = run.out.find('\n');
  ASSERT_NE(newline, std::string::npos);
  EXPECT_EQ(Json::parse(run.out.substr(0, newline))["format"], "json");
  EXPECT_EQ(Json::parse(run.out.substr(newline + 1))["format"], "json");
}

struct BadCase {
  const char* name;
  std::string contents;  // written to a temp file
  std::vector<std::string> flags;
  int exit_code;
  const char* stderr_part;
};

TEST_F(ParseCliTest, BadInputExitsWithAClearMessage) {
  const std::string arabic = "\u062E\u0628\u0631 \u0642\u0635\u064A\u0631.";
  const BadCase kCases[] = {
      {"empty", "", {}, 1, "khulasa: input is empty"},
      {"whitespace", "  \n\n ", {}, 1, "khulasa: input is only whitespace"},
      {"invalid utf8",
       arabic + "\xFF",
       {},
       1,
       "khulasa: invalid UTF-8 at byte 16"},
      {"binary",
       std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
       {},
       1,
       "khulasa: input looks like binary data"},
      {"no arabic",
       "Just an English line.\n",
       {},
       1,
       "khulasa: input has no Arabic letters"},
      {"bad json", "{\"text\": ", {}, 1, "khulasa: malformed JSON at byte"},
      {"json without text",
       "{\"title\": \"x\"}",
       {},
       1,
       "khulasa: JSON article has no \"text\" field"},
      {"unknown format", arabic, {"--format", "pdf"}, 2, "khulasa: "},
      {"unknown flag", arabic, {"--bogus"}, 2, "khulasa: "},
  };
  for (const BadCase& c : kCases) {
    std::string path = WriteTempFile("bad_input.txt", c.contents);
    std::vector<std::string> args = {"parse", path};
    args.insert(args.end(), c.flags.begin(), c.flags.end());
    ProcessResult run = RunKhulasa(args);
    EXPECT_EQ(run.exit_code, c.exit_code) << c.name << ": " << run.err;
    EXPECT_EQ(run.err.rfind(c.stderr_part, 0), 0u)
        << c.name << ": stderr was " << run.err;
    EXPECT_EQ(run.out, "") << c.name;
  }
}

TEST_F(ParseCliTest, LenientRepairsInvalidUtf8) {
  std::string path = WriteTempFile(
      "lenient.txt", "\u062E\u0628\u0631 \xFF\u0642\u0635\u064A\u0631.");
  ProcessResult run = RunKhulasa({"parse", path, "--lenient"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(Json::parse(run.out)["blocks"][0]["text"].get<std::string>().find(
                "\uFFFD"),
            std::string::npos);
}

TEST_F(ParseCliTest, MissingFileExitsOne) {
  ProcessResult run = RunKhulasa({"parse", "/nonexistent/article.txt"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err.rfind("khulasa: cannot open /nonexistent/article.txt", 0),
            0u)
      << run.err;
}

TEST_F(ParseCliTest, OversizedInputIsRefused) {
  std::string big(17u << 20, 'a');
  std::string path = WriteTempFile("big.txt", big);
  ProcessResult run = RunKhulasa({"parse", path});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("larger than the limit"), std::string::npos)
      << run.err;
}

TEST_F(ParseCliTest, SeedArticleParses) {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  std::string seed = std::string(shared == nullptr ? "" : shared) +
                     "/seed/000_10ea7d8f2b1e01f1.txt";
  if (shared == nullptr || ReadTestFile(seed).empty()) {
    GTEST_SKIP() << "seed article not found at " << seed;
  }
  ProcessResult run = RunKhulasa({"parse", seed});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Json article = Json::parse(run.out);
  EXPECT_EQ(article["date"], "2025-12-20");
  EXPECT_EQ(article["site_summary"].size(), 3u);
}

}  // namespace
}  // namespace khulasa::testing
