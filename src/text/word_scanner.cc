#include "src/text/word_scanner.h"

#include <cstddef>
#include <string_view>

#include "src/text/abbreviations.h"
#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/split_scan.h"

namespace khulasa::text::internal {

std::string_view WordScanner::NextPart(size_t pos) const {
  size_t end = pos;
  char32_t c;
  size_t next;
  while (end < para_.end && end - pos < kMaxAbbreviationBytes &&
         ClassifyAt(text_, end, &c, &next) == CharClass::kArabic &&
         c != kTatweel) {
    end = next;
  }
  if (end < para_.end && end - pos >= kMaxAbbreviationBytes) return {};
  return text_.substr(pos, end - pos);
}

std::string_view WordScanner::NextWord(size_t pos) const {
  size_t next;
  while (pos < para_.end && SpaceAt(text_, pos, &next)) pos = next;
  size_t end = pos;
  while (end < para_.end && end - pos < kMaxAbbreviationBytes &&
         !SpaceAt(text_, end, &next)) {
    end = next > end ? next : end + 1;
  }
  return text_.substr(pos, end - pos);
}

std::string_view WordScanner::PreviousWord(size_t floor,
                                           size_t word_begin) const {
  size_t end = word_begin;
  size_t space_begin;
  while (end > floor && SpaceBefore(text_, end, &space_begin)) {
    end = space_begin;
  }
  size_t begin = end;
  while (begin > floor && end - begin < kBackScanBytes &&
         !SpaceBefore(text_, begin, &space_begin)) {
    size_t start;
    DecodeBefore(text_, begin, &start);
    begin = start;
  }
  return text_.substr(begin, end - begin);
}

// Words are short: scan back at most kBackScanBytes. A longer word falls
// back to a forward scan that resumes where the previous query ended (same
// floor), so each byte is looked at once per sentence: no quadratic rescans
// of a long word full of dots. (Always scanning forward from the sentence
// start cost a third of the splitter's speed.)
size_t WordScanner::WordBegin(size_t floor, size_t pos, bool* has_at) {
  const size_t limit =
      pos - floor > kBackScanBytes ? pos - kBackScanBytes : floor;
  size_t back = pos;
  bool back_at = false;
  while (back > limit) {
    const auto b = static_cast<unsigned char>(text_[back - 1]);
    if (b < 0x80) {
      if (IsAsciiSpace(b)) break;
      back_at |= b == '@';
      --back;
      continue;
    }
    size_t start;
    if (SpaceBefore(text_, back, &start)) break;
    DecodeBefore(text_, back, &start);
    back = start;
  }
  if (back > limit || back == floor) {
    *has_at = back_at;
    return back;
  }
  return WordBeginForward(floor, pos, has_at);
}

size_t WordScanner::WordBeginForward(size_t floor, size_t pos, bool* has_at) {
  size_t p = floor;
  size_t begin = floor;
  bool at = false;
  if (cache_valid_ && cache_floor_ == floor && cache_end_ <= pos) {
    p = cache_end_;
    begin = cache_begin_;
    at = cache_has_at_;
  }
  while (p < pos) {
    const auto b = static_cast<unsigned char>(text_[p]);
    if (b < 0x80) {
      if (IsAsciiSpace(b)) {
        begin = p + 1;
        at = false;
      } else if (b == '@') {
        at = true;
      }
      ++p;
      continue;
    }
    size_t next;
    if (SpaceAt(text_, p, &next)) {
      begin = next;
      at = false;
    }
    p = next > p ? next : p + 1;
  }
  cache_valid_ = true;
  cache_floor_ = floor;
  cache_end_ = pos;
  cache_begin_ = begin;
  cache_has_at_ = at;
  *has_at = at;
  return begin;
}

}  // namespace khulasa::text::internal
