#include "src/base/file_reader.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::base {
namespace {

std::string TempPath(const char* name) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir ? dir : "/tmp") + "/khulasa_" + name + "_" +
         std::to_string(::getpid());
}

TEST(FileReaderTest, RoundTripsThroughAtomicWrite) {
  std::string path = TempPath("roundtrip");
  ASSERT_TRUE(WriteFileAtomically(path, "abc\n").ok());
  auto data = ReadFileOrStdin(path, 100);
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(*data, "abc\n");
  ::unlink(path.c_str());
}

TEST(FileReaderTest, MissingFileIsNotFound) {
  auto data = ReadFileOrStdin("/nonexistent/khulasa/file.txt", 100);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(data.status().message().find("/nonexistent/khulasa/file.txt"),
            std::string::npos);
}

TEST(FileReaderTest, RefusesFilesOverTheLimit) {
  std::string path = TempPath("big");
  ASSERT_TRUE(WriteFileAtomically(path, std::string(101, 'x')).ok());
  EXPECT_EQ(ReadFileOrStdin(path, 100).status().code(),
            absl::StatusCode::kResourceExhausted);
  EXPECT_TRUE(ReadFileOrStdin(path, 101).ok());
  ::unlink(path.c_str());
}

TEST(FileReaderTest, WriteIntoMissingFolderFails) {
  EXPECT_FALSE(WriteFileAtomically("/nonexistent/khulasa/out.txt", "x").ok());
}

}  // namespace
}  // namespace khulasa::base
