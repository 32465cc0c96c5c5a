// The HTML reader: raw page bytes in any charset -> khulasa::Article with
// title, date, section, URL and body blocks (paragraphs, subheadings,
// embeds). Article::input is the extracted text, blocks joined by '\n', and
// every range points into it.
#ifndef KHULASA_SRC_ARTICLE_HTML_READER_H_
#define KHULASA_SRC_ARTICLE_HTML_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include "khulasa/article.h"

namespace khulasa::article {

struct HtmlReadOptions {
  // Charset override (an ICU or WHATWG label, e.g. "windows-1256"); empty =
  // detect from BOM, meta tags and the bytes.
  std::string charset;
  // Pages larger than this are refused with kResourceExhausted.
  size_t max_input_bytes = 16u << 20;
  // Pages with more DOM nodes than this are refused (kResourceExhausted).
  // The node array costs about 40 bytes per node.
  size_t max_nodes = 4u << 20;
  // Pages nesting elements deeper than this are refused (kResourceExhausted)
  // before parsing: HTML5 tree building is quadratic in the depth.
  size_t max_depth = 1024;
  // Paragraphs get sentence ranges; past this many sentences the page is
  // refused with kResourceExhausted.
  size_t max_sentences = 20000;
  bool fill_sentences = true;
};

struct HtmlExtraction {
  Article article;                   // format kHtml
  std::vector<std::string> authors;  // from JSON-LD or meta tags
  std::string charset;               // the encoding the page was read in
  std::string language;              // <html lang>, lower case, or ""
  std::string page_type;  // HtmlMetadata::page_type ("NewsArticle", ...)
};

// Reads one HTML page. Errors: kInvalidArgument for an empty or binary page,
// an unknown --charset, or a page without any body text;
// kResourceExhausted past the size, node, depth or sentence limits. Never
// fails on malformed HTML or invalid bytes (they become U+FFFD).
// Thread-safe.
// Memory (measured, docs/extraction.md): peak about 5x the page size on
// real news pages, up to 20x on pages made only of tiny elements (the parser
// tree dominates); with the default 16 MiB input limit that is at most about
// 330 MB. Everything is released on return; each thread keeps one small
// parser.
absl::StatusOr<HtmlExtraction> ReadHtml(std::string_view bytes,
                                        const HtmlReadOptions& options);

// A compact, stable dump for golden tests: "title: ...", "date: ...",
// "section: ...", "url: ...", "authors: a; b", then one "[kind] text" line
// per block.
std::string HtmlExtractionDebugString(const HtmlExtraction& extraction);

// True when `bytes` starts, after an optional BOM and whitespace, with
// "<!doctype html", "<html", or another tag ("<head", "<meta", "<!--", ...):
// what ReadArticle's autodetection calls HTML.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_READER_H_
