#include "src/article/html_hints.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "src/article/html_text.h"

namespace khulasa::article {
namespace {

// Class/id words. Sites write them in English, and Arabic sites in English
// or transliterated Arabic ("khabar", "matn", "tafasil").
constexpr std::string_view kStrongPositive[] = {"articlebody",
                                                "article-body",
                                                "article_body",
                                                "article__body",
                                                "entry-content",
                                                "post-content",
                                                "post-body",
                                                "post_body",
                                                "story-body",
                                                "storybody",
                                                "story-content",
                                                "article-text",
                                                "article_text",
                                                "articletext",
                                                "article-content",
                                                "article_content",
                                                "articlecontent",
                                                "news-body",
                                                "newsbody",
                                                "news-content",
                                                "news_content",
                                                "news-details",
                                                "news_details",
                                                "newsdetails",
                                                "article-details",
                                                "article_details",
                                                "details-body",
                                                "body-text",
                                                "bodytext",
                                                "text-body",
                                                "story-text",
                                                "content-text",
                                                "main-text",
                                                "articletxt",
                                                "field-name-body",
                                                "field--name-body",
                                                "rich-text",
                                                "article-detail",
                                                "article__content",
                                                "story__body",
                                                "matn",
                                                "tafasil",
                                                "khabar-body",
                                                "entry-body",
                                                "single-content",
                                                "post-entry",
                                                "postbody",
                                                "c-article-body"};
constexpr std::string_view kPositive[] = {
    "article", "body",  "content", "entry",  "main",   "post", "text",
    "blog",    "story", "detail",  "column", "hentry", "news"};
constexpr std::string_view kNegative[] = {"comment",
                                          "share",
                                          "sharing",
                                          "social",
                                          "related",
                                          "recommend",
                                          "sidebar",
                                          "side-bar",
                                          "footer",
                                          "masthead",
                                          "navbar",
                                          "navigation",
                                          "menu",
                                          "breadcrumb",
                                          "newsletter",
                                          "subscri",
                                          "signup",
                                          "sign-up",
                                          "promo",
                                          "advert",
                                          "sponsor",
                                          "banner",
                                          "cookie",
                                          "gdpr",
                                          "consent",
                                          "popup",
                                          "pop-up",
                                          "modal",
                                          "outbrain",
                                          "taboola",
                                          "disqus",
                                          "pagination",
                                          "pager",
                                          "toolbar",
                                          "skyscraper",
                                          "shoutbox",
                                          "most-read",
                                          "mostread",
                                          "most-popular",
                                          "popular",
                                          "trending",
                                          "read-more",
                                          "readmore",
                                          "more-news",
                                          "morenews",
                                          "more-stories",
                                          "also-read",
                                          "see-also",
                                          "tags",
                                          "tag-list",
                                          "taglist",
                                          "keywords",
                                          "author-bio",
                                          "authorbio",
                                          "byline",
                                          "dateline",
                                          "rating",
                                          "login",
                                          "paywall",
                                          "overlay",
                                          "sr-only",
                                          "visually-hidden",
                                          "screen-reader",
                                          "skip-link",
                                          "caption",
                                          "credit",
                                          "copyright",
                                          "lightbox",
                                          "carousel",
                                          "slider",
                                          "jump",
                                          "follow",
                                          "donate",
                                          "newsticker",
                                          "ticker",
                                          "breaking",
                                          "alert",
                                          "video-player",
                                          "playlist",
                                          "meta-info",
                                          "post-meta",
                                          "article-meta",
                                          "entry-meta",
                                          "subnav",
                                          "nav-",
                                          "-nav",
                                          "_nav",
                                          "header-",
                                          "site-header",
                                          "page-header",
                                          "combx",
                                          "remark",
                                          "rss",
                                          "supplemental",
                                          "agegate",
                                          "yom-remote",
                                          "ad-",
                                          "-ad",
                                          "_ad",
                                          "ads-",
                                          "-ads",
                                          "adv-",
                                          "dfp",
                                          "googlead",
                                          "mpu",
                                          "teaser",
                                          "recirc",
                                          "inline-related",
                                          "relatedarticle",
                                          "partner",
                                          "embed-",
                                          "tooltip",
                                          "dropdown",
                                          "search"};
// Whole-token negatives that would be too loose as substrings.
constexpr std::string_view kNegativeTokens[] = {
    "ad",     "ads",     "nav",    "aside",    "meta",   "header", "tools",
    "tag",    "next",    "prev",   "previous", "hide",   "more",   "links",
    "date",   "time",    "author", "source",   "photo",  "image",  "img",
    "figure", "gallery", "video",  "audio",    "kicker", "eyebrow"};

// Phrases of site chrome that sits inside the content container (comment
// policies, copyright lines, "read also" links), in Arabic and English. A
// short block holding one is dropped.
constexpr std::string_view kBoilerplatePhrases[] = {
    // "all rights reserved"
    "\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 "
    "\u0645\u062d\u0641\u0648\u0638\u0629",
    // "does not express the opinion (of the site)"
    "\u0644\u0627 \u062a\u0639\u0628\u0631 \u0639\u0646 "
    "\u0631\u0623\u064a",
    // "reviewing the comments"
    "\u0645\u0631\u0627\u062c\u0639\u0629 "
    "\u0627\u0644\u062a\u0639\u0644\u064a\u0642\u0627\u062a",
    // "read also"
    "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627",
    // "follow us on"
    "\u062a\u0627\u0628\u0639\u0648\u0646\u0627 \u0639\u0644\u0649",
    "All rights reserved", "all rights reserved"};

// End offset of the last match of any of `words` in `name` (0 = none);
// `whole_token` words must be delimited by '-', '_' or the name's ends.
template <size_t N>
size_t LastMatchEnd(std::string_view name, const std::string_view (&words)[N],
                    bool whole_token) {
  size_t last = 0;
  for (std::string_view w : words) {
    size_t pos = 0;
    while ((pos = name.find(w, pos)) != std::string_view::npos) {
      const size_t after = pos + w.size();
      bool ok = true;
      if (whole_token) {
        ok = (pos == 0 || name[pos - 1] == '-' || name[pos - 1] == '_') &&
             (after == name.size() || name[after] == '-' || name[after] == '_');
      }
      if (ok && after > last) last = after;
      pos = after;
    }
  }
  return last;
}

}  // namespace

ClassHints ReadClassHints(const HtmlDocument& doc, int32_t i) {
  ClassHints h;
  const std::string_view cls = doc.Attribute(i, "class");
  const std::string_view id = doc.Attribute(i, "id");
  if (cls.empty() && id.empty()) return h;
  std::string hint = AsciiLower(cls);
  hint.push_back(' ');
  hint.append(AsciiLower(id));
  if (hint.size() > 512) hint.resize(512);
  if (Contains(hint, "twitter-tweet") || Contains(hint, "instagram-media") ||
      Contains(hint, "tiktok-embed") || Contains(hint, "fb-post")) {
    h.embed = true;
    return h;
  }
  // Each class name (and the id) is judged on its own, and when one name
  // holds both kinds of word the later word names the role:
  // "article_details_tags" is a tag list, "comments-content" is not body.
  bool strong = false;
  bool positive = false;
  bool negative = false;
  bool any_role_negative = false;
  bool any_negative_word = false;
  size_t pos = 0;
  const std::string_view all(hint);
  while (pos < all.size()) {
    size_t end = all.find(' ', pos);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view name = all.substr(pos, end - pos);
    pos = end + 1;
    if (name.empty()) continue;
    const size_t s = LastMatchEnd(name, kStrongPositive, false);
    const size_t p = std::max(s, LastMatchEnd(name, kPositive, false));
    const size_t n = std::max(LastMatchEnd(name, kNegative, false),
                              LastMatchEnd(name, kNegativeTokens, true));
    // The last word of a name states its role: "article_details_tags" and
    // "article-footer" are not body, "comments-content" may hold it.
    const size_t cut = name.find_last_of("-_");
    const std::string_view last_word =
        cut == std::string_view::npos ? name : name.substr(cut + 1);
    bool role_negative = false;
    for (std::string_view w : kNegativeTokens) role_negative |= last_word == w;
    for (std::string_view w : kNegative) role_negative |= last_word == w;
    if (n > 0 && (p == 0 || role_negative)) negative = true;
    any_negative_word |= n > 0;
    any_role_negative |= role_negative;
    if (!role_negative && s > 0) strong = true;
    if (!role_negative && p > 0) positive = true;
  }
  if (strong)
    h.weight += 50;
  else if (positive)
    h.weight += 25;
  if (negative) h.weight -= 25;
  h.unlikely = any_role_negative || (negative && !strong && !positive);
  h.clean_strong =
      strong && !negative && !any_role_negative && !any_negative_word;
  return h;
}

bool IsHiddenElement(const HtmlDocument& doc, int32_t i) {
  if (doc.HasAttribute(i, "hidden")) return true;
  if (doc.Attribute(i, "aria-hidden") == "true") return true;
  const std::string_view style = doc.Attribute(i, "style");
  if (style.empty()) return false;
  std::string s = AsciiLower(style);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return Contains(s, "display:none") || Contains(s, "visibility:hidden");
}

bool ContainsBoilerplatePhrase(std::string_view text) {
  for (std::string_view phrase : kBoilerplatePhrases) {
    if (Contains(text, phrase)) return true;
  }
  return false;
}

}  // namespace khulasa::article
