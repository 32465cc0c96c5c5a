// The optional API key of `khulasa serve` (docs/security.md): how a key is
// read from a file, checked for form, and compared with what a request
// presents, in time that does not depend on where the two differ.
#ifndef KHULASA_TOOLS_SERVER_API_KEY_H_
#define KHULASA_TOOLS_SERVER_API_KEY_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace khulasa::server {

// Shortest and longest key accepted, in bytes.
inline constexpr size_t kMinApiKeyBytes = 16;
inline constexpr size_t kMaxApiKeyBytes = 256;

// OK when `key` is 16..256 printable ASCII bytes without spaces (what fits
// in a header unchanged). kInvalidArgument otherwise; the message never
// repeats the key.
absl::Status ValidateApiKey(std::string_view key);

// The key in the first line of the file at `path` (a trailing "\r" and
// surrounding spaces removed), validated. kNotFound when the file cannot be
// read, kInvalidArgument when the line is not a valid key.
absl::StatusOr<std::string> ReadApiKeyFile(const std::string& path);

// The key a request presents: the token of "Authorization: Bearer TOKEN"
// (scheme case-insensitive), else the value of "X-API-Key", else "".
std::string_view PresentedApiKey(std::string_view authorization,
                                 std::string_view x_api_key);

// True when `presented` equals `expected`. Both are hashed with SHA-256
// and the digests compared with CRYPTO_memcmp, so the time taken tells
// neither the position of the first difference nor the key's length.
bool ApiKeyMatches(std::string_view presented, std::string_view expected);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_API_KEY_H_
