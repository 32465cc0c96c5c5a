// `khulasa batch` under a full disk (docs/reliability.md, "Faults"): a
// file-size limit, /dev/full, and a real full tmpfs where mounting one is
// permitted. The run stops with a clear error (exit 1), and --resume then
// finishes the output with every record exactly once, byte for byte what
// an undisturbed run writes. (Kill -9 and --resume: tests/batch_cli_test.cc.)
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

#include "tests/cli_process.h"
#include "tests/faults_process.h"

namespace khulasa::testing {
namespace {

using Json = nlohmann::json;

constexpr int kRecords = 240;

class BatchFaultsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(::testing::TempDir() + "khulasa_faults_batch_" +
                           std::to_string(getpid()));
    std::filesystem::remove_all(*dir_);
    std::filesystem::create_directories(*dir_);
    std::string archive;
    const std::string examples[] = {"heatwave.txt", "solar_plant.txt",
                                    "regional_summit.txt"};
    for (int i = 0; i < kRecords; ++i) {
      Json record;
      record["id"] = i;
      record["scraped"] =
          ReadTestFile(SourceDir() + "/examples/" + examples[i % 3]);
      archive += record.dump() + "\n";
    }
    input_ = new std::string(WriteTempFile(
        "khulasa_faults_batch_input_" + std::to_string(getpid()) + ".jsonl",
        archive));
    const std::string reference = *dir_ + "/reference.jsonl";
    ProcessResult run =
        RunKhulasa({"batch", *input_, "-o", reference, "--jobs", "2"});
    expected_ = new std::string(run.exit_code == 0 ? ReadTestFile(reference)
                                                   : std::string());
  }

  void SetUp() override {
    ASSERT_FALSE(expected_->empty()) << "the undisturbed batch run failed";
  }

  // Checks that `output` holds exactly the undisturbed run's lines once
  // resumed, and that the part written before the fault was kept as is.
  void ExpectResumeCompletes(const std::string& output) {
    const std::string partial = ReadTestFile(output);
    const size_t complete = partial.rfind('\n');
    const std::string kept =
        complete == std::string::npos ? "" : partial.substr(0, complete + 1);
    EXPECT_LT(kept.size(), expected_->size()) << "the fault never struck";
    // What the killed run wrote in full is a prefix of the right output.
    EXPECT_TRUE(expected_->compare(0, kept.size(), kept) == 0);
    ProcessResult resumed =
        RunKhulasa({"batch", *input_, "-o", output, "--resume", "--jobs", "2"});
    ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
    const std::string got = ReadTestFile(output);
    EXPECT_TRUE(got == *expected_) << "resumed output differs";
    size_t line = 0;
    for (size_t at = 0; at < got.size(); ++line) {
      size_t end = got.find('\n', at);
      ASSERT_NE(end, std::string::npos) << "torn last line";
      EXPECT_EQ(Json::parse(got.substr(at, end - at))["id"], line);
      at = end + 1;
    }
    EXPECT_EQ(line, static_cast<size_t>(kRecords));
  }

  static std::string* dir_;
  static std::string* input_;
  static std::string* expected_;
};

std::string* BatchFaultsTest::dir_ = nullptr;
std::string* BatchFaultsTest::input_ = nullptr;
std::string* BatchFaultsTest::expected_ = nullptr;

TEST_F(BatchFaultsTest, FileSizeLimitStopsWithAClearErrorAndResumes) {
  const std::string output = *dir_ + "/limited.jsonl";
  ChildOptions options;
  options.file_size_limit = static_cast<int64_t>(expected_->size() / 3);
  ChildResult run =
      RunChild({KhulasaBinary(), "batch", *input_, "-o", output, "--jobs", "2"},
               options);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.rfind("khulasa: cannot write the output", 0), 0u)
      << run.err;
  EXPECT_NE(run.err.find("File too large"), std::string::npos) << run.err;
  ExpectResumeCompletes(output);
}

TEST_F(BatchFaultsTest, DevFullIsAClearError) {
  ProcessResult run =
      RunKhulasa({"batch", *input_, "-o", "/dev/full", "--jobs", "2"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.rfind("khulasa: cannot write the output", 0), 0u)
      << run.err;
  EXPECT_NE(run.err.find("No space left on device"), std::string::npos)
      << run.err;
  // --resume needs a file it can read back: /dev/full is refused, not read
  // forever.
  ProcessResult resume = RunKhulasa(
      {"batch", *input_, "-o", "/dev/full", "--resume", "--jobs", "2"});
  EXPECT_EQ(resume.exit_code, 1) << resume.err;
  EXPECT_NE(resume.err.find("regular output file"), std::string::npos)
      << resume.err;
}

TEST_F(BatchFaultsTest, FullTmpfsStopsWithAClearErrorAndResumes) {
  const std::string mount = *dir_ + "/mnt";
  const std::string saved = *dir_ + "/tmpfs_saved.jsonl";
  std::filesystem::create_directories(mount);
  const std::string probe =
      "unshare -m --propagation private sh -c 'mount -t tmpfs -o size=64k "
      "tmpfs \"" +
      mount + "\"' >/dev/null 2>&1";
  if (std::system(probe.c_str()) != 0) {
    GTEST_SKIP() << "cannot mount a tmpfs here (needs root with "
                    "CAP_SYS_ADMIN and `unshare`); the file-size-limit test "
                    "covers the same failure path";
  }
  // tmpfs sizes are whole pages: about a third of the output fits.
  const size_t size = (expected_->size() / 3 + 4095) / 4096 * 4096;
  const std::string script =
      "mount -t tmpfs -o size=" + std::to_string(size) + " tmpfs '" + mount +
      "' || exit 99; '" + KhulasaBinary() + "' batch '" + *input_ + "' -o '" +
      mount + "/out.jsonl' --jobs 2; rc=$?; cp '" + mount + "/out.jsonl' '" +
      saved + "'; exit $rc";
  ChildResult run = RunChild({"/usr/bin/unshare", "-m", "--propagation",
                              "private", "/bin/sh", "-c", script});
  ASSERT_NE(run.exit_code, 99) << run.err;
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("khulasa: cannot write the output"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("No space left on device"), std::string::npos)
      << run.err;
  ExpectResumeCompletes(saved);
}

}  // namespace
}  // namespace khulasa::testing
