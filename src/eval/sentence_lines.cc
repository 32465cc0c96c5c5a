#include "src/eval/sentence_lines.h"

#include <vector>

#include "khulasa/byte_range.h"
#include "src/eval/rouge_tokenizer.h"
#include "src/text/blank.h"
#include "src/text/sentence_splitter.h"

namespace khulasa::eval {

std::string SentencePerLine(std::string_view text) {
  const std::vector<ByteRange> sentences = text::SplitSentences(text);
  std::string out;
  out.reserve(text.size() + sentences.size());
  size_t copied = 0;  // bytes of `text` already in `out`
  auto copy_until = [&](size_t end) {
    for (; copied < end && copied < text.size(); ++copied) {
      const char c = text[copied];
      out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    }
  };
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].begin < copied || sentences[i].end > text.size()) {
      return std::string(text);  // not the ranges promised: keep the text
    }
    if (i > 0) {
      // The gap between two sentences: its first whitespace byte becomes
      // the line break; with no whitespace ("end.Next"), one is inserted.
      const size_t gap_end = sentences[i].begin;
      if (copied < gap_end &&
          text::IsAsciiBlank(static_cast<unsigned char>(text[copied]))) {
        out.push_back('\n');
        ++copied;
      } else {
        copy_until(gap_end);
        out.push_back('\n');
      }
    }
    copy_until(sentences[i].end);
  }
  copy_until(text.size());
  // An inserted break could split a token when a sentence boundary falls
  // between two word characters; then the text's own lines are kept.
  const RougeTokenizerOptions plain;
  if (TokenizeForRouge(out, plain) != TokenizeForRouge(text, plain)) {
    return std::string(text);
  }
  return out;
}

}  // namespace khulasa::eval
