// A cheap pre-scan of raw HTML for its element nesting depth. HTML5 tree
// building costs O(depth) per tag (scope checks walk the stack of open
// elements), so a page nested 100,000 deep takes seconds to parse; such
// pages are refused before parsing instead.
#ifndef KHULASA_SRC_ARTICLE_HTML_DEPTH_H_
#define KHULASA_SRC_ARTICLE_HTML_DEPTH_H_

#include <cstddef>
#include <string_view>

#include "absl/status/status.h"

namespace khulasa::article {

// Default nesting limit. libxml2 stops at 256 without its "huge" flag;
// real news pages measured here stay far below 1,024.
inline constexpr size_t kMaxHtmlDepth = 1024;

// kResourceExhausted naming the byte offset where the open-element count
// first passes `max_depth`. The count is an upper bound of the tree depth:
// start tags add one, end tags take one away; void elements, self-closing
// tags and elements that close themselves implicitly (p, li, td, option, ...)
// are not counted; comments and the bodies of script, style, textarea,
// title and xmp are skipped.
absl::Status CheckHtmlDepth(std::string_view html, size_t max_depth);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_DEPTH_H_
