#include "src/base/file_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::base {
namespace {

absl::Status ErrnoStatus(std::string_view what, std::string_view path) {
  int err = errno;
  std::string message =
      std::string(what) + " " + std::string(path) + ": " + std::strerror(err);
  if (err == ENOENT) return absl::NotFoundError(message);
  return absl::UnavailableError(message);
}

}  // namespace

absl::StatusOr<std::string> ReadFileOrStdin(std::string_view path,
                                            size_t max_bytes) {
  const bool is_stdin = path == "-";
  const std::string name(is_stdin ? "<stdin>" : path);
  int fd = is_stdin ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open", name);
  std::string data;
  char buffer[1 << 16];
  absl::Status status;
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof(buffer));
    if (n < 0) {
      if (errno == EINTR) continue;
      status = ErrnoStatus("cannot read", name);
      break;
    }
    if (n == 0) break;
    if (data.size() + static_cast<size_t>(n) > max_bytes) {
      status = absl::ResourceExhaustedError(
          absl::StrCat(name, " is larger than the limit of ", max_bytes,
                       " bytes; split the input or raise the limit"));
      break;
    }
    data.append(buffer, static_cast<size_t>(n));
  }
  if (!is_stdin) ::close(fd);
  if (!status.ok()) return status;
  return data;
}

absl::Status WriteFileAtomically(std::string_view path, std::string_view data) {
  const std::string target(path);
  const std::string temp = target + ".tmp." + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus("cannot create", temp);
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      absl::Status status = ErrnoStatus("cannot write", temp);
      ::close(fd);
      ::unlink(temp.c_str());
      return status;
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    absl::Status status = ErrnoStatus("cannot flush", temp);
    ::unlink(temp.c_str());
    return status;
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    absl::Status status = ErrnoStatus("cannot rename into", target);
    ::unlink(temp.c_str());
    return status;
  }
  return absl::OkStatus();
}

}  // namespace khulasa::base
