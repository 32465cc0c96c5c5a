// Reads plain text: an optional title line, then paragraphs. Hard-wrapped
// archive text (a line break every few words) is joined back into
// paragraphs by text::SplitParagraphs.
#ifndef KHULASA_SRC_ARTICLE_TEXT_READER_H_
#define KHULASA_SRC_ARTICLE_TEXT_READER_H_

#include <cstddef>
#include <string>

#include "khulasa/article.h"

namespace khulasa::article {

// A title line has at most this many words.
inline constexpr size_t kMaxTitleWords = 25;

// Builds the article from `text`, which must be valid UTF-8 (see
// CheckTextInput); the article takes ownership of it as Article::input.
// When `detect_title`, the first line is the title if it looks like one
// (LooksLikeHeading with kMaxTitleWords) and more text follows; in
// hard-wrapped text it must also be followed by a blank line, since there a
// wrapped first line of a paragraph looks just like a title. The rest is
// split with text::SplitParagraphs; a one-line heading-like paragraph
// directly followed by a paragraph is a subheading. No embeds are detected.
// Sentences are not filled here (see FillSentences).
Article ReadPlainText(std::string text, bool detect_title);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_TEXT_READER_H_
