// Fills the sentence ranges of an article's paragraphs.
#ifndef KHULASA_SRC_ARTICLE_SENTENCES_H_
#define KHULASA_SRC_ARTICLE_SENTENCES_H_

#include <cstddef>

#include "absl/status/status.h"

#include "khulasa/article.h"

namespace khulasa::article {

// Sets Block::sentences of every paragraph block (ranges into
// article->input, from text::SplitParagraphSentences); other blocks get
// none. kResourceExhausted when the article has more than `max_sentences`
// sentences in all.
absl::Status FillSentences(size_t max_sentences, Article* article);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_SENTENCES_H_
