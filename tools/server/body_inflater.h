// Inflates a gzip or deflate request body as a stream, never past a byte
// limit or a ratio cap: a decompression bomb is refused after at most
// `max_bytes` of output, whatever it would inflate to.
#ifndef KHULASA_TOOLS_SERVER_BODY_INFLATER_H_
#define KHULASA_TOOLS_SERVER_BODY_INFLATER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::server {

// A compressed body may inflate to at most this many times its size (and
// never past --max-body): real JSON and text compress 3-10x, a
// decompression bomb 1000x.
inline constexpr size_t kMaxInflateRatio = 50;
// Compressed bodies smaller than this are not held to the ratio.
inline constexpr size_t kInflateRatioFloor = 1024;

// The inflated `compressed` (gzip or zlib-wrapped deflate, detected from its
// header). Errors carry their HTTP status (http_error.h): 413
// RESOURCE_EXHAUSTED past `max_bytes` of output or past kMaxInflateRatio
// times the input; 400 INVALID_ARGUMENT for data that is not gzip or
// deflate, or ends early.
absl::StatusOr<std::string> InflateBody(std::string_view compressed,
                                        size_t max_bytes);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_BODY_INFLATER_H_
