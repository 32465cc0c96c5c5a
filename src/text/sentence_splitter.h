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
// brackets kept in the sentence, and at every paragraph end. No split:
// - inside numbers, dates and times ("2.5", "17.03.2020", "9.30"), URLs,
//   e-mail addresses and handles;
// - after abbreviations: single letters (dal-dot "Dr.", meem-dot "Eng.",
//   alef-hamza-dot "Prof.", "ت." phone), dotted abbreviations whose parts
//   are single letters or Latin letter names ("أ.د.", "U.S.", "ق.م",
//   "ص.ب", "ج.م.ع", "سي.آي.إيه"), "Mr." "Dr." style Latin abbreviations
//   and "No." before a number;
// - after a Latin letter name written in Arabic script used as an initial
//   ("جون إف. كينيدي"): followed by a word that is not a stopword, not
//   after a number or a spelled acronym, and not a waw-word unless
//   initials come before;
// - after an omission mark "(...)", an ellipsis opening a sentence or glued
//   after an opening quote, or before "etc." ("... إلخ");
// - inside a quotation (up to 600 bytes) after which the sentence goes on:
//   no terminator before its closing mark and text after it
//   ("قال: "سنبقى هنا. لن نرحل" وأضاف"); '."' still ends a sentence;
// - on the Arabic comma U+060C.
// A period glued to a following Arabic word still ends the sentence. An era
// after a number ("1770 م.", "1445 هـ.", "300 ق.م.") ends it too, unless a
// preposition follows ("2000 ق.م. في ..."). Never crashes on invalid
// UTF-8. Linear time; thread-safe.
std::vector<ByteRange> SplitSentences(std::string_view text);

// Sentences of one paragraph (line breaks inside are treated as spaces).
// Appends to *out.
void SplitParagraphSentences(std::string_view text, ByteRange paragraph,
                             std::vector<ByteRange>* out);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_SENTENCE_SPLITTER_H_
