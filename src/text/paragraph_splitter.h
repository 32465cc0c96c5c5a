// Paragraph splitting for news Arabic, with byte ranges into the input.
// Handles archives whose text is hard-wrapped at a fixed width (a line break
// every ~10 words, inside sentences), whose line breaks must not end
// paragraphs. Sentences within a paragraph: sentence_splitter.h.
#ifndef KHULASA_SRC_TEXT_PARAGRAPH_SPLITTER_H_
#define KHULASA_SRC_TEXT_PARAGRAPH_SPLITTER_H_

#include <string_view>
#include <vector>

#include "khulasa/byte_range.h"

namespace khulasa::text {

// True when the non-blank lines of `text` look hard-wrapped: several lines,
// most of them ending without sentence punctuation and of similar, bounded
// length, as produced by fixed-width wrapping. Line-per-paragraph text
// (each line a paragraph ending in punctuation) is not hard-wrapped.
// Never crashes on invalid UTF-8. Linear time; thread-safe.
bool LooksHardWrapped(std::string_view text);

// Paragraph ranges in order, trimmed of surrounding whitespace, never
// empty. A blank line always ends a paragraph. A single line break ends a
// paragraph too, except in hard-wrapped text (LooksHardWrapped), where a
// line break ends a paragraph only after sentence-final punctuation or
// before/after a clearly short line (a heading). Never crashes on invalid
// UTF-8. Linear time; thread-safe.
std::vector<ByteRange> SplitParagraphs(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_PARAGRAPH_SPLITTER_H_
