#include "tools/batch/record_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::batch {
namespace {

constexpr size_t kChunkBytes = size_t{1} << 20;

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

std::string ErrnoText() { return std::string(std::strerror(errno)); }

// Reads one chunk, retrying on EINTR. Returns bytes read (0 at the end).
absl::StatusOr<size_t> ReadChunk(int fd, char* data, size_t size) {
  for (;;) {
    ssize_t n = ::read(fd, data, size);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR) {
      return absl::InternalError("cannot read the input: " + ErrnoText());
    }
  }
}

// Counts non-blank lines of the file at `path` in one pass of bounded
// memory; nullopt when it cannot be read.
std::optional<uint64_t> CountNonBlankLines(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::vector<char> chunk(kChunkBytes);
  uint64_t count = 0;
  bool line_has_text = false;
  for (;;) {
    absl::StatusOr<size_t> n = ReadChunk(fd, chunk.data(), chunk.size());
    if (!n.ok()) {
      ::close(fd);
      return std::nullopt;
    }
    if (*n == 0) break;
    for (size_t i = 0; i < *n; ++i) {
      char c = chunk[i];
      if (c == '\n') {
        if (line_has_text) ++count;
        line_has_text = false;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        line_has_text = true;
      }
    }
  }
  ::close(fd);
  if (line_has_text) ++count;
  return count;
}

class JsonLinesReader : public RecordReader {
 public:
  JsonLinesReader(int fd, bool owns_fd, const ReaderOptions& options,
                  std::optional<uint64_t> total)
      : fd_(fd),
        owns_fd_(owns_fd),
        options_(options),
        total_(total),
        chunk_(kChunkBytes) {}
  ~JsonLinesReader() override {
    if (owns_fd_) ::close(fd_);
  }
  JsonLinesReader(const JsonLinesReader&) = delete;
  JsonLinesReader& operator=(const JsonLinesReader&) = delete;

  absl::StatusOr<bool> Next(Record* record) override {
    return NextLine(record);
  }
  absl::StatusOr<bool> Skip() override { return NextLine(nullptr); }
  std::optional<uint64_t> total() const override { return total_; }

 private:
  // Reads lines until a non-blank one; fills `record` unless null.
  absl::StatusOr<bool> NextLine(Record* record) {
    for (;;) {
      bool too_long = false;
      absl::StatusOr<bool> got = ReadLine(&too_long);
      if (!got.ok() || !*got) return got;
      ++line_number_;
      if (!too_long && IsBlank(line_)) continue;
      if (record != nullptr) {
        record->index = next_index_;
        record->line = line_number_;
        record->kind = RecordKind::kJsonLine;
        record->id.clear();
        record->format = InputFormat::kAuto;
        record->status = absl::OkStatus();
        if (too_long) {
          record->bytes.clear();
          record->status = absl::ResourceExhaustedError(
              absl::StrCat("line ", line_number_, " is longer than ",
                           options_.max_record_bytes, " bytes"));
        } else {
          if (!line_.empty() && line_.back() == '\r') line_.pop_back();
          record->bytes.swap(line_);
        }
      }
      ++next_index_;
      return true;
    }
  }

  // Reads the next line (without its '\n') into line_; past the size limit
  // the rest of the line is dropped and *too_long set. False at the end.
  absl::StatusOr<bool> ReadLine(bool* too_long) {
    line_.clear();
    bool any = false;
    for (;;) {
      if (pos_ == end_) {
        if (eof_) return any;
        absl::StatusOr<size_t> n = ReadChunk(fd_, chunk_.data(), chunk_.size());
        if (!n.ok()) return n.status();
        pos_ = 0;
        end_ = *n;
        if (end_ == 0) {
          eof_ = true;
          return any;
        }
      }
      any = true;
      const char* begin = chunk_.data() + pos_;
      const char* newline =
          static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
      size_t length = newline == nullptr ? end_ - pos_
                                         : static_cast<size_t>(newline - begin);
      if (!*too_long) {
        if (line_.size() + length > options_.max_record_bytes) {
          *too_long = true;
          line_.clear();
          line_.shrink_to_fit();
        } else {
          line_.append(begin, length);
        }
      }
      pos_ += length;
      if (newline != nullptr) {
        ++pos_;
        return true;
      }
    }
  }

