// Groups of HTML elements as the content extractor sees them.
#ifndef KHULASA_SRC_ARTICLE_HTML_TAGS_H_
#define KHULASA_SRC_ARTICLE_HTML_TAGS_H_

#include "src/article/html_document.h"

namespace khulasa::article {

// Elements that start a new block of text; phrasing elements (span, a, b,
// em, time, ...), text, comments, <br> and images do not.
bool IsBlockTag(HtmlTag tag);

// Elements whose subtree never holds article text: head, scripts, styles,
// embedded media, form controls, nav, aside, header, footer, figcaption.
// <noscript> is not one: parsed without scripting, its text is the page's
// fallback and an unclosed <div> inside it can hold the whole body.
bool IsDroppedTag(HtmlTag tag);

// Dropped tags that may wrap body text when a page leaves them unclosed
// (header, footer, aside, nav, menu): judged by their size instead.
bool IsStructuralDrop(HtmlTag tag);

// Elements whose text is code or style, never page text: script, style,
// template, head.
bool IsRawTextTag(HtmlTag tag);

// h1-h6.
bool IsHeading(HtmlTag tag);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_TAGS_H_
