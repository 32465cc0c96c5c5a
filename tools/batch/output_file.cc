#include "tools/batch/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"

namespace khulasa::batch {
namespace {

constexpr size_t kBufferBytes = size_t{1} << 20;

absl::Status ErrnoStatus(const std::string& what) {
  return absl::InternalError(what + ": " + std::strerror(errno));
}

absl::Status WriteAllBytes(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus("cannot write the output");
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return absl::OkStatus();
}

// Counts the complete lines of the open file and returns the offset just past
// the last '\n' (0 when there is none).
absl::StatusOr<off_t> FindLastNewline(int fd, uint64_t* lines) {
  std::vector<char> chunk(kBufferBytes);
  off_t offset = 0;
  off_t end_of_last_line = 0;
  *lines = 0;
  for (;;) {
    ssize_t n = ::pread(fd, chunk.data(), chunk.size(), offset);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus("cannot read the output to resume");
    }
    if (n == 0) break;
    for (ssize_t i = 0; i < n; ++i) {
      if (chunk[static_cast<size_t>(i)] == '\n') {
        *lines += 1;
        end_of_last_line = offset + i + 1;
      }
    }
    offset += n;
  }
  return end_of_last_line;
}

}  // namespace

absl::StatusOr<std::unique_ptr<OutputFile>> OutputFile::Open(
    const std::string& path, bool resume) {
  if (path == "-") {
    if (resume) {
      return absl::InvalidArgumentError(
          "--resume needs an output file (-o FILE), not stdout");
    }
    return std::unique_ptr<OutputFile>(new OutputFile(STDOUT_FILENO, false, 0));
  }
  int flags = O_RDWR | O_CREAT | O_CLOEXEC | (resume ? 0 : O_TRUNC);
  int fd = ::open(path.c_str(), flags, 0644);
  if (fd < 0) return ErrnoStatus("cannot open " + path);
  uint64_t lines = 0;
  struct stat info;
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  if (resume) {
    // Resuming reads the output back: a device such as /dev/full would
    // answer reads forever, and a pipe cannot be read back at all.
    if (!regular) {
      ::close(fd);
      return absl::InvalidArgumentError(
          "--resume needs a regular output file; " + path + " is not one");
    }
    absl::StatusOr<off_t> keep = FindLastNewline(fd, &lines);
    if (!keep.ok()) {
      ::close(fd);
      return keep.status();
    }
    // A torn last line (killed mid-write) is dropped; its record runs again.
    if (::ftruncate(fd, *keep) != 0 || ::lseek(fd, *keep, SEEK_SET) < 0) {
      absl::Status status = ErrnoStatus("cannot truncate " + path);
      ::close(fd);
      return status;
    }
  }
  std::unique_ptr<OutputFile> out(new OutputFile(fd, true, lines));
  out->regular_file_ = regular;
  return out;
}

OutputFile::OutputFile(int fd, bool owns_fd, uint64_t existing_lines)
    : fd_(fd), owns_fd_(owns_fd), existing_lines_(existing_lines) {
  buffer_.reserve(kBufferBytes);
}

OutputFile::~OutputFile() {
  // The status is dropped on purpose: callers that care call Flush() first.
  (void)Flush(false);
  if (owns_fd_) ::close(fd_);
}

absl::Status OutputFile::Append(std::string_view line) {
  buffer_.append(line.data(), line.size());
  buffer_.push_back('\n');
  if (buffer_.size() >= kBufferBytes) return Flush(false);
  return absl::OkStatus();
}

absl::Status OutputFile::Flush(bool sync) {
  absl::Status status = WriteAllBytes(fd_, buffer_);
  buffer_.clear();
  if (!status.ok()) return status;
  // stdout may be a pipe, where fsync fails with EINVAL: nothing to sync.
  if (sync && owns_fd_ && ::fsync(fd_) != 0) {
    return ErrnoStatus("cannot sync the output");
  }
  return absl::OkStatus();
}

}  // namespace khulasa::batch
