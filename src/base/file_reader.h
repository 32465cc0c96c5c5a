// Reads whole files or standard input into memory, refusing sizes past a
// limit before reading them.
#ifndef KHULASA_SRC_BASE_FILE_READER_H_
#define KHULASA_SRC_BASE_FILE_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::base {

// Reads `path` ("-" means standard input). Returns kNotFound when the file
// does not exist, kResourceExhausted when it is larger than `max_bytes`
// (checked while reading, so pipes are bounded too), kUnavailable on other
// I/O errors. The bytes are returned as they are: no UTF-8 check here.
absl::StatusOr<std::string> ReadFileOrStdin(std::string_view path,
                                            size_t max_bytes);

// Writes `data` to `path` atomically: a temporary file beside it is written,
// flushed and renamed over `path`, so readers never see half a file.
absl::Status WriteFileAtomically(std::string_view path, std::string_view data);

}  // namespace khulasa::base

#endif  // KHULASA_SRC_BASE_FILE_READER_H_
