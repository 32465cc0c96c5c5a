// The output of a batch run: JSONL written in order, resumable after a crash
// or kill -9. Every line is complete when its '\n' is on disk, so on resume
// a torn last line is cut off and the complete lines are counted: that many
// input records are already done.
#ifndef KHULASA_TOOLS_BATCH_OUTPUT_FILE_H_
#define KHULASA_TOOLS_BATCH_OUTPUT_FILE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace khulasa::batch {

class OutputFile {
 public:
  // Opens `path` ("-" = stdout, which cannot be resumed). Without `resume`
  // the file is created or emptied. With `resume` an existing file keeps its
  // complete lines (a last line without '\n' is cut off) and
  // existing_lines() says how many there are.
  static absl::StatusOr<std::unique_ptr<OutputFile>> Open(
      const std::string& path, bool resume);

  // Owns a file descriptor: not copyable.
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  // Complete lines found in the file when it was opened with `resume`.
  uint64_t existing_lines() const { return existing_lines_; }

  // Whether the output is a regular file (not stdout, a pipe or a device):
  // only then can it be resumed, and only then is a resume file kept.
  bool regular_file() const { return regular_file_; }

  // Buffers `line` plus '\n'; writes the buffer out when it is full.
  absl::Status Append(std::string_view line);

  // Writes the buffer out; with `sync`, also fsyncs (a checkpoint that
  // survives a power cut, not just a killed process).
  absl::Status Flush(bool sync);

 private:
  OutputFile(int fd, bool owns_fd, uint64_t existing_lines);

  int fd_;
  bool owns_fd_;
  uint64_t existing_lines_;
  bool regular_file_ = false;
  std::string buffer_;
};

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_OUTPUT_FILE_H_
