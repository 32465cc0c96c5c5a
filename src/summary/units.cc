#include "src/summary/units.h"

#include "src/text/blank.h"

namespace khulasa::summary {

void BuildUnits(const Article& article, uint32_t min_words, Units* out) {
  out->sentences.clear();
  out->units.clear();
  out->section_count = 0;
  const std::string_view input = article.input;
  uint32_t raw_section = 0;
  uint32_t last_raw_section = UINT32_MAX;
  uint32_t section = 0;
  uint32_t index_in_section = 0;
  uint32_t paragraph = 0;
  for (const Block& block : article.blocks) {
    if (block.kind == BlockKind::kSubheading) {
      ++raw_section;
      continue;
    }
    if (block.kind != BlockKind::kParagraph || block.sentences.empty()) {
      continue;
    }
    const size_t units_before = out->units.size();
    Unit current;
    bool open = false;
    const std::vector<ByteRange>& sentences = block.sentences;
    for (size_t k = 0; k < sentences.size(); ++k) {
      const ByteRange range = sentences[k];
      if (range.end > input.size() || range.begin >= range.end) continue;
      const uint32_t words = static_cast<uint32_t>(
          text::CountWords(input.substr(range.begin, range.end - range.begin)));
      if (words == 0) continue;
      if (!open) {
        current = Unit{};
        current.first_sentence = static_cast<uint32_t>(out->sentences.size());
        current.paragraph = paragraph;
        open = true;
      }
      out->sentences.push_back(range);
      ++current.sentence_count;
      current.words += words;
      // A sentence end with no space after it ("word.Word") is usually a
      // typing slip inside one statement: keep the two together.
      const bool glued_to_next =
          k + 1 < sentences.size() && sentences[k + 1].begin == range.end;
      if (current.words >= min_words && !glued_to_next) {
        out->units.push_back(current);
        open = false;
      }
    }
    if (open) {
      if (out->units.size() > units_before) {
        // A short tail ("and so on.") belongs with what it follows.
        Unit& last = out->units.back();
        last.sentence_count += current.sentence_count;
        last.words += current.words;
      } else {
        out->units.push_back(current);
      }
    }
    if (out->units.size() == units_before) continue;
    if (raw_section != last_raw_section) {
      if (last_raw_section != UINT32_MAX) ++section;
      last_raw_section = raw_section;
      index_in_section = 0;
    }
    for (size_t i = units_before; i < out->units.size(); ++i) {
      Unit& unit = out->units[i];
      unit.section = section;
      unit.index_in_section = index_in_section++;
      unit.first_in_paragraph = i == units_before;
    }
    ++paragraph;
  }
  out->section_count = out->units.empty() ? 0 : section + 1;
}

}  // namespace khulasa::summary
