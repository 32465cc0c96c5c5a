// Sentence splitting for news Arabic, with byte ranges into the input.
// Paragraphs come from paragraph_splitter.h (included here, so
// SplitParagraphs() and LooksHardWrapped() are reachable through this
// header too); the word tests around a full stop are in abbreviations.h and
// the quotation rule in quote_spans.h.
#ifndef KHULASA_SRC_TEXT_SENTENCE_SPLITTER_H_
#define KHULASA_SRC_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "khulasa/byte_range.h"
#include "src/text/paragraph_splitter.h"

namespace khulasa::text {

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
