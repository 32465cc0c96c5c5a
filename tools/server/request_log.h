// The server's log lines (stderr). A line names the request by method and
// path only, never its body, query or headers: bodies are articles that
// belong to the client, and keys travel in headers (docs/security.md).
#ifndef KHULASA_TOOLS_SERVER_REQUEST_LOG_H_
#define KHULASA_TOOLS_SERVER_REQUEST_LOG_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace khulasa::server {

// Longest path and detail a log line repeats, in bytes.
inline constexpr size_t kLoggedPathBytes = 80;
inline constexpr size_t kLoggedDetailBytes = 200;

// At most `max_bytes` of `text` fit for one log line: printable ASCII is
// kept, every other byte (CR, LF, controls, UTF-8) becomes "\xHH", so a
// request cannot forge log lines; "..." marks a cut.
std::string LogSafe(std::string_view text, size_t max_bytes);

// "khulasa serve: POST /v1/summarize -> 500 (87 bytes, 12.3 ms): DETAIL"
// with the method (16 bytes at most) and path made LogSafe(). `detail` is
// the server's own error message (LogSafe, kLoggedDetailBytes); "" for none.
std::string RequestLogLine(std::string_view method, std::string_view path,
                           int status, size_t response_bytes, double seconds,
                           std::string_view detail);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_REQUEST_LOG_H_
