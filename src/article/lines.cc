#include "src/article/lines.h"

#include <string_view>
#include <vector>

#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// Start of the code point that ends at `end` (exclusive).
size_t PreviousCodePointStart(std::string_view text, size_t begin, size_t end) {
  size_t pos = end - 1;
  while (pos > begin && end - pos < 4 &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(text[pos]))) {
    --pos;
  }
  return pos;
}

}  // namespace

ByteRange TrimRange(std::string_view text, ByteRange range) {
  size_t begin = range.begin;
  size_t end = range.end;
  while (begin < end) {
    size_t next = begin;
    if (!text::IsBlankOrFormat(text::DecodeUtf8(text.substr(0, end), &next)))
      break;
    begin = next;
  }
  while (end > begin) {
    size_t start = PreviousCodePointStart(text, begin, end);
    size_t pos = start;
    char32_t c = text::DecodeUtf8(text.substr(0, end), &pos);
    // A malformed tail decodes short of `end`: not blank, stop there.
    if (pos != end || !text::IsBlankOrFormat(c)) break;
    end = start;
  }
  return ByteRange{begin, end};
}

std::vector<Line> SplitLines(std::string_view text, size_t max_lines) {
  std::vector<Line> lines;
  size_t begin = 0;
  bool blank_before = false;
  while (begin <= text.size() && lines.size() < max_lines) {
    size_t newline = text.find('\n', begin);
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    ByteRange trimmed = TrimRange(text, ByteRange{begin, end});
    if (trimmed.empty()) {
      blank_before = !lines.empty();
    } else {
      lines.push_back(Line{trimmed, blank_before});
      blank_before = false;
    }
    if (newline == std::string_view::npos) break;
    begin = newline + 1;
  }
  return lines;
}

}  // namespace khulasa::article
