// Child processes for the fault tests (tests/faults_test.cc): run a program
// under a file-size limit or as an unprivileged user, stream its stdout,
// kill it. POSIX only.
#ifndef KHULASA_TESTS_FAULTS_PROCESS_H_
#define KHULASA_TESTS_FAULTS_PROCESS_H_

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace khulasa::testing {

struct ChildOptions {
  // When >= 0: RLIMIT_FSIZE in bytes, with SIGXFSZ ignored, so writes past
  // it fail with EFBIG the way they fail with ENOSPC on a full disk.
  int64_t file_size_limit = -1;
  // Run as user and group 65534 (nobody) when the test runs as root, so
  // that permission bits apply (root ignores them).
  bool unprivileged = false;
  // stderr goes to this file ("" = /dev/null).
  std::string stderr_path;
};

// A started child whose stdout is read through a pipe.
class Child {
 public:
  // Starts argv[0] (a path) with `argv`; pid() <= 0 on failure.
  Child(const std::vector<std::string>& argv, const ChildOptions& options);
  ~Child();  // kills (SIGKILL) and reaps a child still running
  Child(const Child&) = delete;  // owns a process and a pipe
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  // The next stdout line without '\n'; false at EOF or after `timeout_ms`.
  bool ReadLine(std::string* line, int timeout_ms);
  // Everything left on stdout until EOF.
  std::string ReadRest();
  // SIGKILL, then waits. Returns the raw wait status.
  int Kill();
  // Waits for the exit; the exit code, or -1 when killed by a signal.
  int Wait();

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string pending_;
  bool reaped_ = false;
};

struct ChildResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `argv` to the end (stderr captured through a temp file).
ChildResult RunChild(const std::vector<std::string>& argv,
                     ChildOptions options = {});

// True when the test runs as root.
bool RunningAsRoot();

}  // namespace khulasa::testing

#endif  // KHULASA_TESTS_FAULTS_PROCESS_H_
