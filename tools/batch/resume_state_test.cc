#include "tools/batch/resume_state.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace khulasa::batch {
namespace {

std::string Path(const std::string& name) {
  return ::testing::TempDir() + "/" + name;
}

void WriteText(const std::string& path, const std::string& text) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  std::fwrite(text.data(), 1, text.size(), file);
  std::fclose(file);
}

TEST(InputFingerprintTest, DependsOnEveryDigestAndTheirOrder) {
  InputFingerprint ab, ba, a;
  ab.Add(1);
  ab.Add(2);
  ba.Add(2);
  ba.Add(1);
  a.Add(1);
  EXPECT_EQ(ab.records, 2u);
  EXPECT_NE(ab.chain, ba.chain);
  EXPECT_NE(ab.chain, a.chain);
  InputFingerprint again;
  again.Add(1);
  again.Add(2);
  EXPECT_EQ(again, ab);
}

TEST(ResumeStateTest, WritesReadsAndRemoves) {
  const std::string path = ResumeStatePath(Path("out.jsonl"));
  EXPECT_EQ(path, Path("out.jsonl.resume"));
  ASSERT_TRUE(RemoveResumeState(path).ok());
  absl::StatusOr<std::optional<InputFingerprint>> none = ReadResumeState(path);
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_FALSE(none->has_value());
  InputFingerprint fingerprint;
  for (uint32_t digest : {7u, 0xFFFFFFFFu, 0u}) fingerprint.Add(digest);
  ASSERT_TRUE(WriteResumeState(path, fingerprint).ok());
  absl::StatusOr<std::optional<InputFingerprint>> read = ReadResumeState(path);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_TRUE(read->has_value());
  EXPECT_EQ(**read, fingerprint);
  ASSERT_TRUE(RemoveResumeState(path).ok());
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_TRUE(RemoveResumeState(path).ok());  // already gone
}

TEST(ResumeStateTest, RefusesAFileItDidNotWrite) {
  const std::string path = Path("damaged.jsonl.resume");
  for (const std::string& text : std::vector<std::string>{
           "", "khulasa-batch-resume 1 records=3\n",
           "khulasa-batch-resume 2 records=3 chain=0000abcd\n",
           "khulasa-batch-resume 1 records=-3 chain=0000abcd\n",
           "khulasa-batch-resume 1 records=3 chain=abcd\n",
           "other 1 records=3 chain=0000abcd\n", std::string(5000, 'x')}) {
    WriteText(path, text);
    absl::StatusOr<std::optional<InputFingerprint>> read =
        ReadResumeState(path);
    EXPECT_FALSE(read.ok()) << "text: " << text;
    if (read.ok()) continue;
    if (text.size() < 4096) {
      EXPECT_EQ(read.status().code(), absl::StatusCode::kDataLoss)
          << "text: " << text;
      EXPECT_NE(read.status().message().find("delete it"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace khulasa::batch
