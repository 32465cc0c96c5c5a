#include "tools/batch/record_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
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

TEST(JsonLinesReaderTest, EveryLineIsARecordBlankOnesToo) {
  const std::string path =
      WriteFile(::testing::TempDir() + "/lines.jsonl",
                "{\"a\":1}\r\n\n  \t\r\n{\"b\":2}\n{\"c\":3}");
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(path, {.count_total = true});
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->total(), 5u);
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 5u);
  const std::string expected[] = {"{\"a\":1}", "", "  \t", "{\"b\":2}",
                                  "{\"c\":3}"};
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i].index, i);
    EXPECT_EQ(records[i].line, i + 1);
    EXPECT_EQ(records[i].bytes, expected[i]);
    EXPECT_EQ(records[i].kind, RecordKind::kJsonLine);
    EXPECT_TRUE(records[i].status.ok());
  }
  // The digest is the CRC-32 of the whole line, its CR included.
  EXPECT_EQ(records[1].digest, 0u);           // CRC-32 of nothing
  EXPECT_EQ(records[4].digest, 0x1EED9D4Du);  // of {"c":3}
  EXPECT_NE(records[0].digest, records[3].digest);
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
  // The digest covers the whole line, past the limit too.
  EXPECT_NE(records[1].digest, 0u);
  EXPECT_EQ(records[2].bytes, "{\"b\":2}");
  EXPECT_EQ(records[2].line, 3u);
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
  WriteFile(root + "/a/notes.md.gz", "not an article either");
  WriteFile(root + "/c.htm", "<p>htm</p>");
  WriteFile(root + "/d.txt", std::string(2000, 'x'));
  WriteFile(root + "/e.json", "{}");
  WriteFile(root + "/f.html.gz", "zipped");
  WriteFile(root + "/g.TXT.GZ", "bad zip");
  ReaderOptions options{.max_record_bytes = 1000};
  options.gunzip = [](std::string_view bytes,
                      size_t max_bytes) -> absl::StatusOr<std::string> {
    if (bytes != "zipped" || max_bytes != 1000) {
      return absl::DataLossError("corrupt gzip data");
    }
    return std::string("<p>unzipped</p>");
  };
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(root, options);
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->total(), 7u);
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 7u);
  const struct {
    std::string id;
    InputFormat format;
    std::string bytes;
    absl::StatusCode code;
  } expected[] = {
      {"a/page.HTML", InputFormat::kHtml, "<p>html</p>", absl::StatusCode::kOk},
      {"b.txt", InputFormat::kAuto, "text b", absl::StatusCode::kOk},
      {"c.htm", InputFormat::kHtml, "<p>htm</p>", absl::StatusCode::kOk},
      {"d.txt", InputFormat::kAuto, "", absl::StatusCode::kResourceExhausted},
      {"e.json", InputFormat::kJson, "{}", absl::StatusCode::kOk},
      {"f.html.gz", InputFormat::kHtml, "<p>unzipped</p>",
       absl::StatusCode::kOk},
      {"g.TXT.GZ", InputFormat::kAuto, "", absl::StatusCode::kDataLoss},
  };
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i].kind, RecordKind::kFile);
    EXPECT_EQ(records[i].index, i);
    EXPECT_EQ(records[i].line, 0u);
    EXPECT_EQ(records[i].id, expected[i].id);
    EXPECT_EQ(records[i].format, expected[i].format) << expected[i].id;
    EXPECT_EQ(records[i].bytes, expected[i].bytes) << expected[i].id;
    EXPECT_EQ(records[i].status.code(), expected[i].code) << expected[i].id;
  }
  EXPECT_EQ(records[6].status.message(), "g.TXT.GZ: corrupt gzip data");
  // The digest covers the path as well as the bytes.
  EXPECT_NE(records[0].digest, records[1].digest);
}

TEST(DirectoryReaderTest, GzipFilesAreErrorsWithoutAGunzip) {
  const std::string root = ::testing::TempDir() + "/gzipped";
  std::filesystem::remove_all(root);
  WriteFile(root + "/a.html.gz", "zipped");
  absl::StatusOr<std::unique_ptr<RecordReader>> reader =
      OpenRecordReader(root, {});
  ASSERT_TRUE(reader.ok());
  std::vector<Record> records = ReadAll(**reader);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status.code(), absl::StatusCode::kUnimplemented);
  EXPECT_TRUE(records[0].bytes.empty());
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
