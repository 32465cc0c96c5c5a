// Runs the built khulasa binary from a test and captures what it printed:
// the helper every CLI test uses (tests/*_cli_test.cc).
#ifndef KHULASA_TESTS_CLI_PROCESS_H_
#define KHULASA_TESTS_CLI_PROCESS_H_

#include <string>
#include <vector>

namespace khulasa::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;     // stdout
  std::string err;     // stderr
};

// $KHULASA_BINARY_DIR/tools/khulasa/khulasa (the build's own binary
// folder when the variable is unset), or "" when neither is known.
std::string KhulasaBinary();

// $KHULASA_SOURCE_DIR, else the source folder the test was built from.
std::string SourceDir();

// Runs `KhulasaBinary() args...` through /bin/sh with stdin from
// `stdin_path` ("" = /dev/null). Arguments are single-quoted, so any bytes
// except NUL pass through unchanged.
ProcessResult RunKhulasa(const std::vector<std::string>& args,
                         const std::string& stdin_path = "");

// Reads a whole file ("" when it cannot be read).
std::string ReadTestFile(const std::string& path);

// Writes `data` to a fresh file in the test temp folder and returns its path.
std::string WriteTempFile(const std::string& name, const std::string& data);

}  // namespace khulasa::testing

#endif  // KHULASA_TESTS_CLI_PROCESS_H_
