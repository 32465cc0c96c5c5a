// `khulasa batch` reports what it did (issue 18, item 5), run as a program:
// one output line per input line, error lines with the input line number,
// exit status 3 and --max-errors, --resume refusing an output written from
// another input, --speak writing each line as soon as its audio (so a
// kill -9 loses only the records in flight) into files named by id, and
// folders of .html.gz / .json / .txt articles.
#include <zlib.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <nlohmann/json.hpp>

#include "tests/batch_test_support.h"
#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

std::string Temp(const std::string& name) {
  return ::testing::TempDir() + "/" + name;
}

struct InputLine {
  std::string text;
  Json id;  // what the output line must carry
  bool bad = false;
};

// 60 lines, every third one bad in one of six ways (20 bad ones).
std::vector<InputLine> MixedLines() {
  std::vector<InputLine> lines;
  for (int i = 0; i < 60; ++i) {
    const std::string n = std::to_string(i);
    if (i % 3 != 2) {
      lines.push_back({ExampleRecord(n, i), i, false});
      continue;
    }
    switch ((i / 3) % 6) {
      case 0:
        lines.push_back({"", nullptr, true});  // blank
        break;
      case 1:
        lines.push_back({"{\"id\": " + n + ", not json", nullptr, true});
        break;
      case 2:
        lines.push_back({"{\"id\": \"latin-" + n +
                             "\", \"text\": \"only latin words here.\"}",
                         "latin-" + n, true});
        break;
      case 3:
        lines.push_back({"{\"id\": " + n + "}", i, true});  // no article
        break;
      case 4:
        lines.push_back(
            {"{\"id\": \"num-" + n + "\", \"text\": 5}", "num-" + n, true});
        break;
      default:
        lines.push_back({" \t ", nullptr, true});  // blank too
        break;
    }
  }
  return lines;
}

std::string Joined(const std::vector<InputLine>& lines) {
  std::string text;
  for (const InputLine& line : lines) text += line.text + "\n";
  return text;
}

TEST(BatchReportTest, SixtyLinesWithTwentyBadOnesGiveSixtyLinesAndExitThree) {
  const std::vector<InputLine> input = MixedLines();
  const std::string path = WriteTempFile("report_mixed.jsonl", Joined(input));
  const std::string out = Temp("report_mixed_out.jsonl");
  ProcessResult run = RunKhulasa({"batch", path, "-o", out, "--jobs", "2"});
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_NE(run.err.find("khulasa: 20 of 60 records failed"), std::string::npos)
      << run.err;
  std::vector<std::string> lines = Lines(ReadTestFile(out));
  ASSERT_EQ(lines.size(), 60u);
  int errors = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Json result = Json::parse(lines[i]);
    EXPECT_EQ(result["id"], input[i].id) << lines[i];
    if (input[i].bad) {
      ++errors;
      EXPECT_EQ(result["line"], i + 1) << lines[i];
      EXPECT_FALSE(result["error"]["code"].get<std::string>().empty());
      EXPECT_FALSE(result["error"]["message"].get<std::string>().empty());
      EXPECT_FALSE(result.contains("bullets")) << lines[i];
    } else {
      EXPECT_FALSE(result.contains("line")) << lines[i];
      EXPECT_FALSE(result.contains("error")) << lines[i];
      EXPECT_EQ(result["bullets"].size(), 3u) << lines[i];
    }
  }
  EXPECT_EQ(errors, 20);
  EXPECT_EQ(Json::parse(lines[2])["error"]["message"],
            "blank line; each line must be one JSON object");
  // The same lines on stdout, and with one job.
  ProcessResult piped = RunKhulasa({"batch", path, "--jobs", "1"});
  EXPECT_EQ(piped.exit_code, 3);
  EXPECT_TRUE(piped.out == ReadTestFile(out));
}

