#include "src/text/paragraph_splitter.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/split_scan.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

using internal::DecodeBefore;
using internal::IsCloser;
using internal::Trim;

struct Line {
  size_t begin;        // first byte of the line
  size_t end;          // byte of its '\n' (or text end)
  size_t trim_begin;   // after leading whitespace
  size_t trim_end;     // before trailing whitespace
  uint32_t length;     // code points of the trimmed line
  bool indented;       // starts with whitespace before text
  bool ends_sentence;  // trimmed line ends with a terminator (+ closers)
};

bool EndsWithTerminator(std::string_view text, ByteRange r) {
  size_t end = r.end;
  while (end > r.begin) {
    size_t begin;
    const char32_t c = DecodeBefore(text, end, &begin);
    if (IsCloser(c)) {
      end = begin;
      continue;
    }
    return IsSentenceTerminator(c);
  }
  return false;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t pos = 0;
  while (pos < text.size()) {
    const void* nl = std::memchr(s + pos, '\n', text.size() - pos);
    const size_t end =
        nl ? static_cast<size_t>(static_cast<const unsigned char*>(nl) - s)
           : text.size();
    Line line{};
    line.begin = pos;
    line.end = end;
    const ByteRange t = Trim(text, pos, end);
    line.trim_begin = t.begin;
    line.trim_end = t.end;
    line.indented = t.begin > pos && !t.empty();
    uint32_t length = 0;
    for (size_t i = t.begin; i < t.end; ++i) {
      length += !IsUtf8ContinuationByte(s[i]);
    }
    line.length = length;
    line.ends_sentence = !t.empty() && EndsWithTerminator(text, t);
    lines.push_back(line);
    pos = end + 1;  // past '\n'; always advances
  }
  return lines;
}

// Wrap width estimate and verdict for a set of lines.
struct WrapInfo {
  bool wrapped = false;
  uint32_t width = 0;  // 80th percentile of non-blank line lengths
};

// Widest wrap width we believe in: fixed-width archives wrap at 60-120
// columns; longer lines are paragraphs.
constexpr uint32_t kMaxWrapWidth = 160;
constexpr size_t kMinWrappedLines = 4;

WrapInfo AnalyzeWrap(const std::vector<Line>& lines) {
  WrapInfo info;
  std::vector<uint32_t> lengths;
  size_t last_nonblank = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].length > 0) {
      lengths.push_back(lines[i].length);
      last_nonblank = i;
    }
  }
  if (lengths.size() < kMinWrappedLines) return info;
  std::sort(lengths.begin(), lengths.end());
  const uint32_t width = lengths[(lengths.size() * 8) / 10];
  info.width = width;
  if (width > kMaxWrapWidth || width < 20) return info;
  // "Full" lines: within 75% of the wrap width. In wrapped text most lines
  // are full and most full lines stop mid-sentence.
  size_t considered = 0;
  size_t full = 0;
  size_t full_open = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.length == 0 || i == last_nonblank) continue;
    ++considered;
    if (l.length * 4 >= width * 3) {
      ++full;
      if (!l.ends_sentence) ++full_open;
    }
  }
  info.wrapped = considered >= kMinWrappedLines - 1 && full * 2 >= considered &&
                 full_open * 2 > full;
  return info;
}

}  // namespace

bool LooksHardWrapped(std::string_view text) {
  return AnalyzeWrap(SplitLines(text)).wrapped;
}

std::vector<ByteRange> SplitParagraphs(std::string_view text) {
  std::vector<ByteRange> paragraphs;
  const std::vector<Line> lines = SplitLines(text);
  const WrapInfo wrap = AnalyzeWrap(lines);
  size_t para_begin = 0;
  size_t para_end = 0;
  bool open = false;
  auto close = [&]() {
    if (open) paragraphs.push_back(ByteRange{para_begin, para_end});
    open = false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.trim_begin == l.trim_end) {  // blank line: always a break
      close();
      continue;
    }
    if (open && wrap.wrapped) {
      // Join the line to the open paragraph when the previous line was a
      // full-width line (wrapped mid-text) and this one is not indented.
      const Line& prev = lines[i - 1];
      const bool prev_full = prev.length * 4 >= wrap.width * 3;
      const bool join = prev_full && !l.indented;
      if (!join) close();
    } else {
      close();
    }
    if (!open) {
      para_begin = l.trim_begin;
      open = true;
    }
    para_end = l.trim_end;
  }
  close();
  return paragraphs;
}

}  // namespace khulasa::text
