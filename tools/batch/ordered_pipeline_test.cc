#include "tools/batch/ordered_pipeline.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "tools/batch/record_reader.h"

namespace khulasa::batch {
namespace {

// A JSONL file of `count` small article records in the test temp folder.
std::string WriteArticles(const std::string& name, int count,
                          size_t padding = 0) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::FILE* file = std::fopen(path.c_str(), "wb");
  for (int i = 0; i < count; ++i) {
    std::string line = absl::StrCat(
        R"({"id": )", i, R"(, "title": "t)", i,
        R"(", "text": "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 )",
        std::string(padding, 'x'), R"( \u0625\u0646 )", i, R"(."})", "\n");
    std::fputs(line.c_str(), file);
  }
  std::fclose(file);
  return path;
}

// Real, cheap work: reads the record with the JSON article reader and
// reports its title, so the output says which record it came from.
RecordResult ParseOnly(const Record& record) {
  ReadOptions read;
  read.format = InputFormat::kJson;
  absl::StatusOr<Article> article = ReadArticle(record.bytes, read);
  if (!article.ok()) {
    return RecordResult{std::string(article.status().message()), true};
  }
  return RecordResult{article->title, false};
}

struct RunResult {
  absl::StatusOr<PipelineStats> stats;
  std::vector<uint64_t> indices;
  std::vector<std::string> lines;
};

RunResult RunOver(const std::string& path, const WorkFunction& work,
                  const PipelineOptions& options) {
  int fd = ::open(path.c_str(), O_RDONLY);
  std::unique_ptr<RecordReader> reader = NewJsonLinesReader(fd, {});
  RunResult run;
  run.stats = RunOrdered(
      *reader, work,
      [&](uint64_t index, const RecordResult& result) {
        run.indices.push_back(index);
        run.lines.push_back(result.line);
        return absl::OkStatus();
      },
      options);
  ::close(fd);
  return run;
}

TEST(OrderedPipelineTest, WritesResultsInInputOrderWhateverFinishesFirst) {
  const std::string path = WriteArticles("order.jsonl", 600);
  // Later records of each group of 7 finish first.
  WorkFunction work = [](const Record& record) {
    std::this_thread::sleep_for(
        std::chrono::microseconds(50 * (7 - record.index % 7)));
    return ParseOnly(record);
  };
  RunResult run = RunOver(path, work, {.jobs = 6, .window_records = 16});
  ASSERT_TRUE(run.stats.ok()) << run.stats.status();
  EXPECT_EQ(run.stats->records, 600u);
  EXPECT_EQ(run.stats->errors, 0u);
  ASSERT_EQ(run.lines.size(), 600u);
  for (size_t i = 0; i < run.lines.size(); ++i) {
    EXPECT_EQ(run.indices[i], i);
    EXPECT_EQ(run.lines[i], absl::StrCat("t", i)) << "record " << i;
  }
}

TEST(OrderedPipelineTest, KeepsAtMostTheWindowInFlight) {
  const std::string path = WriteArticles("window.jsonl", 400);
  std::atomic<uint64_t> started{0};
  std::atomic<uint64_t> written{0};
  std::atomic<uint64_t> most_in_flight{0};
  WorkFunction work = [&](const Record& record) {
    uint64_t in_flight = ++started - written.load();
    uint64_t seen = most_in_flight.load();
    while (in_flight > seen &&
           !most_in_flight.compare_exchange_weak(seen, in_flight)) {
    }
    return ParseOnly(record);
  };
  int fd = ::open(path.c_str(), O_RDONLY);
  std::unique_ptr<RecordReader> reader = NewJsonLinesReader(fd, {});
  absl::StatusOr<PipelineStats> stats =
      RunOrdered(*reader, work,
                 [&](uint64_t, const RecordResult&) {
                   // A slow writer: the workers would race ahead without the
                   // window.
                   std::this_thread::sleep_for(std::chrono::microseconds(100));
                   ++written;
                   return absl::OkStatus();
                 },
                 {.jobs = 4, .window_records = 8});
  ::close(fd);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->records, 400u);
  EXPECT_LE(most_in_flight.load(), 8u);
  EXPECT_GE(most_in_flight.load(), 2u);  // it did run in parallel
}

TEST(OrderedPipelineTest, LetsOneRecordThroughWhenItAloneFillsTheByteWindow) {
  const std::string path = WriteArticles("bytes.jsonl", 50, 4000);
  std::atomic<int> running{0};
  std::atomic<int> most_running{0};
  WorkFunction work = [&](const Record& record) {
    int now = ++running;
    int seen = most_running.load();
    while (now > seen && !most_running.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    --running;
    return ParseOnly(record);
  };
  RunResult run = RunOver(path, work, {.jobs = 4, .window_bytes = 1000});
  ASSERT_TRUE(run.stats.ok()) << run.stats.status();
  EXPECT_EQ(run.stats->records, 50u);
  EXPECT_EQ(most_running.load(), 1);
}

TEST(OrderedPipelineTest, CountsBadRecordsAndKeepsGoing) {
  std::string path = ::testing::TempDir() + "/bad.jsonl";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  std::fputs("{\"text\": \"\\u0642\\u0627\\u0644.\", \"title\": \"a\"}\n",
             file);
  std::fputs("{not json\n\n   \n", file);
  std::fputs("{\"text\": \"\"}\n", file);
  std::fputs("{\"text\": \"\\u0642\\u0627\\u0644.\", \"title\": \"b\"}", file);
  std::fclose(file);
  RunResult run = RunOver(path, ParseOnly, {.jobs = 2});
  ASSERT_TRUE(run.stats.ok()) << run.stats.status();
  EXPECT_EQ(run.stats->records, 6u);  // blank lines are records too
  EXPECT_EQ(run.stats->errors, 4u);
  ASSERT_EQ(run.lines.size(), 6u);
  EXPECT_EQ(run.lines[0], "a");
  EXPECT_EQ(run.lines[5], "b");
}

TEST(OrderedPipelineTest, SinkErrorStopsTheRunAndIsReturned) {
  const std::string path = WriteArticles("sink.jsonl", 1000);
  int fd = ::open(path.c_str(), O_RDONLY);
  std::unique_ptr<RecordReader> reader = NewJsonLinesReader(fd, {});
  uint64_t written = 0;
  absl::StatusOr<PipelineStats> stats =
      RunOrdered(*reader, ParseOnly,
                 [&](uint64_t index, const RecordResult&) {
                   if (index == 100) return absl::InternalError("disk full");
                   ++written;
                   return absl::OkStatus();
                 },
                 {.jobs = 3, .window_records = 10});
  ::close(fd);
  EXPECT_EQ(stats.status(), absl::InternalError("disk full"));
  EXPECT_EQ(written, 100u);
}

TEST(OrderedPipelineTest, EmptyInputWritesNothing) {
  const std::string path = WriteArticles("empty.jsonl", 0);
  RunResult run = RunOver(path, ParseOnly, {.jobs = 3});
  ASSERT_TRUE(run.stats.ok());
  EXPECT_EQ(run.stats->records, 0u);
  EXPECT_TRUE(run.lines.empty());
}

}  // namespace
}  // namespace khulasa::batch