TEST(BatchReportTest, MaxErrorsStopsInOrderAndResumeGoesOn) {
  const std::string path =
      WriteTempFile("report_max.jsonl", Joined(MixedLines()));
  const std::string full = Temp("report_max_full.jsonl");
  ASSERT_EQ(RunKhulasa({"batch", path, "-o", full}).exit_code, 3);
  const std::string expected = ReadTestFile(full);

  const std::string out = Temp("report_max_out.jsonl");
  ProcessResult run = RunKhulasa(
      {"batch", path, "-o", out, "--jobs", "2", "--max-errors", "5"});
  EXPECT_EQ(run.exit_code, 3) << run.err;
  // The 5th bad line is line 15: everything up to it, in order, and no more.
  EXPECT_EQ(run.err,
            "khulasa: stopped after 5 failed records (--max-errors "
            "5): " +
                out +
                " has the results of the first 15 "
                "records, in order; fix the input or raise "
                "--max-errors, then run again with --resume to go on\n");
  const std::string partial = ReadTestFile(out);
  EXPECT_EQ(Lines(partial).size(), 15u);
  EXPECT_TRUE(expected.compare(0, partial.size(), partial) == 0);

  ProcessResult resumed =
      RunKhulasa({"batch", path, "-o", out, "--jobs", "2", "--resume"});
  EXPECT_EQ(resumed.exit_code, 3) << resumed.err;  // 15 more bad ones
  EXPECT_NE(resumed.err.find("15 of 45 records failed"), std::string::npos)
      << resumed.err;
  EXPECT_TRUE(ReadTestFile(out) == expected);
}

