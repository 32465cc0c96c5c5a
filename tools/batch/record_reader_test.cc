#include "tools/batch/record_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace khulasa::batch {
namespace {

std::string WriteFile(const std::string& path, const std::string& data) {
  std::filesystem::create_directories(
      std::filesystem::path(path).parent_path());
  std::FILE* file = std::fopen(path.c_str(), "wb");
  std::fwrite(data.data(), 1, data.size(), file);
  std::fclose(file);
  return path;
}

std::vector<Record> ReadAll(RecordReader& reader) {
  std::vector<Record> records;
  for (;;) {
    Record record;
    absl::StatusOr<bool> got = reader.Next(&record);
    EXPECT_TRUE(got.ok()) << got.status();
    if (!got.ok() || !*got) return records;
    records.push_back(record);
  }
}

TEST(JsonLinesReaderTest, SkipsBlankLinesAndNumbersTheRest) {
  const std::string path =
      WriteFile(::testing::TempDir() + "/lines.jsonl",
                "{\"a\":1}\r\n\n  \t\r\n{\"b\":2}\n{\"c\":3}");
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(path, {.count_total = true});
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->total(), 3u);
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 3u);
  const struct {
    uint64_t line;
    std::string bytes;
  } expected[] = {{1, "{\"a\":1}"}, {4, "{\"b\":2}"}, {5, "{\"c\":3}"}};
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i].index, i);
    EXPECT_EQ(records[i].line, expected[i].line);
    EXPECT_EQ(records[i].bytes, expected[i].bytes);
    EXPECT_EQ(records[i].kind, RecordKind::kJsonLine);
    EXPECT_TRUE(records[i].status.ok());
  }
}

TEST(JsonLinesReaderTest, ReportsAnOverlongLineAndGoesOn) {
  // Longer than the limit and longer than one 1 MiB read chunk.
  const std::string path =
      WriteFile(::testing::TempDir() + "/long.jsonl",
                "{\"a\":1}\n" + std::string(3u << 20, 'x') + "\n{\"b\":2}\n");
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(path, {.max_record_bytes = 1000});
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->total(), std::nullopt);  // not counted unless asked
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(records[1].status.message(), "line 2 is longer than 1000 bytes");
  EXPECT_TRUE(records[1].bytes.empty());
  EXPECT_EQ(records[2].bytes, "{\"b\":2}");
  EXPECT_EQ(records[2].line, 3u);
}

TEST(JsonLinesReaderTest, SkipPassesOverRecordsNotBlankLines) {
  const std::string path =
      WriteFile(::testing::TempDir() + "/skip.jsonl", "1\n\n2\n3\n\n4\n");
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(path, {});
  ASSERT_TRUE(reader.ok());
  for (int i = 0; i < 2; ++i) {
    absl::StatusOr<bool> skipped = (*reader)->Skip();
    ASSERT_TRUE(skipped.ok() && *skipped);
  }
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].bytes, "3");
  EXPECT_EQ(records[1].bytes, "4");
  EXPECT_EQ(records[1].line, 6u);
  absl::StatusOr<bool> past_end = (*reader)->Skip();
  ASSERT_TRUE(past_end.ok());
  EXPECT_FALSE(*past_end);
}

TEST(JsonLinesReaderTest, ReadsAnEmptyStream) {
  const std::string path = WriteFile(::testing::TempDir() + "/none.jsonl", "");
  int fd = ::open(path.c_str(), O_RDONLY);
  std::unique_ptr<RecordReader> reader = NewJsonLinesReader(fd, {});
  EXPECT_TRUE(ReadAll(*reader).empty());
  ::close(fd);
}

TEST(DirectoryReaderTest, ReadsArticleFilesSortedWithTheirFormat) {
  const std::string root = ::testing::TempDir() + "/articles";
  std::filesystem::remove_all(root);
  WriteFile(root + "/b.txt", "text b");
  WriteFile(root + "/a/page.HTML", "<p>html</p>");
  WriteFile(root + "/a/notes.md", "not an article");
  WriteFile(root + "/c.htm", "<p>htm</p>");
  WriteFile(root + "/d.txt", std::string(2000, 'x'));
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(root, {.max_record_bytes = 1000});
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->total(), 4u);
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 4u);
  const struct {
    std::string id;
    InputFormat format;
    std::string bytes;
  } expected[] = {{"a/page.HTML", InputFormat::kHtml, "<p>html</p>"},
                  {"b.txt", InputFormat::kAuto, "text b"},
                  {"c.htm", InputFormat::kHtml, "<p>htm</p>"},
                  {"d.txt", InputFormat::kAuto, ""}};
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i].kind, RecordKind::kFile);
    EXPECT_EQ(records[i].id, expected[i].id);
    EXPECT_EQ(records[i].format, expected[i].format) << expected[i].id;
    EXPECT_EQ(records[i].bytes, expected[i].bytes);
  }
  EXPECT_EQ(records[3].status.code(), absl::StatusCode::kResourceExhausted);
}

TEST(DirectoryReaderTest, FormatFlagOverridesTheExtension) {
  const std::string root = ::testing::TempDir() + "/scraped";
  std::filesystem::remove_all(root);
  WriteFile(root + "/x.html", "date 2024-01-01 - a");
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(root, {.file_format = InputFormat::kScraped});
  ASSERT_TRUE(reader.ok());
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].format, InputFormat::kScraped);
}

TEST(RecordReaderTest, MissingInputIsNotFound) {
  EXPECT_EQ(OpenRecordReader(::testing::TempDir() + "/missing.jsonl", {})
                .status()
                .code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace khulasa::batch
