#include "src/article/html_metadata.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "src/article/html_date.h"
#include "src/article/html_text.h"
#include "src/base/json_nesting.h"

namespace khulasa::article {
namespace {

using Json = nlohmann::json;

// JSON-LD scripts larger than this are skipped (they are product feeds, not
// article metadata).
constexpr size_t kMaxJsonLdBytes = 4u << 20;
constexpr size_t kMaxJsonDepth = 32;

// Visible text of a subtree, collapsed, at most `max_bytes` (cut at a
// code-point boundary).
std::string InnerText(const HtmlDocument& doc, int32_t index,
                      size_t max_bytes) {
  HtmlTextBuilder builder;
  const HtmlNode& n = doc.node(index);
  for (int32_t i = index + 1; i < n.end; ++i) {
    const HtmlTag tag = doc.node(i).tag;
    if (tag == HtmlTag::kScript || tag == HtmlTag::kStyle ||
        tag == HtmlTag::kTemplate || tag == HtmlTag::kSvg) {
      i = doc.node(i).end - 1;
      continue;
    }
    if (tag == HtmlTag::kText) builder.Append(doc.Text(i));
    if (tag == HtmlTag::kBr) builder.Space();
    if (builder.size() > max_bytes) break;
  }
  std::string text = builder.Take();
  if (text.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    text.resize(cut);
  }
  return text;
}

std::string JsonString(const Json& value) {
  if (value.is_string()) return value.get_ref<const std::string&>();
  if (value.is_array()) {
    for (const Json& item : value) {
      if (item.is_string()) return item.get_ref<const std::string&>();
    }
  }
  return "";
}

const Json* Member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// The schema.org type of an article object ("NewsArticle", "BlogPosting",
// ...; the first of a type list that is one), or "" when it is none.
std::string ArticleType(const Json& object) {
  const Json* type = Member(object, "@type");
  if (type == nullptr) return "";
  auto matches = [](const Json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return EndsWith(s, "Article") || s == "BlogPosting" || s == "Report" ||
           s == "LiveBlogPosting" || s == "Posting";
  };
  if (type->is_array()) {
    for (const Json& t : *type) {
      if (matches(t)) return t.get<std::string>();
    }
    return "";
  }
  return matches(*type) ? type->get<std::string>() : "";
}

void AddAuthors(const Json& value, std::vector<std::string>* authors) {
  std::vector<const Json*> items;
  if (value.is_array()) {
    for (const Json& v : value) items.push_back(&v);
  } else {
    items.push_back(&value);
  }
  for (const Json* item : items) {
    std::string name;
    if (item->is_string()) {
      name = item->get_ref<const std::string&>();
    } else if (const Json* n = Member(*item, "name")) {
      name = JsonString(*n);
    }
    name = CollapseHtmlWhitespace(name);
    if (!name.empty() && name.size() < 200) authors->push_back(name);
    if (authors->size() >= 20) return;
  }
}

struct JsonLdFields {
  std::string headline, date, section, body, url, type;
  std::vector<std::string> authors;
  std::vector<std::string> breadcrumbs;
};

void ReadArticleObject(const Json& o, JsonLdFields* f) {
  if (f->headline.empty()) {
    if (const Json* v = Member(o, "headline")) f->headline = JsonString(*v);
  }
  if (f->date.empty()) {
    for (const char* key : {"datePublished", "dateCreated", "uploadDate"}) {
      if (const Json* v = Member(o, key)) {
        f->date = NormalizeHtmlDate(JsonString(*v));
        if (!f->date.empty()) break;
      }
    }
  }
  if (f->section.empty()) {
    if (const Json* v = Member(o, "articleSection"))
      f->section = JsonString(*v);
  }
  if (f->body.empty()) {
    if (const Json* v = Member(o, "articleBody")) f->body = JsonString(*v);
  }
  if (f->authors.empty()) {
    if (const Json* v = Member(o, "author")) AddAuthors(*v, &f->authors);
  }
  if (f->url.empty()) {
    if (const Json* v = Member(o, "url")) f->url = JsonString(*v);
  }
}

void ReadBreadcrumbs(const Json& o, JsonLdFields* f) {
  const Json* items = Member(o, "itemListElement");
  if (items == nullptr || !items->is_array() || !f->breadcrumbs.empty()) {
    return;
  }
  for (const Json& item : *items) {
    std::string name;
    if (const Json* n = Member(item, "name")) name = JsonString(*n);
    if (name.empty()) {
      if (const Json* it = Member(item, "item")) {
        if (const Json* n = Member(*it, "name")) name = JsonString(*n);
      }
    }
    name = CollapseHtmlWhitespace(name);
    if (!name.empty()) f->breadcrumbs.push_back(name);
  }
}

// Walks one JSON-LD value (objects, arrays, @graph) without recursion.
void ReadJsonLd(const Json& root, JsonLdFields* f) {
  std::vector<std::pair<const Json*, size_t>> stack = {{&root, 0}};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 10000) {
    const auto [value, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxJsonDepth) continue;
    if (value->is_array()) {
      for (auto it = value->rbegin(); it != value->rend(); ++it) {
        stack.push_back({&*it, depth + 1});
      }
      continue;
    }
    if (!value->is_object()) continue;
    if (std::string type = ArticleType(*value); !type.empty()) {
      if (f->type.empty()) f->type = std::move(type);
      ReadArticleObject(*value, f);
    }
    if (const Json* type = Member(*value, "@type")) {
      if (JsonString(*type) == "BreadcrumbList") ReadBreadcrumbs(*value, f);
    }
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
      if (const Json* v = Member(*value, key)) {
        if (v->is_object() || v->is_array()) stack.push_back({v, depth + 1});
      }
    }
  }
}

