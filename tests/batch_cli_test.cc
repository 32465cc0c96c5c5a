// `khulasa batch` run as a program: JSONL and folder input, ordered output
// with per-record errors, progress and summary lines, and --resume after a
// kill -9 writing every record exactly once.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "tests/batch_test_support.h"
#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

TEST(BatchCliTest, WritesOneResultPerRecordInOrderWithErrors) {
  Json text_record = Json::parse(Example("heatwave.json"));
  text_record["id"] = "json-1";
  std::string input = text_record.dump() + "\n";
  input += Json{{"id", 2}, {"scraped", Example("solar_plant.txt")}}.dump() +
           "\n\n";  // a blank line is an error record too
  input += "{\"id\": \"bad\", \"text\": \"no arabic at all\"}\n";
  input += "not json\n";
  input += Json{{"id", "no-body"}, {"title", "x"}}.dump() + "\n";
  input += Json{{"id", "h"},
                {"html", "<html><body><article><p>" +
                             text_record["text"].get<std::string>() +
                             "</p></article></body></html>"}}
               .dump() +
           "\n";
  const std::string path = WriteTempFile("batch_in.jsonl", input);
  const std::string out = ::testing::TempDir() + "/batch_out.jsonl";
  ProcessResult run = RunKhulasa({"batch", path, "-o", out, "--jobs", "3"});
  ASSERT_EQ(run.exit_code, 3) << run.err;  // some records failed
  // No progress when stderr is not a terminal: only the one-line report.
  EXPECT_EQ(run.err, "khulasa: 4 of 7 records failed; their lines in " + out +
                         " carry \"error\" (and the input \"line\")\n");
  std::vector<std::string> lines = Lines(ReadTestFile(out));
  ASSERT_EQ(lines.size(), 7u);
  const struct {
    Json id;
    std::string error_code;  // "" for a summary
  } expected[] = {{"json-1", ""},
                  {2, ""},
                  {nullptr, "INVALID_ARGUMENT"},
                  {"bad", "INVALID_ARGUMENT"},
                  {nullptr, "INVALID_ARGUMENT"},
                  {"no-body", "INVALID_ARGUMENT"},
                  {"h", ""}};
  for (size_t i = 0; i < lines.size(); ++i) {
    Json result = Json::parse(lines[i]);
    EXPECT_EQ(result["id"], expected[i].id) << lines[i];
    if (expected[i].error_code.empty()) {
      EXPECT_FALSE(result.contains("error")) << lines[i];
      EXPECT_FALSE(result.contains("line")) << lines[i];
      EXPECT_EQ(result["bullets"].size(), 3u) << lines[i];
      for (const Json& bullet : result["bullets"]) {
        EXPECT_FALSE(bullet["text"].get<std::string>().empty());
        EXPECT_FALSE(bullet["sources"].empty());
      }
    } else {
      EXPECT_EQ(result["line"], i + 1) << lines[i];
      EXPECT_EQ(result["error"]["code"], expected[i].error_code) << lines[i];
      EXPECT_FALSE(result["error"]["message"].get<std::string>().empty());
    }
  }
  EXPECT_EQ(Json::parse(lines[2])["error"]["message"],
            "blank line; each line must be one JSON object");
  Json first = Json::parse(lines[0]);
  EXPECT_EQ(first["date"], text_record["date"]);
  EXPECT_EQ(first["title"], text_record["title"]);
  EXPECT_EQ(Json::parse(lines[1])["date"], "2026-03-14");
}

