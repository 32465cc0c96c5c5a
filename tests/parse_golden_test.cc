// Golden test for `khulasa parse`: each tests/golden/parse/<case>.in.txt is
// parsed by the built binary (with the flags in <case>.args, if present) and
// stdout must equal <case>.out.json byte for byte.
// KHULASA_UPDATE_GOLDEN=1 rewrites the .out.json files instead.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "tests/cli_process.h"

namespace khulasa::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kInSuffix[] = ".in.txt";

std::vector<std::string> SplitArgs(const std::string& line) {
  std::vector<std::string> args;
  std::istringstream in(line);
  std::string arg;
  while (in >> arg) args.push_back(arg);
  return args;
}

TEST(ParseGoldenTest, OutputMatchesGoldenFiles) {
  const std::string source = SourceDir();
  if (source.empty() || KhulasaBinary().empty()) {
    GTEST_SKIP() << "KHULASA_SOURCE_DIR / KHULASA_BINARY_DIR not set; run "
                    "through ctest";
  }
  const fs::path dir = fs::path(source) / "tests/golden/parse";
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > sizeof(kInSuffix) - 1 &&
        name.compare(name.size() - (sizeof(kInSuffix) - 1), std::string::npos,
                     kInSuffix) == 0) {
      inputs.push_back(entry.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  ASSERT_FALSE(inputs.empty()) << "no golden inputs in " << dir;
  const bool update = std::getenv("KHULASA_UPDATE_GOLDEN") != nullptr &&
                      std::string(std::getenv("KHULASA_UPDATE_GOLDEN")) == "1";
  for (const fs::path& input : inputs) {
    std::string name = input.filename().string();
    const std::string stem =
        name.substr(0, name.size() - (sizeof(kInSuffix) - 1));
    const fs::path expected_path = dir / (stem + ".out.json");
    std::vector<std::string> args = {"parse", input.string()};
    std::vector<std::string> extra =
        SplitArgs(ReadTestFile((dir / (stem + ".args")).string()));
    args.insert(args.end(), extra.begin(), extra.end());
    ProcessResult run = RunKhulasa(args);
    ASSERT_EQ(run.exit_code, 0) << stem << ": " << run.err;
    if (update) {
      std::ofstream out(expected_path, std::ios::binary | std::ios::trunc);
      out << run.out;
      continue;
    }
    EXPECT_EQ(run.out, ReadTestFile(expected_path.string()))
        << "golden case " << stem << " differs; rerun with "
        << "KHULASA_UPDATE_GOLDEN=1 and review the diff";
  }
}

}  // namespace
}  // namespace khulasa::testing
