// Internal to the HTML content extractor (html_content.cc): the steps
// that assemble an article's body around the best-scoring container: the
// first article of a page holding several, and the lead that sits outside
// the body (a standfirst sibling, the article's <header>).
#ifndef KHULASA_SRC_ARTICLE_HTML_BODY_ASSEMBLY_H_
#define KHULASA_SRC_ARTICLE_HTML_BODY_ASSEMBLY_H_

#include <cstdint>
#include <vector>

#include "src/article/html_document.h"

namespace khulasa::article {

// Per-node facts the extractor computed, indexed by node; the vectors are
// borrowed and must outlive the call.
struct ContentFacts {
  const std::vector<uint32_t>& text;      // visible characters kept
  const std::vector<uint32_t>& link;      // of which inside links
  const std::vector<uint32_t>& raw_text;  // visible characters, none dropped
  const std::vector<uint32_t>& raw_link;
  const std::vector<uint8_t>& dropped;    // dropped in this pass
  const std::vector<uint8_t>& hard_drop;  // by tag or visibility
  const std::vector<uint8_t>& unlikely;   // boilerplate by class/id/role
  const std::vector<uint8_t>& lead;       // lead class word
};

// `top`, or the first full <article> (500+ kept characters) when `top`
// holds two or more that each hold a quarter of its text, or when `top`
// sits in an <article> that follows an as long, link-poor sibling
// <article> (infinite-scroll pages: the first article is the page's own).
int32_t FirstArticle(const HtmlDocument& doc, const ContentFacts& facts,
                     int32_t top);

// The lead of the article when it sits before the body's first node
// `first`, within two levels above its parent: elements with a lead class
// (standfirst, deck, teaser, intro, ...; 30+ characters) and <p>s of 60+
// characters in a <header>; at most 1,500 characters each and under 30 %
// link text. In document order, none inside another.
std::vector<int32_t> LeadNodesBefore(const HtmlDocument& doc,
                                     const ContentFacts& facts, int32_t first);

// The lead nodes (as above) inside the <header> `header` (the article's
// own header, inside the body).
std::vector<int32_t> LeadNodesInHeader(const HtmlDocument& doc,
                                       const ContentFacts& facts,
                                       int32_t header);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_BODY_ASSEMBLY_H_