TEST(BatchCliTest, SameOutputWhateverTheNumberOfJobs) {
  const std::string path =
      WriteTempFile("batch_jobs.jsonl", ExampleArchive(60));
  ProcessResult one = RunKhulasa({"batch", path, "--jobs", "1"});
  ProcessResult four = RunKhulasa({"batch", path, "--jobs", "4"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  EXPECT_EQ(Lines(one.out).size(), 60u);
  EXPECT_EQ(one.out, four.out);
}

TEST(BatchCliTest, ReadsAFolderOfArticleFiles) {
  const std::string dir = ::testing::TempDir() + "/batch_folder";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir + "/more");
  WriteTempFile("batch_folder/b.txt", Example("heatwave.txt"));
  WriteTempFile("batch_folder/more/a.txt", Example("solar_plant.plain.txt"));
  WriteTempFile("batch_folder/c.html", "<p>only latin</p>");
  WriteTempFile("batch_folder/skip.md", "not an article");
  ProcessResult run = RunKhulasa({"batch", dir, "--progress"});
  ASSERT_EQ(run.exit_code, 3) << run.err;  // c.html failed
  std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(Json::parse(lines[0])["id"], "b.txt");
  EXPECT_EQ(Json::parse(lines[0])["bullets"].size(), 3u);
  EXPECT_EQ(Json::parse(lines[1])["id"], "c.html");
  EXPECT_TRUE(Json::parse(lines[1]).contains("error"));
  EXPECT_FALSE(Json::parse(lines[1]).contains("line"));  // the id is the path
  EXPECT_EQ(Json::parse(lines[2])["id"], "more/a.txt");
  // --progress: the one-line summary on stderr.
  EXPECT_NE(run.err.find("khulasa batch: 3 articles in "), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("1 error"), std::string::npos) << run.err;
}

TEST(BatchCliTest, SpeakWritesOneAudioFilePerSummaryNamedByItsId) {
  std::string input = ExampleArchive(2);
  input += "{\"id\": \"bad\", \"text\": \"latin only\"}\n";
  input += Json{{"id", "heat/3"}, {"scraped", Example("heatwave.txt")}}.dump() +
           "\n";
  const std::string path = WriteTempFile("batch_speak.jsonl", input);
  const std::string dir = ::testing::TempDir() + "/batch_audio";
  std::filesystem::remove_all(dir);
  const std::string out = ::testing::TempDir() + "/batch_speak_out.jsonl";
  // The first two records as if a killed run had written them (with no
  // resume file: their ids are checked).
  WriteTempFile("batch_speak_out.jsonl",
                Lines(RunKhulasa({"batch", path}).out)[0] + "\n" +
                    Lines(RunKhulasa({"batch", path}).out)[1] + "\n");
  ProcessResult run = RunKhulasa({"batch", path, "-o", out, "--resume",
                                  "--speak", dir, "--audio-format", "wav"});
  ASSERT_EQ(run.exit_code, 3) << run.err;  // "bad" failed
  std::vector<std::string> lines = Lines(ReadTestFile(out));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_FALSE(Json::parse(lines[1]).contains("audio"));  // from before
  EXPECT_TRUE(Json::parse(lines[2]).contains("error"));
  EXPECT_FALSE(Json::parse(lines[2]).contains("audio"));
  EXPECT_EQ(Json::parse(lines[3])["audio"], "heat_3.wav");
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    files.push_back(entry.path().filename().string());
  }
  EXPECT_EQ(files, std::vector<std::string>{"heat_3.wav"});
  const std::string audio = ReadTestFile(dir + "/heat_3.wav");
  EXPECT_EQ(audio.substr(0, 4), "RIFF");
  EXPECT_GT(audio.size(), 100000u);
}

TEST(BatchCliTest, ReportsBadUsage) {
  const std::string path = WriteTempFile("batch_usage.jsonl", "{}\n");
  const std::string missing = ::testing::TempDir() + "/batch_no_such_input";
  std::filesystem::remove(missing);
  const struct {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  } cases[] = {
      {{"batch", path, "--resume"}, 1, "--resume needs an output file"},
      {{"batch", missing}, 1, "cannot open"},
      {{"batch", path, "--bullets", "0"}, 2, "bullets"},
      {{"batch", path, "--format", "pdf"}, 2, "format"},
      {{"batch", path, "--max-errors", "-1"}, 2, "max-errors"},
  };
  for (const auto& c : cases) {
    ProcessResult run = RunKhulasa(c.args);
    EXPECT_EQ(run.exit_code, c.exit_code) << c.args.back();
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
    EXPECT_EQ(run.err.rfind("khulasa: ", 0), 0u) << run.err;
  }
}

