// Reads the text of a scraped news page: a header line
// "date YYYY-MM-DD - SECTION", the title, the page's button labels
// (dropped), the site's "- " summary bullets, then the body: paragraphs,
// short subheadings and embedded posts, captions and links.
#ifndef KHULASA_SRC_ARTICLE_SCRAPED_READER_H_
#define KHULASA_SRC_ARTICLE_SCRAPED_READER_H_

#include <string>

#include "khulasa/article.h"

namespace khulasa::article {

// Builds the article from `text`, which must be valid UTF-8 (see
// CheckTextInput); the article takes ownership of it as Article::input.
// Every line is one block; block text equals its input range. Lines:
// - the header (first line) gives date and section; when it is missing
//   both stay empty and the first line is the title;
// - the next line is the title unless it is a label or a bullet;
// - button labels are dropped wherever they are;
// - "- " lines before the first body line are site_summary (without the
//   marker); later ones are body paragraphs, kept as given;
// - embeds per IsEmbedLine(); subheadings are heading-like lines
//   (LooksLikeHeading, <= kMaxSubheadingWords) directly followed by a
//   paragraph; everything else is a paragraph.
// Sentences are not filled here (see FillSentences).
Article ReadScraped(std::string text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_SCRAPED_READER_H_
