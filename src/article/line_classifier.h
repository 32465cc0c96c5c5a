// Predicates that classify one trimmed line of an article: the site's button
// labels, social-post embeds, headings, and the header line "date
// YYYY-MM-DD - SECTION" of scraped pages. Page furniture (captions, "read
// more" links, stamps, bylines) is src/article/furniture.h.
#ifndef KHULASA_SRC_ARTICLE_LINE_CLASSIFIER_H_
#define KHULASA_SRC_ARTICLE_LINE_CLASSIFIER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace khulasa::article {

// Folds a line for matching fixed phrases: drops diacritics, tatweel and
// format controls, maps alef forms to bare alef and alef maksura to yeh,
// lower-cases ASCII and collapses blanks to one space.
std::string FoldForMatch(std::string_view line);

// The start of FoldForMatch(line): folding stops once the output has
// `max_bytes` bytes (or more: the last code point is whole), so prefix tests
// on long lines stay cheap. FoldForMatch(line, 1) is empty exactly when the
// whole fold is.
std::string FoldForMatch(std::string_view line, size_t max_bytes);

// True for the page's button labels "استمع إلى الملخص" (listen to the
// summary), "اظهر الملخص" (show the summary) and "اخف الملخص" (hide it), in
// any hamza / alef / alef maksura spelling.
bool IsButtonLabel(std::string_view line);

// True for a line that is an embedded social post rather than article
// prose: a tweet attribution "... — Name (@handle) Month D, YYYY", a
// pic.twitter.com line, or a line with Latin letters and no Arabic letter
// at all. "Read more" links and captions are page furniture:
// IsFurnitureLine() in src/article/furniture.h.
bool IsEmbedLine(std::string_view line);

// True when `line` could be a heading (a title or subheading): it has an
// Arabic letter, at most `max_words` words, and does not end with sentence
// or clause punctuation (. ! ? ؟ … : ، , ؛ ;).
bool LooksLikeHeading(std::string_view line, size_t max_words);

// True when `line` has at least one Arabic letter.
bool HasArabicLetter(std::string_view line);

// The header line of scraped pages: "date 2025-12-20 - أخبار". `date` gets
// the ISO date, `section` the text after " - " (may be empty). False when
// `line` is not such a header.
bool ParseHeaderLine(std::string_view line, std::string* date,
                     std::string* section);

// True when `text` starts with a valid ISO date "YYYY-MM-DD".
bool StartsWithIsoDate(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_LINE_CLASSIFIER_H_
