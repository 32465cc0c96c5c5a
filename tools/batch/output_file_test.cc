#include "tools/batch/output_file.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace khulasa::batch {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream data;
  data << in.rdbuf();
  return data.str();
}

void Spill(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

TEST(OutputFileTest, WritesLinesAndEmptiesAnOldFileWithoutResume) {
  const std::string path = ::testing::TempDir() + "/fresh.jsonl";
  Spill(path, "old\nlines\n");
  {
    absl::StatusOr<std::unique_ptr<OutputFile>> out =
        OutputFile::Open(path, false);
    ASSERT_TRUE(out.ok()) << out.status();
    EXPECT_EQ((*out)->existing_lines(), 0u);
    ASSERT_TRUE((*out)->Append("{\"id\":1}").ok());
    ASSERT_TRUE((*out)->Append("{\"id\":2}").ok());
    ASSERT_TRUE((*out)->Flush(true).ok());
  }
  EXPECT_EQ(Slurp(path), "{\"id\":1}\n{\"id\":2}\n");
}

TEST(OutputFileTest, ResumeKeepsCompleteLinesAndCutsATornOne) {
  const struct {
    std::string before;
    uint64_t lines;
    std::string kept;
  } cases[] = {
      {"", 0, ""},
      {"a\nb\n", 2, "a\nb\n"},
      {"a\nb\n{\"id\":3,\"ti", 2, "a\nb\n"},
      {"{\"torn", 0, ""},
  };
  for (const auto& c : cases) {
    const std::string path = ::testing::TempDir() + "/resume.jsonl";
    Spill(path, c.before);
    {
      absl::StatusOr<std::unique_ptr<OutputFile>> out =
          OutputFile::Open(path, true);
      ASSERT_TRUE(out.ok()) << out.status();
      EXPECT_EQ((*out)->existing_lines(), c.lines) << "before: " << c.before;
      ASSERT_TRUE((*out)->Append("next").ok());
    }  // the destructor flushes
    EXPECT_EQ(Slurp(path), c.kept + "next\n") << "before: " << c.before;
  }
}

TEST(OutputFileTest, ResumeStartsAMissingFile) {
  const std::string path = ::testing::TempDir() + "/new_resume.jsonl";
  std::remove(path.c_str());
  absl::StatusOr<std::unique_ptr<OutputFile>> out =
      OutputFile::Open(path, true);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ((*out)->existing_lines(), 0u);
}

TEST(OutputFileTest, ResumeNeedsAFile) {
  EXPECT_EQ(OutputFile::Open("-", true).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(OutputFileTest, UnwritableFolderIsAnError) {
  EXPECT_FALSE(OutputFile::Open("/nonexistent-dir/x.jsonl", false).ok());
}

}  // namespace
}  // namespace khulasa::batch
