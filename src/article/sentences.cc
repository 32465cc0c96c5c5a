#include "src/article/sentences.h"

#include <cstddef>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/text/sentence_splitter.h"

namespace khulasa::article {

absl::Status FillSentences(size_t max_sentences, Article* article) {
  size_t total = 0;
  for (Block& block : article->blocks) {
    block.sentences.clear();
    if (block.kind != BlockKind::kParagraph) continue;
    text::SplitParagraphSentences(article->input, block.range,
                                  &block.sentences);
    total += block.sentences.size();
    if (total > max_sentences) {
      return absl::ResourceExhaustedError(
          absl::StrCat("article has more than ", max_sentences,
                       " sentences (limit reached in the paragraph at bytes ",
                       block.range.begin, "-", block.range.end,
                       "); split the input or raise the sentence limit"));
    }
  }
  return absl::OkStatus();
}

}  // namespace khulasa::article
