// Internal: the quotations of one paragraph, as the sentence splitter meets
// them. A terminator inside a quotation after which the sentence goes on
// ("قال: "سنبقى هنا. لن نرحل" وأضاف") does not end the sentence; QuoteSpans
// answers that question for terminator positions met in order, scanning
// each byte of the paragraph about once. Not part of the module's API.
#ifndef KHULASA_SRC_TEXT_QUOTE_SPANS_H_
#define KHULASA_SRC_TEXT_QUOTE_SPANS_H_

#include <cstddef>
#include <string_view>

#include "khulasa/byte_range.h"

namespace khulasa::text::internal {

// Longest quotation kept whole (bytes from the opening quote to the closing
// one): longer quotes split at their own sentence ends.
inline constexpr size_t kMaxQuoteBytes = 600;

// Quote marks: '"' (closed by '"'), U+00AB (closed by U+00BB), U+201C
// (closed by U+201D, or by U+201C again, often misused as a closer). An
// opening mark opens a quotation only when text is glued to it (not a
// blank, a terminator or a closer). Quotations do not nest; a second
// U+00AB met before the U+00BB makes the first quotation unbalanced, and
// it keeps no terminator.
//
// Borrows `text`, which must outlive the object. Holds the scan state of
// one paragraph, so one object serves one paragraph on one thread. Never
// crashes on invalid UTF-8.
class QuoteSpans {
 public:
  // `paragraph` is a range of `text` (end <= text.size()).
  QuoteSpans(std::string_view text, ByteRange paragraph)
      : text_(text), para_(paragraph), quote_scan_(paragraph.begin) {}

  // True when `pos` (a terminator; `after` is the byte after its run and
  // closers) is inside a quotation that opened before `pos` and closes at
  // or after `after`, within kMaxQuoteBytes of its opening, with no
  // terminator right before the closing mark and text other than a
  // terminator after it: the terminator is the quote's own, and the
  // sentence goes on with or after the quote. Calls must come with
  // non-decreasing `pos`: the scan only moves forward.
  bool InsideClosingQuote(size_t pos, size_t after);

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // Position of the next byte `b` at or after quote_scan_ (para_.end when
  // none); *cache keeps the last answer, so each byte is searched once.
  size_t NextByte(unsigned char b, size_t* cache) const;

  // Updates the quote state for the byte at `p` (below `limit`); returns
  // how many bytes to advance (1, or the length of a quote mark).
  size_t QuoteAt(const unsigned char* s, size_t p, size_t limit);

  // An opening quote is glued to the text it opens: a mark followed by a
  // space or a terminator closes something ("... \u201C." used as a
  // closing mark) and opens nothing.
  bool TextFollows(size_t p) const;

  // The quotation closing at [close, close_end) is not the end of its
  // sentence: no terminator before the closing mark and text other than a
  // terminator after it ("\"...\" وأضاف", "\"...\"، قال").
  bool SentenceGoesOnAfterQuote(size_t close, size_t close_end) const;

  void OpenQuote(size_t p, char32_t close);

  // Length of the closing mark of the open quote at `p`, or 0.
  size_t QuoteCloseAt(const unsigned char* s, size_t p, size_t limit) const;

  std::string_view text_;
  ByteRange para_;
  // Quotation state, advanced monotonically.
  size_t quote_scan_ = 0;
  size_t quote_open_ = kNone;
  char32_t quote_close_char_ = 0;
  bool quote_close_known_ = false;
  size_t quote_close_ = kNone;
  size_t next_quote_byte_[3] = {kNone, kNone, kNone};
};

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_QUOTE_SPANS_H_
