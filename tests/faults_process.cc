#include "tests/faults_process.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace khulasa::testing {
namespace {

constexpr uid_t kNobody = 65534;

[[noreturn]] void ExecChild(const std::vector<std::string>& argv,
                            const ChildOptions& options, int out_fd) {
  dup2(out_fd, STDOUT_FILENO);
  int err_fd = options.stderr_path.empty()
                   ? open("/dev/null", O_WRONLY)
                   : open(options.stderr_path.c_str(),
                          O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (err_fd >= 0) dup2(err_fd, STDERR_FILENO);
  int null_in = open("/dev/null", O_RDONLY);
  if (null_in >= 0) dup2(null_in, STDIN_FILENO);
  if (options.unprivileged && geteuid() == 0) {
    if (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 ||
        setuid(kNobody) != 0) {
      _exit(126);
    }
  }
  if (options.file_size_limit >= 0) {
    // Ignored signals stay ignored across exec: writes past the limit then
    // fail with EFBIG instead of killing the process.
    signal(SIGXFSZ, SIG_IGN);
    rlimit limit{static_cast<rlim_t>(options.file_size_limit),
                 static_cast<rlim_t>(options.file_size_limit)};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(126);
  }
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  execv(args[0], args.data());
  _exit(127);
}

}  // namespace

Child::Child(const std::vector<std::string>& argv,
             const ChildOptions& options) {
  int out[2];
  if (pipe(out) != 0) return;
  pid_ = fork();
  if (pid_ == 0) {
    close(out[0]);
    ExecChild(argv, options, out[1]);
  }
  close(out[1]);
  out_fd_ = out[0];
}

Child::~Child() {
  if (pid_ > 0 && !reaped_) Kill();
  if (out_fd_ >= 0) close(out_fd_);
}

bool Child::ReadLine(std::string* line, int timeout_ms) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    size_t newline = pending_.find('\n');
    if (newline != std::string::npos) {
      *line = pending_.substr(0, newline);
      pending_.erase(0, newline + 1);
      return true;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                          deadline - std::chrono::steady_clock::now())
                          .count();
    if (left <= 0 || out_fd_ < 0) return false;
    pollfd poll_fd{out_fd_, POLLIN, 0};
    if (poll(&poll_fd, 1, static_cast<int>(left)) <= 0) continue;
    char buffer[4096];
    ssize_t got = read(out_fd_, buffer, sizeof(buffer));
    if (got <= 0) return false;
    pending_.append(buffer, static_cast<size_t>(got));
  }
}

std::string Child::ReadRest() {
  std::string rest = std::move(pending_);
  pending_.clear();
  char buffer[4096];
  ssize_t got = 0;
  while (out_fd_ >= 0 && (got = read(out_fd_, buffer, sizeof(buffer))) > 0) {
    rest.append(buffer, static_cast<size_t>(got));
  }
  return rest;
}

int Child::Kill() {
  int status = 0;
  if (pid_ <= 0 || reaped_) return status;
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  reaped_ = true;
  return status;
}

int Child::Wait() {
  int status = 0;
  if (pid_ <= 0 || reaped_) return -1;
  waitpid(pid_, &status, 0);
  reaped_ = true;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

ChildResult RunChild(const std::vector<std::string>& argv,
                     ChildOptions options) {
  static int counter = 0;
  const std::string err_path = ::testing::TempDir() + "faults_child_err_" +
                               std::to_string(getpid()) + "_" +
                               std::to_string(++counter);
  if (options.stderr_path.empty()) options.stderr_path = err_path;
  ChildResult result;
  {
    Child child(argv, options);
    result.out = child.ReadRest();
    result.exit_code = child.Wait();
  }
  std::ifstream file(options.stderr_path, std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  result.err = bytes.str();
  if (options.stderr_path == err_path) std::remove(err_path.c_str());
  return result;
}

bool RunningAsRoot() { return geteuid() == 0; }

}  // namespace khulasa::testing
