// Internal to the HTML content extractor (html_content.cc): the measures a
// container's score is made of, as in Readability: visible characters,
// commas, and each tag's base score.
#ifndef KHULASA_SRC_ARTICLE_HTML_SCORING_H_
#define KHULASA_SRC_ARTICLE_HTML_SCORING_H_

#include <cstddef>
#include <string_view>

#include "src/article/html_tags.h"

namespace khulasa::article {

// Characters that are not whitespace: the length measure used in scoring
// (continuation bytes are not counted, so Arabic and Latin weigh the same).
size_t VisibleChars(std::string_view s);

// Commas of any script: ",", U+060C (Arabic), U+3001 and U+FF0C.
size_t Commas(std::string_view s);

// The score a container starts from by its tag: +5 for div, article and
// main, +3 for pre, td and blockquote, -3 for lists and forms, -5 for
// headings and th, 0 otherwise.
double TagBaseScore(HtmlTag tag);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_SCORING_H_