// Strips a " | Site" or " - Site" tail from a <title>.
std::string StripSiteName(const std::string& title) {
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                          " :: ", " \xC2\xBB "}) {
    const size_t pos = title.rfind(sep);
    if (pos != std::string::npos && pos >= 15) return title.substr(0, pos);
  }
  return title;
}

bool IsDateKey(std::string_view key) {
  static constexpr std::string_view kKeys[] = {"article:published_time",
                                               "og:published_time",
                                               "article:published",
                                               "datepublished",
                                               "pubdate",
                                               "publishdate",
                                               "publish-date",
                                               "publish_date",
                                               "published_time",
                                               "publication_date",
                                               "date",
                                               "dc.date",
                                               "dc.date.issued",
                                               "dcterms.created",
                                               "dcterms.date",
                                               "sailthru.date",
                                               "parsely-pub-date",
                                               "article.published",
                                               "cxenseparse:recs:publishtime",
                                               "og:article:published_time",
                                               "article_date_original",
                                               "datecreated",
                                               "release_date",
                                               "dc.date.created",
                                               "citation_publication_date",
                                               "originalpublicationdate",
                                               "article.created",
                                               "created"};
  for (std::string_view k : kKeys) {
    if (key == k) return true;
  }
  return false;
}

// The first date written in the text that follows node `start` (at most
// kDatelineTextNodes text nodes, scripts skipped).
std::string DateAfter(const HtmlDocument& doc, int32_t start) {
  constexpr int kDatelineTextNodes = 40;
  int seen = 0;
  for (int32_t i = start + 1; i < doc.size() && seen < kDatelineTextNodes;
       ++i) {
    const HtmlTag tag = doc.node(i).tag;
    if (tag == HtmlTag::kScript || tag == HtmlTag::kStyle) {
      i = doc.node(i).end - 1;
      continue;
    }
    if (tag != HtmlTag::kText) continue;
    const std::string_view text = doc.Text(i);
    if (VisibleBytes(text) == 0) continue;
    ++seen;
    if (text.size() > 300) continue;  // a paragraph, not a dateline
    std::string date = NormalizeHtmlDate(text);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace

HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc) {
  HtmlMetadata meta;
  JsonLdFields ld;
  std::vector<std::string> h1s;
  std::vector<int32_t> h1_nodes;
  std::string og_title, html_title, h1, meta_date, time_date, meta_section,
      og_url, og_type, canonical;
  std::vector<std::string> meta_authors;
  for (int32_t i = 0; i < doc.size(); ++i) {
    const HtmlNode& n = doc.node(i);
    switch (n.tag) {
      case HtmlTag::kHtml:
        if (meta.language.empty()) {
          meta.language = AsciiLower(doc.Attribute(i, "lang"));
        }
        break;
      case HtmlTag::kScript: {
        const std::string type = AsciiLower(doc.Attribute(i, "type"));
        if (type != "application/ld+json") break;
        std::string json;
        for (int32_t c = i + 1; c < n.end; ++c) {
          if (doc.node(c).tag == HtmlTag::kText) json.append(doc.Text(c));
        }
        if (json.size() > kMaxJsonLdBytes) break;
        // Deeper blocks are not read (a DOM node per level: see
        // base/json_nesting.h); the walk below reads kMaxJsonDepth anyway.
        if (base::JsonNestingDepth(json, 4 * kMaxJsonDepth) >
            4 * kMaxJsonDepth) {
          break;
        }
        const Json root =
            Json::parse(json, nullptr, /*allow_exceptions=*/false);
        if (!root.is_discarded()) ReadJsonLd(root, &ld);
        break;
      }
      case HtmlTag::kMeta: {
        std::string key = AsciiLower(doc.Attribute(i, "property"));
        if (key.empty()) key = AsciiLower(doc.Attribute(i, "name"));
        if (key.empty()) {
          key = AsciiLower(doc.Attribute(i, "itemprop"));
        }
        if (key.empty()) break;
        const std::string_view content = doc.Attribute(i, "content");
        if (key == "og:title" && og_title.empty()) {
          og_title = CollapseHtmlWhitespace(content);
        } else if (key == "og:site_name" && meta.site_name.empty()) {
          meta.site_name = CollapseHtmlWhitespace(content);
        } else if (key == "og:url" && og_url.empty()) {
          og_url = std::string(content);
        } else if (key == "og:type" && og_type.empty()) {
          og_type = AsciiLower(CollapseHtmlWhitespace(content));
        } else if (key == "article:section" && meta_section.empty()) {
          meta_section = CollapseHtmlWhitespace(content);
        } else if ((key == "author" || key == "article:author" ||
                    key == "dc.creator") &&
                   !content.empty() && meta_authors.size() < 20 &&
                   !StartsWith(content, "http")) {
          meta_authors.push_back(CollapseHtmlWhitespace(content));
        } else if (meta_date.empty() && IsDateKey(key)) {
          meta_date = NormalizeHtmlDate(content);
        }
        break;
      }
      case HtmlTag::kLink:
        if (canonical.empty() &&
            AsciiLower(doc.Attribute(i, "rel")) == "canonical") {
          canonical = std::string(doc.Attribute(i, "href"));
        }
        break;
      case HtmlTag::kTitle:
        if (html_title.empty()) html_title = InnerText(doc, i, 1000);
        break;
      case HtmlTag::kH1:
        if (h1s.size() < 8) {
          h1s.push_back(InnerText(doc, i, 1000));
          h1_nodes.push_back(i);
        }
        break;
      case HtmlTag::kTime:
        if (time_date.empty()) {
          time_date = NormalizeHtmlDate(doc.Attribute(i, "datetime"));
          if (time_date.empty())
            time_date = NormalizeHtmlDate(InnerText(doc, i, 200));
        }
        break;
      default:
        break;
    }
    // itemprop="datePublished" on any element (content= or datetime=).
    if (meta_date.empty() && n.tag != HtmlTag::kMeta &&
        n.tag != HtmlTag::kText && n.attr_count > 0 &&
        doc.Attribute(i, "itemprop") == "datePublished") {
      std::string_view value = doc.Attribute(i, "content");
      if (value.empty()) value = doc.Attribute(i, "datetime");
      meta_date = value.empty() ? NormalizeHtmlDate(InnerText(doc, i, 200))
                                : NormalizeHtmlDate(value);
    }
  }
  // The page's h1 is often the site logo: prefer one that the <title> or
  // og:title repeats, then the first long one.
  for (const std::string& candidate : h1s) {
    if (!h1.empty()) break;
    if (candidate.size() < 8) continue;
    if (Contains(og_title, candidate) || Contains(html_title, candidate) ||
        (!og_title.empty() && Contains(candidate, og_title))) {
      h1 = candidate;
      break;
    }
  }
  if (h1.empty()) {
    for (const std::string& candidate : h1s) {
      if (candidate.size() >= 20) {
        h1 = candidate;
        break;
      }
    }
  }
  ld.headline = CollapseHtmlWhitespace(DecodeBasicEntities(ld.headline));
  ld.section = DecodeBasicEntities(ld.section);
  for (std::string& a : ld.authors) a = DecodeBasicEntities(a);
  if (ld.body.find('&') != std::string::npos) {
    ld.body = DecodeBasicEntities(ld.body);
  }
  if (!ld.headline.empty()) {
    meta.title = ld.headline;
  } else if (!h1.empty()) {
    meta.title = h1;
  } else if (!og_title.empty()) {
    meta.title = og_title;
  } else {
    meta.title = StripSiteName(html_title);
  }
  for (const std::string* t : {&ld.headline, &h1, &og_title, &html_title}) {
    if (!t->empty()) meta.title_variants.push_back(*t);
  }
  if (!html_title.empty()) {
    meta.title_variants.push_back(StripSiteName(html_title));
  }
  meta.date = !ld.date.empty()     ? ld.date
              : !meta_date.empty() ? meta_date
                                   : time_date;
  if (meta.date.empty()) {
    // No machine-readable date: read the visible dateline, which sites put
    // right after the headline ("Wednesday, 28 August 2013, updated ...").
    int32_t title_node = h1_nodes.empty() ? -1 : h1_nodes.front();
    for (size_t k = 0; k < h1s.size(); ++k) {
      if (h1s[k] == h1) title_node = h1_nodes[k];
    }
    if (title_node >= 0) meta.date = DateAfter(doc, title_node);
  }
  meta.section = CollapseHtmlWhitespace(ld.section);
  if (meta.section.empty()) meta.section = meta_section;
  if (meta.section.empty() && ld.breadcrumbs.size() >= 2) {
    // The crumb after "Home" names the section.
    meta.section = ld.breadcrumbs[1];
  }
  meta.url = !canonical.empty() ? canonical : !og_url.empty() ? og_url : ld.url;
  meta.page_type = !ld.type.empty()   ? ld.type
                   : !og_type.empty() ? "og:" + og_type
                                      : "";
  meta.authors = !ld.authors.empty() ? ld.authors : meta_authors;
  meta.json_ld_body = std::move(ld.body);
  return meta;
}

}  // namespace khulasa::article
