// Invariants every article reader must keep, checked by the reader fuzzers:
// the input is valid UTF-8, block and sentence ranges stay inside it and on
// code-point boundaries, blocks come in order, block text mirrors its range,
// and the language is one of the four codes. A violation traps, which
// libFuzzer and the replay test report.
#ifndef KHULASA_FUZZ_ARTICLE_INVARIANTS_H_
#define KHULASA_FUZZ_ARTICLE_INVARIANTS_H_

#include <cstddef>
#include <string_view>

#include "khulasa/article.h"
#include "src/text/utf8.h"

namespace khulasa::fuzz {

inline void Require(bool condition) {
  if (!condition) __builtin_trap();
}

inline bool OnBoundary(std::string_view text, size_t offset) {
  return offset == text.size() || !text::IsUtf8ContinuationByte(
                                      static_cast<unsigned char>(text[offset]));
}

inline void CheckArticle(const Article& article) {
  const std::string_view input = article.input;
  Require(text::IsValidUtf8(input));
  Require(text::IsValidUtf8(article.title));
  Require(article.lang == "ar" || article.lang == "fa" ||
          article.lang == "ur" || article.lang == "other");
  for (const std::string& bullet : article.site_summary) {
    Require(text::IsValidUtf8(bullet));
  }
  size_t previous_end = 0;
  for (const Block& block : article.blocks) {
    Require(block.range.begin < block.range.end);
    Require(block.range.end <= input.size());
    Require(block.range.begin >= previous_end);
    Require(OnBoundary(input, block.range.begin));
    Require(OnBoundary(input, block.range.end));
    Require(block.text.size() == block.range.size());
    Require(text::IsValidUtf8(block.text));
    if (block.kind != BlockKind::kParagraph) Require(block.sentences.empty());
    size_t sentence_end = block.range.begin;
    for (const ByteRange& sentence : block.sentences) {
      Require(sentence.begin < sentence.end);
      Require(sentence.begin >= sentence_end);
      Require(sentence.end <= block.range.end);
      Require(OnBoundary(input, sentence.begin));
      Require(OnBoundary(input, sentence.end));
      sentence_end = sentence.end;
    }
    previous_end = block.range.end;
  }
}

}  // namespace khulasa::fuzz

#endif  // KHULASA_FUZZ_ARTICLE_INVARIANTS_H_