  int fd_;
  bool owns_fd_;
  ReaderOptions options_;
  std::optional<uint64_t> total_;
  std::vector<char> chunk_;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  std::string line_;
  uint64_t line_number_ = 0;
  uint64_t next_index_ = 0;
};

std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

class DirectoryReader : public RecordReader {
 public:
  DirectoryReader(std::filesystem::path root, std::vector<std::string> files,
                  const ReaderOptions& options)
      : root_(std::move(root)), files_(std::move(files)), options_(options) {}

  absl::StatusOr<bool> Next(Record* record) override {
    if (next_ == files_.size()) return false;
    const std::string& name = files_[next_];
    record->index = next_;
    record->line = 0;
    record->kind = RecordKind::kFile;
    record->id = name;
    record->format = options_.file_format;
    if (record->format == InputFormat::kAuto) {
      std::string extension =
          AsciiLower(std::filesystem::path(name).extension().string());
      if (extension == ".html" || extension == ".htm") {
        record->format = InputFormat::kHtml;
      }
    }
    record->bytes.clear();
    record->status = ReadFile(root_ / name, &record->bytes);
    ++next_;
    return true;
  }
  absl::StatusOr<bool> Skip() override {
    if (next_ == files_.size()) return false;
    ++next_;
    return true;
  }
  std::optional<uint64_t> total() const override { return files_.size(); }

 private:
  absl::Status ReadFile(const std::filesystem::path& path,
                        std::string* bytes) const {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      return absl::NotFoundError("cannot open " + path.string() + ": " +
                                 ErrnoText());
    }
    std::vector<char> chunk(64 * 1024);
    absl::Status status;
    for (;;) {
      absl::StatusOr<size_t> n = ReadChunk(fd, chunk.data(), chunk.size());
      if (!n.ok()) {
        status = n.status();
        break;
      }
      if (*n == 0) break;
      if (bytes->size() + *n > options_.max_record_bytes) {
        bytes->clear();
        status = absl::ResourceExhaustedError(
            absl::StrCat(path.string(), " is larger than ",
                         options_.max_record_bytes, " bytes"));
        break;
      }
      bytes->append(chunk.data(), *n);
    }
    ::close(fd);
    return status;
  }

  std::filesystem::path root_;
  std::vector<std::string> files_;
  ReaderOptions options_;
  size_t next_ = 0;
};

absl::StatusOr<std::unique_ptr<RecordReader>> OpenDirectory(
    const std::filesystem::path& root, const ReaderOptions& options) {
  std::vector<std::string> files;
  std::error_code error;
  std::filesystem::recursive_directory_iterator it(
      root, std::filesystem::directory_options::skip_permission_denied, error);
  for (; !error && it != std::filesystem::recursive_directory_iterator();
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::string extension = AsciiLower(it->path().extension().string());
    if (extension != ".txt" && extension != ".html" && extension != ".htm") {
      continue;
    }
    files.push_back(it->path().lexically_relative(root).generic_string());
  }
  if (error) {
    return absl::InternalError("cannot list " + root.string() + ": " +
                               error.message());
  }
  std::sort(files.begin(), files.end());
  return std::make_unique<DirectoryReader>(root, std::move(files), options);
}

}  // namespace

std::unique_ptr<RecordReader> NewJsonLinesReader(int fd,
                                                 const ReaderOptions& options) {
  return std::make_unique<JsonLinesReader>(fd, false, options, std::nullopt);
}

absl::StatusOr<std::unique_ptr<RecordReader>> OpenRecordReader(
    const std::string& path, const ReaderOptions& options) {
  if (path == "-") {
    return std::make_unique<JsonLinesReader>(STDIN_FILENO, false, options,
                                             std::nullopt);
  }
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    return absl::NotFoundError("cannot open " + path + ": " + ErrnoText());
  }
  if (S_ISDIR(info.st_mode)) return OpenDirectory(path, options);
  std::optional<uint64_t> total;
  if (options.count_total && S_ISREG(info.st_mode)) {
    total = CountNonBlankLines(path);
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return absl::NotFoundError("cannot open " + path + ": " + ErrnoText());
  }
  return std::make_unique<JsonLinesReader>(fd, true, options, total);
}

}  // namespace khulasa::batch
