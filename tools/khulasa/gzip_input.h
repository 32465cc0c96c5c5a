// Transparent gzip decompression for CLI inputs: the extraction data sets
// store their pages as .html.gz.
#ifndef KHULASA_TOOLS_KHULASA_GZIP_INPUT_H_
#define KHULASA_TOOLS_KHULASA_GZIP_INPUT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::cli {

// True when `bytes` starts with the gzip magic number.
bool IsGzip(std::string_view bytes);

// Decompresses gzip `bytes`; kResourceExhausted past `max_bytes` of output,
// kDataLoss on corrupt or truncated data.
absl::StatusOr<std::string> Gunzip(std::string_view bytes, size_t max_bytes);

// ReadInput() followed by Gunzip() when the bytes are gzip.
absl::StatusOr<std::string> ReadMaybeGzip(const std::string& path,
                                          size_t max_bytes);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_GZIP_INPUT_H_
