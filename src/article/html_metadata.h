// Page-level signals of an HTML article: JSON-LD (schema.org NewsArticle and
// its kin), OpenGraph and article:* meta tags, <time>, <h1>, <title> and
// breadcrumbs, reduced to one title, date, section, author list and, when
// the page carries it, the publisher's own articleBody.
#ifndef KHULASA_SRC_ARTICLE_HTML_METADATA_H_
#define KHULASA_SRC_ARTICLE_HTML_METADATA_H_

#include <string>
#include <vector>

#include "src/article/html_document.h"

namespace khulasa::article {

struct HtmlMetadata {
  std::string title;    // best title: JSON-LD headline, <h1>, og:title, <title>
  std::string date;     // "YYYY-MM-DD" or ""
  std::string section;  // articleSection, article:section or a breadcrumb
  std::string url;      // canonical or og:url
  std::string language;              // <html lang>, e.g. "ar"
  std::vector<std::string> authors;  // as the page gives them
  std::string site_name;             // og:site_name, or ""
  // What the page says it is: the JSON-LD article object's @type
  // ("NewsArticle", "BlogPosting", ...), else "og:" + og:type ("og:article"),
  // else "".
  std::string page_type;
  // JSON-LD articleBody (whitespace kept as given), or "".
  std::string json_ld_body;
  // Every title-like string seen (h1, og:title, <title>, headline), so the
  // body extractor can drop a repeated title.
  std::vector<std::string> title_variants;
};

// Reads the signals above from `doc`. Never fails: malformed JSON-LD and odd
// meta tags are skipped.
HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_METADATA_H_
