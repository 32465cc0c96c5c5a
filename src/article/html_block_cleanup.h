// Cleans the body blocks the content extractor read (html_content.h): keeps
// short link lines only where they stand among paragraphs, and drops the
// furniture that trails an article inside its container (related links,
// subscribe and share prompts, tags, credits, disclaimers).
#ifndef KHULASA_SRC_ARTICLE_HTML_BLOCK_CLEANUP_H_
#define KHULASA_SRC_ARTICLE_HTML_BLOCK_CLEANUP_H_

#include <string_view>
#include <vector>

#include "src/article/html_content.h"

namespace khulasa::article {

// IsFurnitureLine() on a line that holds an Arabic letter. The furniture
// rules were built on Arabic pages; on Latin and Cyrillic text they also
// take tweet signature lines, prices and list items in parentheses, so the
// HTML reader drops only Arabic furniture lines from the text.
bool IsArabicFurnitureLine(std::string_view line);

// In place, keeping the order of what stays:
// - a block with link_line set stays only between two paragraphs that are
//   not link lines and hold at least 80 characters each (a link sentence
//   inside the text, not a "read more" line under it); it is then an
//   ordinary paragraph;
// - from the end of the body backwards, blocks that are page furniture
//   (IsArabicFurnitureLine, IsClosingFurnitureLine) go, and so does a trailing
//   "related" / "read more" heading with the short lines after it.
// Linear in the total text.
void CleanHtmlBlocks(std::vector<HtmlBlock>* blocks);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_BLOCK_CLEANUP_H_
