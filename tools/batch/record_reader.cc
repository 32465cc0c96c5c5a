#include "tools/batch/record_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace khulasa::batch {
namespace {

constexpr size_t kChunkBytes = size_t{1} << 20;

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

// Counts the lines of the file at `path` (a last line without '\n'
// included) in one pass of bounded memory; nullopt when it cannot be read.
std::optional<uint64_t> CountLines(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::vector<char> chunk(kChunkBytes);
  uint64_t count = 0;
  bool open_line = false;
  for (;;) {
    absl::StatusOr<size_t> n = ReadChunk(fd, chunk.data(), chunk.size());
    if (!n.ok()) {
      ::close(fd);
      return std::nullopt;
    }
    if (*n == 0) break;
    const char* data = chunk.data();
    for (const char* end = data + *n;;) {
      const char* newline = static_cast<const char*>(
          std::memchr(data, '\n', static_cast<size_t>(end - data)));
      if (newline == nullptr) {
        open_line = data != end;
        break;
      }
      ++count;
      data = newline + 1;
      open_line = false;
    }
  }
  ::close(fd);
  return count + (open_line ? 1 : 0);
}

uint32_t Crc(uint32_t crc, std::string_view bytes) {
  // zlib takes at most 4 GiB per call; records are far smaller.
  return static_cast<uint32_t>(
      ::crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()),
              static_cast<uInt>(bytes.size())));
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
    bool too_long = false;
    absl::StatusOr<bool> got = ReadLine(&too_long);
    if (!got.ok() || !*got) return got;
    ++line_number_;
    record->index = next_index_++;
    record->line = line_number_;
    record->kind = RecordKind::kJsonLine;
    record->id.clear();
    record->format = InputFormat::kAuto;
    record->status = absl::OkStatus();
    record->digest = digest_;
    record->audio_name.clear();
    if (too_long) {
      record->bytes.clear();
      record->status = absl::ResourceExhaustedError(
          absl::StrCat("line ", line_number_, " is longer than ",
                       options_.max_record_bytes, " bytes"));
    } else {
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      record->bytes.swap(line_);
    }
    return true;
  }
  std::optional<uint64_t> total() const override { return total_; }

 private:
  // Reads the next line (without its '\n') into line_; past the size limit
  // the rest of the line is dropped and *too_long set. False at the end.
  absl::StatusOr<bool> ReadLine(bool* too_long) {
    line_.clear();
    digest_ = 0;
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
      digest_ = Crc(digest_, std::string_view(begin, length));
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
  uint32_t digest_ = 0;  // of the line ReadLine() read last
  uint64_t line_number_ = 0;
  uint64_t next_index_ = 0;
};

// What a folder's file holds, by its (lower-case) name.
struct FileType {
  bool article = false;  // .txt, .html, .htm or .json, possibly + .gz
  bool gzip = false;
  InputFormat format = InputFormat::kAuto;
};

FileType TypeOf(const std::string& name) {
  std::string lower = absl::AsciiStrToLower(name);
  FileType type;
  if (lower.size() > 3 && lower.ends_with(".gz")) {
    type.gzip = true;
    lower.resize(lower.size() - 3);
  }
  const std::string extension = std::filesystem::path(lower).extension();
  type.article = extension == ".txt" || extension == ".html" ||
                 extension == ".htm" || extension == ".json";
  if (extension == ".html" || extension == ".htm") {
    type.format = InputFormat::kHtml;
  } else if (extension == ".json") {
    type.format = InputFormat::kJson;
  }
  return type;
}

class DirectoryReader : public RecordReader {
 public:
  DirectoryReader(std::filesystem::path root, std::vector<std::string> files,
                  const ReaderOptions& options)
      : root_(std::move(root)), files_(std::move(files)), options_(options) {}

  absl::StatusOr<bool> Next(Record* record) override {
    if (next_ == files_.size()) return false;
    const std::string& name = files_[next_];
    const FileType type = TypeOf(name);
    record->index = next_;
    record->line = 0;
    record->kind = RecordKind::kFile;
    record->id = name;
    record->format = options_.file_format == InputFormat::kAuto
                         ? type.format
                         : options_.file_format;
    record->audio_name.clear();
    record->bytes.clear();
    record->status = ReadFile(root_ / name, &record->bytes);
    record->digest = Crc(
        Crc(0, std::string_view(name.c_str(), name.size() + 1)), record->bytes);
    if (record->status.ok() && type.gzip) {
      absl::StatusOr<std::string> plain =
          options_.gunzip
              ? options_.gunzip(record->bytes, options_.max_record_bytes)
              : absl::UnimplementedError("cannot read gzip files here");
      if (plain.ok()) {
        record->bytes = *std::move(plain);
      } else {
        record->bytes.clear();
        record->status =
            absl::Status(plain.status().code(),
                         absl::StrCat(name, ": ", plain.status().message()));
      }
    }
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
    if (!TypeOf(it->path().filename().string()).article) continue;
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
    total = CountLines(path);
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return absl::NotFoundError("cannot open " + path + ": " + ErrnoText());
  }
  return std::make_unique<JsonLinesReader>(fd, true, options, total);
}

}  // namespace khulasa::batch
