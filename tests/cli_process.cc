#include "tests/cli_process.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::testing {
namespace {

std::string Quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

// The build defines these as fallbacks for when the environment is not
// passed through (running the test binary by hand).
#ifndef KHULASA_TEST_BINARY_DIR
#define KHULASA_TEST_BINARY_DIR ""
#endif
#ifndef KHULASA_TEST_SOURCE_DIR
#define KHULASA_TEST_SOURCE_DIR ""
#endif

std::string KhulasaBinary() {
  const char* dir = std::getenv("KHULASA_BINARY_DIR");
  std::string base = dir != nullptr ? dir : KHULASA_TEST_BINARY_DIR;
  if (base.empty()) return "";
  return base + "/tools/khulasa/khulasa";
}

std::string SourceDir() {
  const char* dir = std::getenv("KHULASA_SOURCE_DIR");
  return dir != nullptr ? dir : KHULASA_TEST_SOURCE_DIR;
}

ProcessResult RunKhulasa(const std::vector<std::string>& args,
                         const std::string& stdin_path) {
  const std::string temp = ::testing::TempDir();
  static int run = 0;
  const std::string base = temp + "/khulasa_run_" + std::to_string(++run);
  // Appended piece by piece: GCC 12's -Wrestrict misfires on `s += " " +
  // x` once inlined (a false positive, GCC bug 105329).
  std::string command = Quote(KhulasaBinary());
  for (const std::string& arg : args) command.append(" ").append(Quote(arg));
  command.append(" < ").append(
      Quote(stdin_path.empty() ? "/dev/null" : stdin_path));
  command.append(" > ").append(Quote(base + ".out"));
  command.append(" 2> ").append(Quote(base + ".err"));
  int status = std::system(command.c_str());
  ProcessResult result;
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  result.out = ReadTestFile(base + ".out");
  result.err = ReadTestFile(base + ".err");
  return result;
}

std::string ReadTestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

std::string WriteTempFile(const std::string& name, const std::string& data) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  return path;
}

}  // namespace khulasa::testing
