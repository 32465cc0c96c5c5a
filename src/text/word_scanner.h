// Internal: the words around a position of one paragraph, as the sentence
// splitter needs them at a terminator: the word the terminator ends, the
// word before it, the word or the abbreviation part after it. A "word" is a
// run of bytes that are not whitespace or format controls (split_scan.h).
// Not part of the module's API.
#ifndef KHULASA_SRC_TEXT_WORD_SCANNER_H_
#define KHULASA_SRC_TEXT_WORD_SCANNER_H_

#include <cstddef>
#include <string_view>

#include "khulasa/byte_range.h"

namespace khulasa::text::internal {

// How far WordBegin() scans back before switching to its forward scan.
inline constexpr size_t kBackScanBytes = 64;

// Borrows `text`, which must outlive the object; all positions are byte
// offsets into `text` within `paragraph`. WordBegin() keeps a cache, so one
// object serves one paragraph on one thread. Never crashes on invalid
// UTF-8; the returned views point into `text`.
class WordScanner {
 public:
  // `paragraph` is a range of `text` (end <= text.size()).
  WordScanner(std::string_view text, ByteRange paragraph)
      : text_(text), para_(paragraph) {}

  // Arabic letters (and marks, not tatweel) starting at `pos`: the part
  // after a glued dot ("م" in "ق.م"). Empty when the run reaches
  // kMaxAbbreviationBytes (abbreviations.h) before the paragraph end.
  std::string_view NextPart(size_t pos) const;

  // The run of non-space bytes that starts at the first non-space byte at
  // or after `pos` (at most kMaxAbbreviationBytes of it); empty at the
  // paragraph end.
  std::string_view NextWord(size_t pos) const;

  // The word before the one that starts at `word_begin` (not before
  // `floor`), at most kBackScanBytes long (its last bytes when longer);
  // empty when there is none.
  std::string_view PreviousWord(size_t floor, size_t word_begin) const;

  // Start of the run of non-space bytes that ends at `pos`, not before
  // `floor` (the sentence start); *has_at tells whether it holds '@'.
  // Amortized O(1) bytes per call for calls with the same `floor` and
  // non-decreasing `pos`: each byte is looked at once per sentence.
  size_t WordBegin(size_t floor, size_t pos, bool* has_at);

 private:
  // WordBegin() for a word longer than kBackScanBytes: scans forward from
  // `floor`, or from where the previous call with the same floor ended.
  size_t WordBeginForward(size_t floor, size_t pos, bool* has_at);

  std::string_view text_;
  ByteRange para_;
  bool cache_valid_ = false;
  size_t cache_floor_ = 0;
  size_t cache_end_ = 0;
  size_t cache_begin_ = 0;
  bool cache_has_at_ = false;
};

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_WORD_SCANNER_H_
