// Sources of batch records: a JSONL stream (file or stdin) read in bounded
// chunks, or a folder of .txt / .html / .json files (each possibly .gz).
// Readers are used by one thread.
#ifndef KHULASA_TOOLS_BATCH_RECORD_READER_H_
#define KHULASA_TOOLS_BATCH_RECORD_READER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "khulasa/article.h"
#include "tools/batch/record.h"

namespace khulasa::batch {

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // Fills `record` with the next record (index, line, bytes, digest...) and
  // returns true, or returns false at the end. An error status only for I/O
  // failures of the input as a whole; a bad record is returned with
  // record->status.
  virtual absl::StatusOr<bool> Next(Record* record) = 0;
  // The number of records, when it is cheap to know (a folder, a regular
  // file that has been counted), else nullopt.
  virtual std::optional<uint64_t> total() const = 0;
};

struct ReaderOptions {
  // Records (lines or files) larger than this come back with a
  // kResourceExhausted record->status and no bytes.
  size_t max_record_bytes = size_t{16} << 20;
  // Format for files of a folder: kAuto picks kHtml for .html/.htm files,
  // kJson for .json files and autodetection for .txt.
  InputFormat file_format = InputFormat::kAuto;
  // Count the records of a regular JSONL file up front (one fast pass) so
  // total() is known, for the progress bar.
  bool count_total = false;
  // Decompresses the .gz files of a folder (at most `max_bytes` out); when
  // unset, such a file is an error record. The CLI passes its own gunzip.
  std::function<absl::StatusOr<std::string>(std::string_view bytes,
                                            size_t max_bytes)>
      gunzip = nullptr;
};

// Opens `path`: "-" is JSONL on stdin, a folder is read as article files
// (.txt, .html, .htm, .json and the same with .gz, recursively, in byte
// order of their relative paths), anything else as a JSONL file. kNotFound
// when `path` does not exist.
absl::StatusOr<std::unique_ptr<RecordReader>> OpenRecordReader(
    const std::string& path, const ReaderOptions& options);

// A JSONL reader over an open file descriptor (not closed by the reader).
// Every line is a record, blank ones too (the summarizer reports them), so
// output line N answers input line N.
std::unique_ptr<RecordReader> NewJsonLinesReader(int fd,
                                                 const ReaderOptions& options);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_RECORD_READER_H_
