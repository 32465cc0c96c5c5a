// Finds the main content of an HTML page and turns it into body blocks:
// paragraphs, subheadings (h2-h4 inside the body) and embeds (tweets and
// other social posts). Menus, ads, share bars, related links, comments and
// cookie banners are left out.
//
// How: every element gets a boilerplate verdict from its tag, visibility and
// class/id words (English and the transliterated words Arabic sites use);
// then text blocks score their ancestors by length, commas and link density,
// as in Mozilla Readability; the best container and its strong siblings are
// kept, and their blocks are read in document order with link-heavy lists
// and tiny link-only blocks dropped.
#ifndef KHULASA_SRC_ARTICLE_HTML_CONTENT_H_
#define KHULASA_SRC_ARTICLE_HTML_CONTENT_H_

#include <string>
#include <vector>

#include "khulasa/article.h"
#include "src/article/html_document.h"
#include "src/article/html_metadata.h"

namespace khulasa::article {

struct HtmlBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // collapsed whitespace, never empty
  // A short <p> that is mostly a link: kept by CleanHtmlBlocks only when
  // it stands among paragraphs (html_block_cleanup.h).
  bool link_line = false;
};

struct HtmlContentOptions {
  // Blocks past this many are dropped (bounds the output of huge pages).
  size_t max_blocks = 20000;
};

// The body of `doc` in reading order. Empty when the page has no text.
// Deterministic; runs in time linear in the number of nodes.
std::vector<HtmlBlock> ExtractHtmlContent(const HtmlDocument& doc,
                                          const HtmlMetadata& metadata,
                                          const HtmlContentOptions& options);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_CONTENT_H_
