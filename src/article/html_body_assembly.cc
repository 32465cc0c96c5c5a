#include "src/article/html_body_assembly.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace khulasa::article {
namespace {

// An <article> this long counts as a whole article, not a teaser card.
constexpr uint32_t kMinArticleChars = 500;
// Leads are looked for this many levels above the body's parent.
constexpr int kLeadScopeLevels = 2;
constexpr uint32_t kMinLeadChars = 30;
constexpr uint32_t kMinHeaderLeadChars = 60;
constexpr uint32_t kMaxLeadChars = 1500;

double LinkDensity(const ContentFacts& f, int32_t i) {
  const auto k = static_cast<size_t>(i);
  return f.text[k] == 0 ? 0.0 : static_cast<double>(f.link[k]) / f.text[k];
}

// The lead nodes in [begin, end); `header` is a <header> holding the
// range, or -1.
std::vector<int32_t> LeadNodes(const HtmlDocument& doc, const ContentFacts& f,
                               int32_t begin, int32_t end, int32_t header) {
  std::vector<int32_t> leads;
  int32_t header_end = header >= 0 ? doc.node(header).end : -1;
  for (int32_t i = begin; i < end; ++i) {
    const HtmlNode& node = doc.node(i);
    const auto k = static_cast<size_t>(i);
    if (node.tag == HtmlTag::kText || node.end > end) continue;
    const bool is_header = node.tag == HtmlTag::kHeader;
    if ((f.hard_drop[k] && !is_header) || (f.unlikely[k] && !f.lead[k])) {
      i = node.end - 1;
      continue;
    }
    if (is_header) {
      header_end = std::max(header_end, node.end);
      continue;
    }
    const bool header_p = node.tag == HtmlTag::kP && i < header_end;
    if (!f.lead[k] && !header_p) continue;
    const uint32_t len = f.raw_text[k];
    const uint32_t min_len = f.lead[k] ? kMinLeadChars : kMinHeaderLeadChars;
    if (len >= min_len && len <= kMaxLeadChars &&
        f.raw_link[k] * 10 < len * 3) {
      leads.push_back(i);
    }
    i = node.end - 1;
  }
  return leads;
}

}  // namespace

int32_t FirstArticle(const HtmlDocument& doc, const ContentFacts& f,
                     int32_t top) {
  const auto text_of = [&](int32_t i) {
    return f.text[static_cast<size_t>(i)];
  };
  const auto full_article = [&](int32_t i) {
    return doc.node(i).tag == HtmlTag::kArticle &&
           !f.dropped[static_cast<size_t>(i)] && text_of(i) >= kMinArticleChars;
  };
  const HtmlNode& t = doc.node(top);
  int32_t first = -1;
  int count = 0;
  for (int32_t i = top + 1; i < t.end;) {
    if (full_article(i) && 4 * text_of(i) >= text_of(top)) {
      if (first < 0) first = i;
      ++count;
      i = doc.node(i).end;
      continue;
    }
    ++i;
  }
  if (count >= 2) return first;
  int32_t a = top;
  while (a > 0 && doc.node(a).tag != HtmlTag::kArticle) a = doc.node(a).parent;
  if (a <= 0 || doc.node(a).parent <= 0) return top;
  for (int32_t c = doc.node(a).parent + 1; c < a; c = doc.node(c).end) {
    if (full_article(c) && 2 * text_of(c) >= text_of(a) &&
        LinkDensity(f, c) < 0.3) {
      return c;
    }
  }
  return top;
}

std::vector<int32_t> LeadNodesBefore(const HtmlDocument& doc,
                                     const ContentFacts& f, int32_t first) {
  int32_t scope = doc.node(first).parent;
  for (int level = 0; level < kLeadScopeLevels && scope > 0 &&
                      scope != doc.body() && doc.node(scope).parent > 0;
       ++level) {
    scope = doc.node(scope).parent;
  }
  if (scope <= 0) return {};
  return LeadNodes(doc, f, scope + 1, first, -1);
}

std::vector<int32_t> LeadNodesInHeader(const HtmlDocument& doc,
                                       const ContentFacts& f, int32_t header) {
  return LeadNodes(doc, f, header, doc.node(header).end, header);
}

}  // namespace khulasa::article