// Runs `batch input -o output --resume` and expects a refusal naming
// `message` that leaves the output as it was.
void ExpectResumeRefused(const std::string& input, const std::string& output,
                         const std::string& message) {
  const std::string before = ReadTestFile(output);
  ProcessResult run = RunKhulasa({"batch", input, "-o", output, "--resume"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.rfind("khulasa: cannot resume: ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find(message), std::string::npos) << run.err;
  EXPECT_TRUE(ReadTestFile(output) == before) << "the output was changed";
}

TEST(BatchReportTest, ResumeRefusesAnOutputWrittenFromAnotherInput) {
  const std::string input_a =
      WriteTempFile("report_resume_a.jsonl", ExampleArchive(20));
  // The same ids, but record 7 is another article: only the fingerprint
  // tells them apart.
  std::string other_text;
  for (int i = 0; i < 20; ++i) {
    other_text += ExampleRecord(std::to_string(i), i == 7 ? 8 : i) + "\n";
  }
  const std::string input_b =
      WriteTempFile("report_resume_b.jsonl", other_text);
  // Other ids from the start.
  std::string renumbered;
  for (int i = 0; i < 20; ++i) {
    renumbered += ExampleRecord(std::to_string(100 + i), i) + "\n";
  }
  const std::string input_c =
      WriteTempFile("report_resume_c.jsonl", renumbered);

  const std::string out = Temp("report_resume_out.jsonl");
  ASSERT_EQ(RunKhulasa({"batch", input_a, "-o", out}).exit_code, 0);
  const std::string expected = ReadTestFile(out);
  const std::string state = out + ".resume";
  ASSERT_TRUE(std::filesystem::exists(state));
  ExpectResumeRefused(input_b, out,
                      "was written from another input (the fingerprint of "
                      "its first 20 records does not match this input)");
  ExpectResumeRefused(input_c, out, "was written from another input");
  // The input it came from resumes (nothing left to do).
  ASSERT_EQ(RunKhulasa({"batch", input_a, "-o", out, "--resume"}).exit_code, 0);
  EXPECT_TRUE(ReadTestFile(out) == expected);

  // Lines past the last checkpoint (as a kill -9 leaves them): the resume
  // file vouches for the first 10, the ids check the other 5.
  const std::string first_ten =
      WriteTempFile("report_resume_ten.jsonl", ExampleArchive(10));
  ASSERT_EQ(RunKhulasa({"batch", first_ten, "-o", out}).exit_code, 0);
  std::vector<std::string> lines = Lines(expected);
  std::string fifteen;
  for (int i = 0; i < 15; ++i) fifteen += lines[static_cast<size_t>(i)] + "\n";
  WriteTempFile("report_resume_out.jsonl", fifteen);
  std::string late_change = ExampleArchive(12);
  late_change += ExampleRecord("\"changed\"", 12) + "\n";
  const std::string input_d =
      WriteTempFile("report_resume_d.jsonl", late_change + "\n");
  ExpectResumeRefused(input_d, out,
                      "line 13 of " + out +
                          " is the result for id 12, but record 13 of the "
                          "input has id \"changed\"");
  ASSERT_EQ(RunKhulasa({"batch", input_a, "-o", out, "--resume"}).exit_code, 0);
  EXPECT_TRUE(ReadTestFile(out) == expected);

  // No resume file (an output of an older khulasa): the ids check it all.
  std::filesystem::remove(state);
  ExpectResumeRefused(input_c, out,
                      "line 1 of " + out +
                          " is the result for id 0, but "
                          "record 1 of the input has id 100");
  // A resume file that vouches for more than the output has.
  WriteTempFile("report_resume_out.jsonl", fifteen);
  ASSERT_EQ(RunKhulasa({"batch", input_a, "-o", Temp("report_resume_x.jsonl")})
                .exit_code,
            0);
  std::filesystem::copy_file(Temp("report_resume_x.jsonl.resume"), state,
                             std::filesystem::copy_options::overwrite_existing);
  ExpectResumeRefused(input_a, out, "vouches for 20");
  // An empty output (deleted, its resume file left over) starts afresh.
  WriteTempFile("report_resume_out.jsonl", "");
  ProcessResult fresh = RunKhulasa({"batch", input_c, "-o", out, "--resume"});
  EXPECT_EQ(fresh.exit_code, 0) << fresh.err;
  EXPECT_EQ(Lines(ReadTestFile(out)).size(), 20u);
}

// Audio files in `dir`, without the temporary files of writes a kill cut.
std::set<std::string> AudioFiles(const std::string& dir) {
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp.") == std::string::npos) files.insert(name);
  }
  return files;
}

TEST(BatchReportTest, SpeakNamesAudioByIdAndKillNineLosesOnlyRecordsInFlight) {
  // Ids that need care: a slash, a clash with it after sanitizing, a name
  // repeated in another case, a number, no id.
  const std::string ids[] = {"\"a/b\"", "\"a_b\"", "\"x\"",   "\"X\"",
                             "17",      "null",    "\"r6\"",  "\"r7\"",
                             "\"r8\"",  "\"r9\"",  "\"r10\"", "\"r11\""};
  std::string text;
  for (int i = 0; i < 12; ++i) text += ExampleRecord(ids[i], i) + "\n";
  const std::string input = WriteTempFile("report_speak.jsonl", text);

  const std::string reference_dir = Temp("report_speak_ref");
  std::filesystem::remove_all(reference_dir);
  const std::string reference = Temp("report_speak_ref.jsonl");
  // One bullet a record: speech is the slow part.
  ProcessResult clean =
      RunKhulasa({"batch", input, "-o", reference, "--speak", reference_dir,
                  "--jobs", "2", "--bullets", "1"});
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  const std::string expected = ReadTestFile(reference);
  const std::vector<std::string> expected_lines = Lines(expected);
  ASSERT_EQ(expected_lines.size(), 12u);
  const std::vector<std::string> names = {
      "a_b.ogg", "a_b~2.ogg", "x.ogg",  "X~4.ogg", "17.ogg",  "line-6.ogg",
      "r6.ogg",  "r7.ogg",    "r8.ogg", "r9.ogg",  "r10.ogg", "r11.ogg"};
  for (size_t i = 0; i < 12; ++i) {
    EXPECT_EQ(Json::parse(expected_lines[i])["audio"], names[i]);
  }
  EXPECT_EQ(AudioFiles(reference_dir),
            std::set<std::string>(names.begin(), names.end()));

  // Killed once 3 lines are out: they were written long before the end.
  const std::string dir = Temp("report_speak_killed");
  std::filesystem::remove_all(dir);
  const std::string out = Temp("report_speak_killed.jsonl");
  std::filesystem::remove(out);
  pid_t pid = StartKhulasa({"batch", input, "-o", out, "--speak", dir, "--jobs",
                            "2", "--bullets", "1"});
  ASSERT_GT(pid, 0);
  ASSERT_TRUE(KillNineWhen(
      pid, [&] { return Lines(ReadTestFile(out)).size() >= 3; }, 6000))
      << "no line came out before the run ended";
  const std::vector<std::string> kept = Lines(ReadTestFile(out));
  ASSERT_GE(kept.size(), 3u);
  ASSERT_LT(kept.size(), 12u);
  std::set<std::string> listed;
  for (size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(kept[i], expected_lines[i]) << "line " << i + 1;
    listed.insert(Json::parse(kept[i])["audio"].get<std::string>());
  }
  const std::set<std::string> spoken = AudioFiles(dir);
  size_t unlisted = 0;
  for (const std::string& name : listed) EXPECT_TRUE(spoken.contains(name));
  for (const std::string& name : spoken)
    unlisted += listed.contains(name) ? 0 : 1;
  // In flight: at most 2 records a job (the window of a --speak run).
  EXPECT_LE(unlisted, 4u) << kept.size() << " lines written";

  ProcessResult resumed =
      RunKhulasa({"batch", input, "-o", out, "--resume", "--speak", dir,
                  "--jobs", "2", "--bullets", "1"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_TRUE(ReadTestFile(out) == expected);
  EXPECT_EQ(AudioFiles(dir), AudioFiles(reference_dir));
}

void WriteGzip(const std::string& path, const std::string& data) {
  gzFile file = gzopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(gzwrite(file, data.data(), static_cast<unsigned>(data.size())),
            static_cast<int>(data.size()));
  ASSERT_EQ(gzclose(file), Z_OK);
}

TEST(BatchReportTest, ReadsAFolderOfGzippedPagesJsonAndText) {
  const std::string dir = Temp("report_folder");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir + "/2026");
  const std::string json_article = Example("heatwave.json");
  const std::string page =
      "<html><body><article><p>" +
      Json::parse(json_article)["text"].get<std::string>() +
      "</p></article></body></html>";
  WriteGzip(dir + "/2026/page.html.gz", page);
  WriteTempFile("report_folder/article.json", json_article);
  WriteTempFile("report_folder/scraped.txt", Example("solar_plant.txt"));
  WriteGzip(dir + "/scraped.txt.gz", Example("regional_summit.txt"));
  WriteTempFile("report_folder/torn.html.gz", "\x1f\x8b\x08 not really gzip");
  WriteTempFile("report_folder/notes.md", "not an article");
  ProcessResult run = RunKhulasa({"batch", dir});
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_NE(run.err.find("1 of 5 records failed"), std::string::npos)
      << run.err;
  std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 5u) << run.out;
  const std::string ids[] = {"2026/page.html.gz", "article.json", "scraped.txt",
                             "scraped.txt.gz", "torn.html.gz"};
  for (size_t i = 0; i < 5; ++i) {
    const Json result = Json::parse(lines[i]);
    EXPECT_EQ(result["id"], ids[i]);
    if (i < 4) {
      EXPECT_EQ(result["bullets"].size(), 3u) << lines[i];
    }
  }
  const Json torn = Json::parse(lines[4]);
  EXPECT_EQ(torn["error"]["code"], "DATA_LOSS");
  // The .json file is read as an article in JSON: its title comes along.
  EXPECT_EQ(Json::parse(lines[1])["title"], Json::parse(json_article)["title"]);
  // The gzipped page gives what the same page unzipped gives.
  const std::string plain = Temp("report_plain");
  std::filesystem::remove_all(plain);
  std::filesystem::create_directories(plain);
  WriteTempFile("report_plain/page.html", page);
  ProcessResult unzipped = RunKhulasa({"batch", plain});
  ASSERT_EQ(unzipped.exit_code, 0) << unzipped.err;
  Json expected = Json::parse(Lines(unzipped.out).at(0));
  expected["id"] = ids[0];
  EXPECT_EQ(Json::parse(lines[0]), expected);
}

}  // namespace
}  // namespace khulasa::testing
