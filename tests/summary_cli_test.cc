// Runs `khulasa summarize` (the built binary): output on good input, exit
// codes and error text on bad input.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/cli_process.h"

namespace khulasa {
namespace {

using ::khulasa::testing::ReadTestFile;
using ::khulasa::testing::RunKhulasa;
using ::khulasa::testing::SourceDir;
using ::khulasa::testing::WriteTempFile;

std::string Article(const std::string& name) {
  return SourceDir() + "/src/summary/testdata/" + name;
}

TEST(SummarizeCliTest, PrintsTitleAndBulletsAsText) {
  const auto r = RunKhulasa({"summarize", Article("with_subheadings.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Title line, blank line, then "- " bullets.
  const size_t first_bullet = r.out.find("\n\n- ");
  ASSERT_NE(first_bullet, std::string::npos) << r.out;
  size_t bullets = 0;
  for (size_t at = r.out.find("- "); at != std::string::npos;
       at = r.out.find("\n- ", at + 1)) {
    ++bullets;
  }
  EXPECT_EQ(bullets, 3u) << r.out;
}

TEST(SummarizeCliTest, JsonHasBulletsWithSources) {
  const auto r = RunKhulasa({"summarize", "--format", "json", "--bullets", "2",
                             Article("no_subheadings.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["bullets"].size(), 2u);
  for (const auto& b : j["bullets"]) {
    EXPECT_FALSE(b["text"].get<std::string>().empty());
    ASSERT_FALSE(b["sources"].empty());
    EXPECT_LT(b["sources"][0]["begin"].get<size_t>(),
              b["sources"][0]["end"].get<size_t>());
  }
}

// One result shape: `summarize --format json` of a page and `batch` of the
// same page as a JSON record print the same object (batch adds "id").
TEST(SummarizeCliTest, JsonIsTheObjectBatchPrints) {
  const std::string page =
      ::khulasa::testing::ReadTestFile(SourceDir() + "/examples/heatwave.txt");
  ASSERT_GT(page.size(), 1000u);
  const auto cli = RunKhulasa({"summarize", "--format", "json",
                               SourceDir() + "/examples/heatwave.txt"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const std::string records = WriteTempFile(
      "one_record.jsonl",
      nlohmann::json{{"id", "heatwave"}, {"text", page}}.dump() + "\n");
  const std::string out = ::testing::TempDir() + "/one_record_out.jsonl";
  const auto batch = RunKhulasa({"batch", records, "-o", out});
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  nlohmann::json line =
      nlohmann::json::parse(::khulasa::testing::ReadTestFile(out));
  EXPECT_EQ(line["id"], "heatwave");
  line.erase("id");
  const nlohmann::json single = nlohmann::json::parse(cli.out);
  EXPECT_EQ(line, single);
  for (const char* key : {"title", "date", "section", "authors", "dateline",
                          "lang", "bullets", "site_summary"}) {
    EXPECT_TRUE(single.contains(key)) << key;
  }
  EXPECT_EQ(single["lang"], "ar");
  EXPECT_FALSE(single["title"].get<std::string>().empty());
}

TEST(SummarizeCliTest, SeveralInputsInOneCall) {
  const std::string a = Article("with_subheadings.txt");
  const std::string b = Article("no_subheadings.txt");
  const auto text = RunKhulasa({"summarize", a, "/no/such/file", b});
  EXPECT_EQ(text.exit_code, 1);  // one failed; the others still printed
  EXPECT_NE(text.err.find("/no/such/file: "), std::string::npos) << text.err;
  const size_t first = text.out.find("==> " + a + " <==");
  const size_t second = text.out.find("==> " + b + " <==");
  ASSERT_NE(first, std::string::npos) << text.out;
  ASSERT_NE(second, std::string::npos) << text.out;
  EXPECT_LT(first, second);

  const auto json =
      RunKhulasa({"summarize", "--format", "json", a, "/no/such/file", b});
  EXPECT_EQ(json.exit_code, 1);
  const nlohmann::json all = nlohmann::json::parse(json.out);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0]["input"], a);
  EXPECT_FALSE(all[0]["bullets"].empty());
  EXPECT_EQ(all[1]["error"]["code"], "NOT_FOUND");
  EXPECT_EQ(all[2]["input"], b);
}

TEST(SummarizeCliTest, LengthIsACountOrAShareOfTheSentences) {
  const std::string a = Article("no_subheadings.txt");
  auto count = [](const std::string& out) {
    size_t n = 0;
    for (size_t at = out.find("- "); at != std::string::npos;
         at = out.find("\n- ", at + 1)) {
      ++n;
    }
    return n;
  };
  const auto two = RunKhulasa({"summarize", "--length", "2", a});
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(count(two.out), 2u) << two.out;
  const auto all = RunKhulasa({"summarize", "--length", "100%", a});
  const auto small = RunKhulasa({"summarize", "--length", "1%", a});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  ASSERT_EQ(small.exit_code, 0) << small.err;
  EXPECT_GT(count(all.out), count(small.out)) << all.out;
  EXPECT_EQ(count(small.out), 1u) << small.out;  // never fewer than one
  for (const char* bad : {"0", "11", "0%", "150%", "x", "2.5"}) {
    const auto r = RunKhulasa({"summarize", "--length", bad, a});
    EXPECT_EQ(r.exit_code, 1) << bad;
    EXPECT_NE(r.err.find("--length takes"), std::string::npos) << r.err;
  }
  EXPECT_EQ(
      RunKhulasa({"summarize", "--length", "2", "--bullets", "2", a}).exit_code,
      2);
}

TEST(SummarizeCliTest, MarkdownAndStdinWork) {
  const auto r = RunKhulasa({"summarize", "--format", "markdown", "-"},
                            Article("with_subheadings.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("## ", 0), 0u) << r.out;
}

TEST(SummarizeCliTest, ReadsGzipFilesAsBatchDoes) {
  const std::string plain = Article("with_subheadings.txt");
  const std::string gz = WriteTempFile("with_subheadings.txt.gz", "");
  ASSERT_EQ(std::system(("gzip -c '" + plain + "' > '" + gz + "'").c_str()), 0);
  const auto expected = RunKhulasa({"summarize", plain});
  const auto r = RunKhulasa({"summarize", gz});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, expected.out);
  // A truncated gzip file is an error that says so, not "binary data".
  const std::string cut = WriteTempFile(
      "cut.txt.gz", ReadTestFile(gz).substr(0, ReadTestFile(gz).size() / 2));
  const auto bad = RunKhulasa({"summarize", cut});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("gzip"), std::string::npos) << bad.err;
}

// A ranker model that is truncated, corrupt or out of range is an error
// (exit 1) naming the file, never a crash or a silent default.
TEST(SummarizeCliTest, CorruptRankerModelIsAnErrorNamingTheFile) {
  const std::string model =
      ReadTestFile(SourceDir() + "/models/summary_ranker.txt");
  ASSERT_FALSE(model.empty());
  std::string out_of_range = model;
  const size_t at = out_of_range.find("param unit_min_words ");
  ASSERT_NE(at, std::string::npos);
  out_of_range.replace(at, out_of_range.find('\n', at) - at,
                       "param unit_min_words 1e30");
  const std::string cases[] = {model.substr(0, model.size() / 2), "garbage\n",
                               "", out_of_range};
  for (const std::string& bytes : cases) {
    const std::filesystem::path dir =
        std::filesystem::path(WriteTempFile("ranker.probe", "")).parent_path() /
        "bad_ranker";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "summary_ranker.txt", std::ios::binary) << bytes;
    setenv("KHULASA_MODEL_DIR", dir.c_str(), 1);
    const auto r = RunKhulasa({"summarize", Article("with_subheadings.txt")});
    unsetenv("KHULASA_MODEL_DIR");
    EXPECT_EQ(r.exit_code, 1) << bytes.substr(0, 80);
    EXPECT_NE(r.err.find((dir / "summary_ranker.txt").string()),
              std::string::npos)
        << r.err;
  }
}

TEST(SummarizeCliTest, MaxWordsLimitsEachBullet) {
  const auto r = RunKhulasa({"summarize", "--max-words", "6", "--format",
                             "json", Article("no_subheadings.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The parsed document must outlive the loop: ranging over a member of a
  // temporary reads freed memory.
  const nlohmann::json summary = nlohmann::json::parse(r.out);
  ASSERT_FALSE(summary["bullets"].empty());
  for (const auto& b : summary["bullets"]) {
    const std::string text = b["text"].get<std::string>();
    size_t words = 1;
    for (char c : text) words += c == ' ' ? 1 : 0;
    EXPECT_LE(words, 6u) << text;
  }
}

TEST(SummarizeCliTest, BadInputIsARuntimeErrorWithAMessage) {
  struct Row {
    std::string name;
    std::string content;
  };
  const Row rows[] = {
      {"empty.txt", ""},
      {"latin.txt", "Only English words here, no Arabic at all."},
      {"bad_utf8.txt", "\xD8\xA7\xD8"},
  };
  for (const Row& row : rows) {
    const auto r =
        RunKhulasa({"summarize", WriteTempFile(row.name, row.content)});
    EXPECT_EQ(r.exit_code, 1) << row.name;
    EXPECT_EQ(r.err.rfind("khulasa: ", 0), 0u) << row.name << ": " << r.err;
  }
  const auto missing = RunKhulasa({"summarize", "/nonexistent/article.txt"});
  EXPECT_EQ(missing.exit_code, 1);
}

TEST(SummarizeCliTest, BadFlagsAreUsageErrors) {
  for (const char* bullets : {"0", "11", "x"}) {
    const auto r = RunKhulasa(
        {"summarize", "--bullets", bullets, Article("one_sentence.txt")});
    EXPECT_EQ(r.exit_code, 2) << "--bullets " << bullets;
  }
  const auto r = RunKhulasa(
      {"summarize", "--format", "yaml", Article("one_sentence.txt")});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace khulasa
