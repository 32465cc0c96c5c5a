// Paragraph and sentence splitting for news Arabic, with byte ranges into
// the input. Handles archives whose text is hard-wrapped at a fixed width
// (a line break every ~10 words, inside sentences), which must not end
// sentences.
#ifndef KHULASA_SRC_TEXT_SENTENCE_SPLITTER_H_
#define KHULASA_SRC_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "khulasa/byte_range.h"

namespace khulasa::text {

// True when the non-blank lines of `text` look hard-wrapped: several lines,
// most of them ending without sentence punctuation and of similar, bounded
// length, as produced by fixed-width wrapping. Line-per-paragraph text
// (each line a paragraph ending in punctuation) is not hard-wrapped.
bool LooksHardWrapped(std::string_view text);

// Paragraph ranges in order, trimmed of surrounding whitespace, never
// empty. A blank line always ends a paragraph. A single line break ends a
// paragraph too, except in hard-wrapped text (LooksHardWrapped), where a
// line break ends a paragraph only after sentence-final punctuation or
// before/after a clearly short line (a heading).
std::vector<ByteRange> SplitParagraphs(std::string_view text);

// Sentence ranges of all paragraphs in order: trimmed of surrounding
// whitespace, never empty, non-overlapping. A sentence ends after . ! ?
// U+061F U+06D4 U+2026 (and runs of them), with closing quotes and
// brackets kept in the sentence, and at every paragraph end. No split
// inside numbers ("2.5"), URLs, e-mail addresses, handles, after
// abbreviations (dal-dot "Dr.", meem-dot "Eng.", alef-hamza-dot "Prof."
// and other single-letter initials, "Mr." "Dr."), or on the Arabic comma
// U+060C. A period directly followed by an Arabic letter (a word, a dot and
// the next word with no space) still ends the sentence. Exception: meem or
// heh after a number ("1770 AD.") is an era, and its dot ends the sentence.
// Never crashes on invalid UTF-8. Linear time; thread-safe.
std::vector<ByteRange> SplitSentences(std::string_view text);

// Sentences of one paragraph (line breaks inside are treated as spaces).
// Appends to *out.
void SplitParagraphSentences(std::string_view text, ByteRange paragraph,
                             std::vector<ByteRange>* out);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_SENTENCE_SPLITTER_H_