TEST(BatchCliTest, ResumeAfterKillNineWritesEveryRecordExactlyOnce) {
  constexpr int kRecords = 6000;
  const std::string input =
      WriteTempFile("batch_resume.jsonl", ExampleArchive(kRecords));
  // The reference: one uninterrupted run.
  const std::string reference = ::testing::TempDir() + "/batch_ref.jsonl";
  ASSERT_EQ(RunKhulasa({"batch", input, "-o", reference}).exit_code, 0);
  const std::string expected = ReadTestFile(reference);
  ASSERT_EQ(Lines(expected).size(), static_cast<size_t>(kRecords));

  const std::string output = ::testing::TempDir() + "/batch_killed.jsonl";
  std::filesystem::remove(output);
  int kills = 0;
  for (int attempt = 0; attempt < 3; ++attempt) {
    pid_t pid =
        StartKhulasa({"batch", input, "-o", output, "--resume", "--jobs", "2"});
    ASSERT_GT(pid, 0);
    // Kill it once it has checkpointed some output beyond what it started
    // with (the first flush comes after about a second).
    const off_t before = FileSize(output);
    if (!KillNineWhen(
            pid, [&] { return FileSize(output) > before; }, 2000)) {
      break;  // finished before the kill: resume just completes
    }
    ++kills;
    // Simulate the worst case of a kill mid-write: a torn last line.
    std::string partial = ReadTestFile(output);
    ASSERT_LT(Lines(partial).size(), static_cast<size_t>(kRecords));
    WriteTempFile("batch_killed.jsonl", partial + "{\"id\": 99999, \"tit");
  }
  EXPECT_GE(kills, 1) << "the run finished before it could be killed";
  ProcessResult resumed = RunKhulasa(
      {"batch", input, "-o", output, "--resume", "--jobs", "2", "--progress"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  const std::string got = ReadTestFile(output);
  std::vector<std::string> lines = Lines(got);
  ASSERT_EQ(lines.size(), static_cast<size_t>(kRecords));
  for (int i = 0; i < kRecords; ++i) {
    ASSERT_EQ(Json::parse(lines[static_cast<size_t>(i)])["id"], i)
        << "line " << i;
  }
  EXPECT_TRUE(got == expected) << "resumed output differs from a clean run";
  // Resuming a finished run writes nothing more.
  ProcessResult again = RunKhulasa({"batch", input, "-o", output, "--resume"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(ReadTestFile(output) == expected);
}

TEST(BatchCliTest, MemoryStaysBoundedWithRecordsAtTheSizeLimit) {
  // Five records just under the 16 MiB record limit (each then refused by
  // the 1 MiB line limit, after being parsed) and one past it, on 8 jobs:
  // without the byte window and the fixed mmap threshold this took 400 MB.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "peak RSS is not meaningful under a sanitizer (shadow "
                  "memory and quarantine); the Release suite checks it";
#endif
  const std::string big(15u << 20, 'x');
  std::string input;
  for (int i = 0; i < 5; ++i) {
    input += Json{{"id", i}, {"text", big}}.dump() + "\n";
  }
  input += "{\"id\": 5, \"text\": \"" + std::string(17u << 20, 'y') + "\"}\n";
  const std::string path = WriteTempFile("batch_big.jsonl", input);
  input.clear();
  input.shrink_to_fit();
  // GNU time measures the peak RSS of khulasa alone (getrusage here would
  // count this test process too).
  if (!std::filesystem::exists("/usr/bin/time")) {
    GTEST_SKIP() << "/usr/bin/time (Debian package time) is not installed";
  }
  const std::string out = ::testing::TempDir() + "/batch_big_out.jsonl";
  const std::string rss = ::testing::TempDir() + "/batch_big_rss.txt";
  const std::string command = "/usr/bin/time -f %M -o '" + rss + "' '" +
                              KhulasaBinary() + "' batch '" + path + "' -o '" +
                              out + "' --jobs 8";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 3);  // every record failed
  std::filesystem::remove(path);
  std::vector<std::string> lines = Lines(ReadTestFile(out));
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(Json::parse(lines[0])["error"]["code"], "RESOURCE_EXHAUSTED");
  EXPECT_EQ(Json::parse(lines[5])["error"]["message"],
            "line 6 is longer than 16777216 bytes");
  // GNU time puts "Command exited with non-zero status 3" first.
  const std::vector<std::string> rss_lines = Lines(ReadTestFile(rss));
  ASSERT_FALSE(rss_lines.empty());
  const long peak_kib = std::stol(rss_lines.back());
  EXPECT_LT(peak_kib, 200 * 1024) << "peak RSS of khulasa batch in KiB";
  EXPECT_GT(peak_kib, 15 * 1024);  // it did hold a record
}

TEST(BatchCliTest, ResumeRefusesAnOutputLongerThanTheInput) {
  const std::string input =
      WriteTempFile("batch_short.jsonl", ExampleArchive(2));
  const std::string output = WriteTempFile(
      "batch_long_out.jsonl", "{\"id\":0}\n{\"id\":1}\n{\"id\":2}\n");
  ProcessResult run = RunKhulasa({"batch", input, "-o", output, "--resume"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("already has 3 results"), std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace khulasa::testing
