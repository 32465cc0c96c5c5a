// Bullet units: the candidates the summarizer chooses from. A unit is one
// body sentence, or a short sentence glued to the next sentence of its
// paragraph, so that every bullet says something on its own.
#ifndef KHULASA_SRC_SUMMARY_UNITS_H_
#define KHULASA_SRC_SUMMARY_UNITS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "khulasa/article.h"
#include "khulasa/byte_range.h"

namespace khulasa::summary {

struct Unit {
  uint32_t first_sentence = 0;  // index into Units::sentences
  uint32_t sentence_count = 0;  // >= 1
  uint32_t paragraph = 0;       // paragraph ordinal among the body paragraphs
  uint32_t section = 0;         // 0 before the first subheading, +1 after each
  uint32_t index_in_section = 0;
  bool first_in_paragraph = false;
  uint32_t words = 0;  // whitespace-separated words
};

struct Units {
  std::vector<ByteRange> sentences;  // all body sentences, in order
  std::vector<Unit> units;           // in article order
  uint32_t section_count = 0;        // sections that hold at least one unit
};

// Builds the units of `article`'s paragraph blocks. A sentence with fewer
// than `min_words` words starts a unit that takes the following sentences
// of the same paragraph until it has `min_words`; a short remainder at the
// end of a paragraph joins the paragraph's previous unit, and a sentence
// that ends with no blank before the next one ("word.Word") never ends a
// unit. Subheading blocks
// start a new section; embeds are skipped. Sections are renumbered so that
// only sections with units count. Output goes to *out (cleared first) to
// reuse its buffers.
void BuildUnits(const Article& article, uint32_t min_words, Units* out);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_UNITS_H_
