// How deeply arrays and objects nest in a JSON text, measured before it is
// parsed. nlohmann::json builds a DOM node per level: 1.8 MB of "[[[[...]]]]"
// (900,000 levels) took the server to 438 MB. Callers that parse untrusted
// JSON into a DOM check the depth first and refuse deeper texts.
#ifndef KHULASA_SRC_BASE_JSON_NESTING_H_
#define KHULASA_SRC_BASE_JSON_NESTING_H_

#include <cstddef>
#include <string_view>

namespace khulasa::base {

// The deepest nesting of '[' and '{' in `json`, outside strings (with their
// backslash escapes). Stops as soon as the depth passes `limit` and returns
// limit + 1. Does not validate the JSON: a parser does that afterwards.
size_t JsonNestingDepth(std::string_view json, size_t limit);

}  // namespace khulasa::base

#endif  // KHULASA_SRC_BASE_JSON_NESTING_H_
