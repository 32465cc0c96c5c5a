// Splits a request target into its decoded path and query parameters, as
// the handlers see them (HttpRequest::path and ::params).
#ifndef KHULASA_TOOLS_SERVER_URL_QUERY_H_
#define KHULASA_TOOLS_SERVER_URL_QUERY_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khulasa::server {

// `text` with every %XX (two hex digits) replaced by its byte, and '+' by a
// space when `plus_is_space`. A '%' not followed by two hex digits is kept.
std::string DecodeUrl(std::string_view text, bool plus_is_space);

// The target's path (before '?', decoded, '+' kept) and its query's
// name=value pairs in order (decoded, '+' as space; "a" alone is a=""; empty
// parts are skipped).
void SplitTarget(std::string_view target, std::string* path,
                 std::vector<std::pair<std::string, std::string>>* params);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_URL_QUERY_H_
