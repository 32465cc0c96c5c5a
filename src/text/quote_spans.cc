#include "src/text/quote_spans.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/split_scan.h"

namespace khulasa::text::internal {

bool QuoteSpans::InsideClosingQuote(size_t pos, size_t after) {
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  while (quote_scan_ < pos) {
    // Only '"' and the lead bytes of U+00AB/U+00BB (C2) and
    // U+201C/U+201D (E2) can be quote marks: jump between them with
    // memchr (a byte loop here cost 10% of the splitter's speed).
    const size_t mark = std::min({NextByte('"', &next_quote_byte_[0]),
                                  NextByte(0xC2, &next_quote_byte_[1]),
                                  NextByte(0xE2, &next_quote_byte_[2])});
    if (mark >= pos) {
      quote_scan_ = pos;
      break;
    }
    quote_scan_ = mark + QuoteAt(s, mark, pos);
  }
  if (quote_open_ == kNone) return false;
  if (!quote_close_known_) {
    quote_close_known_ = true;
    quote_close_ = kNone;
    const size_t limit = std::min(para_.end, quote_open_ + kMaxQuoteBytes);
    for (size_t p = pos; p < limit; ++p) {
      const size_t len = QuoteCloseAt(s, p, limit);
      if (len > 0) {
        if (SentenceGoesOnAfterQuote(p, p + len)) quote_close_ = p;
        break;
      }
      // A second guillemet opens before this one closed: unbalanced.
      if (quote_close_char_ == 0x00BB && p + 1 < limit && s[p] == 0xC2 &&
          s[p + 1] == 0xAB) {
        break;
      }
    }
  }
  return quote_close_ != kNone && quote_close_ >= after;
}

size_t QuoteSpans::NextByte(unsigned char b, size_t* cache) const {
  if (*cache == kNone || *cache < quote_scan_) {
    const void* found =
        std::memchr(text_.data() + quote_scan_, b, para_.end - quote_scan_);
    *cache = found == nullptr
                 ? para_.end
                 : static_cast<size_t>(static_cast<const char*>(found) -
                                       text_.data());
  }
  return *cache;
}

size_t QuoteSpans::QuoteAt(const unsigned char* s, size_t p, size_t limit) {
  if (quote_open_ != kNone) {
    const size_t len = QuoteCloseAt(s, p, limit);
    if (len > 0) {
      quote_open_ = kNone;
      return len;
    }
    return 1;
  }
  if (s[p] == '"') {
    if (TextFollows(p + 1)) OpenQuote(p, '"');
    return 1;
  }
  if (p + 1 < limit && s[p] == 0xC2 && s[p + 1] == 0xAB) {  // U+00AB
    if (TextFollows(p + 2)) OpenQuote(p, 0x00BB);
    return 2;
  }
  if (p + 2 < limit && s[p] == 0xE2 && s[p + 1] == 0x80 &&
      s[p + 2] == 0x9C) {  // U+201C
    if (TextFollows(p + 3)) OpenQuote(p, 0x201D);
    return 3;
  }
  return 1;
}

bool QuoteSpans::TextFollows(size_t p) const {
  if (p >= para_.end) return false;
  char32_t c;
  size_t next;
  const CharClass cls = ClassifyAt(text_, p, &c, &next);
  return cls != CharClass::kSpace && cls != CharClass::kFormat &&
         !IsSentenceTerminator(c) && !IsCloser(c);
}

bool QuoteSpans::SentenceGoesOnAfterQuote(size_t close,
                                          size_t close_end) const {
  size_t end = close;
  size_t space_begin;
  while (end > para_.begin && SpaceBefore(text_, end, &space_begin)) {
    end = space_begin;
  }
  size_t b;
  if (end > para_.begin && IsSentenceTerminator(DecodeBefore(text_, end, &b))) {
    return false;
  }
  size_t p = close_end;
  size_t next;
  while (p < para_.end && SpaceAt(text_, p, &next)) p = next;
  if (p >= para_.end) return false;
  char32_t c;
  ClassifyAt(text_, p, &c, &next);
  return !IsSentenceTerminator(c);
}

void QuoteSpans::OpenQuote(size_t p, char32_t close) {
  quote_open_ = p;
  quote_close_char_ = close;
  quote_close_known_ = false;
}

size_t QuoteSpans::QuoteCloseAt(const unsigned char* s, size_t p,
                                size_t limit) const {
  switch (quote_close_char_) {
    case '"':
      return s[p] == '"' ? 1 : 0;
    case 0x00BB:
      return p + 1 < limit && s[p] == 0xC2 && s[p + 1] == 0xBB ? 2 : 0;
    default:  // U+201D, or U+201C again (often misused as a closer)
      return p + 2 < limit && s[p] == 0xE2 && s[p + 1] == 0x80 &&
                     (s[p + 2] == 0x9D || s[p + 2] == 0x9C)
                 ? 3
                 : 0;
  }
}

}  // namespace khulasa::text::internal
