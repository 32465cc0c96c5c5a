// Splits text into trimmed, non-empty lines with their byte ranges: the unit
// the scraped and plain-text readers classify.
#ifndef KHULASA_SRC_ARTICLE_LINES_H_
#define KHULASA_SRC_ARTICLE_LINES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.h"

namespace khulasa::article {

// One line of the input, trimmed of surrounding blanks (ASCII whitespace,
// U+00A0, and invisible format controls such as U+200F and U+FEFF).
struct Line {
  ByteRange range;    // trimmed range in the text
  bool blank_before;  // an empty line separates it from the previous line
};

// Returns the non-empty lines of valid UTF-8 `text` ('\n' ends a line; a
// '\r' before it is trimmed), in order. Linear in text.size(). With
// `max_lines`, stops after that many lines (the first lines of the full
// split).
std::vector<Line> SplitLines(std::string_view text,
                             size_t max_lines = static_cast<size_t>(-1));

// Trims blanks (as above) from both ends of `range` inside `text`.
ByteRange TrimRange(std::string_view text, ByteRange range);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_LINES_H_
