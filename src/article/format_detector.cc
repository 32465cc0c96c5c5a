#include "src/article/format_detector.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "src/article/line_classifier.h"
#include "src/article/lines.h"

namespace khulasa::article {
namespace {

// Button labels sit right under the title; look no further than this.
constexpr size_t kLabelSearchLines = 5;
// Bound the work on huge inputs: detection reads only this prefix.
constexpr size_t kDetectPrefixBytes = 64u << 10;

// Cuts `text` to at most `size` bytes on a line boundary when possible.
std::string_view Prefix(std::string_view text, size_t size) {
  if (text.size() <= size) return text;
  size_t newline = text.rfind('\n', size);
  return text.substr(0, newline == std::string_view::npos ? size : newline);
}

}  // namespace

InputFormat DetectFormat(std::string_view text) {
  std::string_view prefix = Prefix(text, kDetectPrefixBytes);
  // Only the first lines matter: splitting stops there instead of trimming
  // every line of the prefix (with the copy saved in ChooseFormat, 64k ->
  // 60k instructions per article on examples/heatwave.txt, callgrind).
  std::vector<Line> lines = SplitLines(prefix, kLabelSearchLines);
  if (lines.empty()) return InputFormat::kText;
  std::string_view first =
      prefix.substr(lines[0].range.begin, lines[0].range.size());
  if (first.front() == '{' || first.front() == '[') return InputFormat::kJson;
  std::string date;
  std::string section;
  if (ParseHeaderLine(first, &date, &section)) return InputFormat::kScraped;
  for (size_t i = 0; i < lines.size() && i < kLabelSearchLines; ++i) {
    std::string_view line =
        prefix.substr(lines[i].range.begin, lines[i].range.size());
    if (IsButtonLabel(line)) return InputFormat::kScraped;
  }
  return InputFormat::kText;
}

bool LooksLikeJsonLines(std::string_view text) {
  size_t records = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    // A record is a whole object on one line: '{' ... '}'.
    size_t first = text.find_first_not_of(" \t\r", begin);
    size_t last = text.find_last_not_of(" \t\r", end == 0 ? 0 : end - 1);
    if (first < end && last != std::string_view::npos && last >= first &&
        text[first] == '{' && text[last] == '}' && ++records > 1) {
      return true;
    }
    if (newline == std::string_view::npos) break;
    begin = newline + 1;
  }
  return false;
}

}  // namespace khulasa::article
