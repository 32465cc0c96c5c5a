#include "src/article/html_content.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/article/html_text.h"

namespace khulasa::article {
namespace {

// Class/id words. Sites write them in English, and Arabic sites in English
// or transliterated Arabic ("khabar", "matn", "tafasil").
constexpr std::string_view kStrongPositive[] = {
    "articlebody", "article-body", "article_body", "article__body",
    "entry-content", "post-content", "post-body", "post_body",
    "story-body", "storybody", "story-content", "article-text",
    "article_text", "articletext", "article-content", "article_content",
    "articlecontent", "news-body", "newsbody", "news-content",
    "news_content", "news-details", "news_details", "newsdetails",
    "article-details", "article_details", "details-body", "body-text",
    "bodytext", "text-body", "story-text", "content-text", "main-text",
    "articletxt", "field-name-body", "field--name-body", "rich-text",
    "article-detail", "article__content", "story__body", "matn",
    "tafasil", "khabar-body", "entry-body", "single-content",
    "post-entry", "postbody", "c-article-body"};
constexpr std::string_view kPositive[] = {
    "article", "body", "content", "entry", "main", "post", "text", "blog",
    "story", "detail", "column", "hentry", "news"};
constexpr std::string_view kNegative[] = {
    "comment", "share", "sharing", "social", "related", "recommend",
    "sidebar", "side-bar", "footer", "masthead", "navbar", "navigation",
    "menu", "breadcrumb", "newsletter", "subscri", "signup", "sign-up",
    "promo", "advert", "sponsor", "banner", "cookie", "gdpr", "consent",
    "popup", "pop-up", "modal", "outbrain", "taboola", "disqus", "pagination",
    "pager", "toolbar", "widget", "skyscraper", "shoutbox", "most-read",
    "mostread", "most-popular", "popular", "trending", "read-more",
    "readmore", "more-news", "morenews", "more-stories", "also-read",
    "see-also", "tags", "tag-list", "taglist", "keywords", "author-bio",
    "authorbio", "byline", "dateline", "rating", "login",
    "paywall", "overlay", "sr-only", "visually-hidden",
    "screen-reader", "skip-link", "caption", "credit", "copyright",
    "lightbox", "carousel", "slider", "jump", "follow", "donate",
    "newsticker", "ticker", "breaking", "alert", "video-player", "playlist",
    "meta-info", "post-meta", "article-meta", "entry-meta", "subnav",
    "nav-", "-nav", "_nav", "header-", "site-header", "page-header",
    "combx", "remark", "rss", "supplemental", "agegate", "yom-remote",
    "ad-", "-ad", "_ad", "ads-", "-ads", "adv-", "dfp", "googlead",
    "mpu", "teaser", "recirc", "inline-related", "relatedarticle",
    "partner", "embed-", "tooltip", "dropdown", "search"};
// Whole-token negatives that would be too loose as substrings.
constexpr std::string_view kNegativeTokens[] = {
    "ad", "ads", "nav", "aside", "meta", "header", "tools", "tag", "next",
    "prev", "previous",
    "hide", "more", "links", "date", "time", "author", "source",
    "photo", "image", "img", "figure", "gallery", "video", "audio",
    "kicker", "eyebrow"};

enum class Verdict : uint8_t { kKeep, kDrop };

bool IsBlockTag(HtmlTag t) {
  switch (t) {
    case HtmlTag::kSpan: case HtmlTag::kA: case HtmlTag::kB:
    case HtmlTag::kStrong: case HtmlTag::kEm: case HtmlTag::kI:
    case HtmlTag::kU: case HtmlTag::kSmall: case HtmlTag::kSup:
    case HtmlTag::kSub: case HtmlTag::kCite: case HtmlTag::kQ:
    case HtmlTag::kAbbr: case HtmlTag::kMark: case HtmlTag::kFont:
    case HtmlTag::kTime: case HtmlTag::kCode: case HtmlTag::kLabel:
    case HtmlTag::kText: case HtmlTag::kComment: case HtmlTag::kBr:
    case HtmlTag::kImg: case HtmlTag::kPicture: case HtmlTag::kSource:
      return false;
    default:
      return true;
  }
}

// Tags whose subtree never holds article text.
bool IsDroppedTag(HtmlTag t) {
  switch (t) {
    case HtmlTag::kHead: case HtmlTag::kScript: case HtmlTag::kStyle:
    case HtmlTag::kNoscript: case HtmlTag::kTemplate: case HtmlTag::kSvg:
    case HtmlTag::kMath: case HtmlTag::kIframe: case HtmlTag::kObject:
    case HtmlTag::kEmbed: case HtmlTag::kCanvas: case HtmlTag::kVideo:
    case HtmlTag::kAudio: case HtmlTag::kButton: case HtmlTag::kInput:
    case HtmlTag::kSelect: case HtmlTag::kOption: case HtmlTag::kTextarea:
    case HtmlTag::kNav: case HtmlTag::kAside: case HtmlTag::kFooter:
    case HtmlTag::kHeader: case HtmlTag::kMenu: case HtmlTag::kDialog:
    case HtmlTag::kFigcaption: case HtmlTag::kTitle: case HtmlTag::kMeta:
    case HtmlTag::kLink: case HtmlTag::kBase: case HtmlTag::kComment:
    case HtmlTag::kLabel: case HtmlTag::kFieldset:
      return true;
    default:
      return false;
  }
}

bool IsHeading(HtmlTag t) {
  return t == HtmlTag::kH1 || t == HtmlTag::kH2 || t == HtmlTag::kH3 ||
         t == HtmlTag::kH4 || t == HtmlTag::kH5 || t == HtmlTag::kH6;
}

// Characters that are not whitespace: the length measure used in scoring
// (continuation bytes are not counted, so Arabic and Latin weigh the same).
size_t VisibleChars(std::string_view s) {
  size_t n = 0;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) == 0x80) continue;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') continue;
    ++n;
  }
  return n;
}

size_t Commas(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+060C ARABIC COMMA.
    if (s[i] == '\xD8' && i + 1 < s.size() && s[i + 1] == '\x8C') ++n;
  }
  return n;
}

struct Hints {
  int weight = 0;       // Readability's class weight: +-25, +50 strong
  bool unlikely = false;
  bool embed = false;   // a social post
  // A strong body name with no boilerplate word anywhere in class or id:
  // enough to protect its ancestors from class-based stripping.
  bool clean_strong = false;
};

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
             (after == name.size() || name[after] == '-' ||
              name[after] == '_');
      }
      if (ok && after > last) last = after;
      pos = after;
    }
  }
  return last;
}

Hints ReadHints(const HtmlDocument& doc, int32_t i) {
  Hints h;
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
  if (strong) h.weight += 50;
  else if (positive) h.weight += 25;
  if (negative) h.weight -= 25;
  h.unlikely = any_role_negative || (negative && !strong && !positive);
  h.clean_strong = strong && !negative && !any_role_negative && !any_negative_word;
  return h;
}

bool IsHidden(const HtmlDocument& doc, int32_t i) {
  if (doc.HasAttribute(i, "hidden")) return true;
  if (doc.Attribute(i, "aria-hidden") == "true") return true;
  const std::string_view style = doc.Attribute(i, "style");
  if (style.empty()) return false;
  std::string s = AsciiLower(style);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return Contains(s, "display:none") ||
         Contains(s, "visibility:hidden");
}

class Extractor {
 public:
  Extractor(const HtmlDocument& doc, const HtmlMetadata& meta,
            const HtmlContentOptions& options)
      : doc_(doc), meta_(meta), options_(options) {}

  std::vector<HtmlBlock> Run() {
    ReadAttributes();
    std::vector<HtmlBlock> best;
    // Like Readability: when stripping boilerplate-looking elements leaves
    // almost nothing, the page named its content oddly; try again without.
    // Pass 1 strips boilerplate-looking elements everywhere; pass 2 scores
    // without stripping but still strips inside the chosen content; pass 3
    // strips nothing.
    for (const int pass : {1, 2, 3}) {
      strip_ = pass == 1;
      strip_inside_ = pass == 2;
      Account(strip_);
      std::vector<HtmlBlock> blocks = ExtractOnce();
      size_t chars = 0;
      for (const HtmlBlock& b : blocks) chars += VisibleChars(b.text);
      if (chars > best_chars_ || best.empty()) {
        best = std::move(blocks);
        best_chars_ = chars;
      }
      if (best_chars_ >= kMinBodyChars) break;
    }
    return best;
  }

 private:
  static constexpr size_t kMinBodyChars = 250;

  std::vector<HtmlBlock> ExtractOnce() {
    blocks_.clear();
    current_.Take();
    current_link_ = 0;
    current_owner_ = -1;
    const std::vector<int32_t> roots = ChooseRoots();
    if (getenv("KHULASA_HTML_DEBUG") != nullptr) {
      const HtmlNode& bn = doc_.node(doc_.body());
      fprintf(stderr, "nodes %d body %d end %d\n", doc_.size(), doc_.body(), bn.end);
      for (int32_t c = doc_.body() + 1; c < bn.end; c = doc_.node(c).end) {
        fprintf(stderr, " child %d tag %d class=%s dropped=%d text=%u\n", c, static_cast<int>(doc_.node(c).tag), std::string(doc_.Attribute(c, "class")).c_str(), dropped_[c], text_[c]);
      }
      for (int32_t r : roots) {
        fprintf(stderr, "root %d tag %d class=%s id=%s score=%.1f text=%u link=%u dropped=%d\n", r,
                static_cast<int>(doc_.node(r).tag),
                std::string(doc_.Attribute(r, "class")).c_str(),
                std::string(doc_.Attribute(r, "id")).c_str(), score_[r], text_[r], link_[r], dropped_[r]);
      }
    }
    for (int32_t root : roots) Emit(root);
    Flush();
    return std::move(blocks_);
  }

  // Per-element verdicts that do not depend on the pass: hard drops (tags,
  // hidden elements), class/id hints, embeds.
  void ReadAttributes() {
    const size_t n = static_cast<size_t>(doc_.size());
    hard_drop_.assign(n, 0);
    unlikely_.assign(n, 0);
    weight_.assign(n, 0);
    embed_.assign(n, 0);
    owner_.assign(n, 0);
    in_link_.assign(n, 0);
    std::vector<uint8_t> strong_below(n, 0);
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const HtmlNode& node = doc_.node(i);
      const auto p = static_cast<size_t>(node.parent);
      const auto k = static_cast<size_t>(i);
      owner_[k] = (node.tag != HtmlTag::kText && IsBlockTag(node.tag))
                      ? i
                      : owner_[p];
      in_link_[k] = in_link_[p] || node.tag == HtmlTag::kA;
      if (node.tag == HtmlTag::kText) continue;
      if (IsDroppedTag(node.tag)) {
        hard_drop_[k] = 1;
        continue;
      }
      if (node.attr_count == 0) continue;
      if (IsHidden(doc_, i)) {
        hard_drop_[k] = 1;
        continue;
      }
      const Hints h = ReadHints(doc_, i);
      weight_[k] = static_cast<int16_t>(h.weight);
      embed_[k] = h.embed;
      unlikely_[k] = h.unlikely && node.tag != HtmlTag::kBody &&
                     node.tag != HtmlTag::kA && node.tag != HtmlTag::kHtml;
      if (h.clean_strong || doc_.Attribute(i, "itemprop") == "articleBody") {
        strong_below[k] = 1;
      }
    }
    // A wrapper whose class looks like boilerplate ("slider", "promo") but
    // that holds a strong article-body container is kept.
    for (int32_t i = doc_.size() - 1; i >= 1; --i) {
      const auto p = static_cast<size_t>(doc_.node(i).parent);
      if (strong_below[static_cast<size_t>(i)]) strong_below[p] = 1;
    }
    for (size_t k = 0; k < n; ++k) {
      if (strong_below[k]) unlikely_[k] = 0;
    }
  }

  // Text and link lengths of every kept node; `strip_unlikely` drops
  // elements whose class/id looks like boilerplate.
  void Account(bool strip_unlikely) {
    const size_t n = static_cast<size_t>(doc_.size());
    dropped_.assign(n, 0);
    text_.assign(n, 0);
    link_.assign(n, 0);
    own_text_.assign(n, 0);
    own_commas_.assign(n, 0);
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const HtmlNode& node = doc_.node(i);
      const auto p = static_cast<size_t>(node.parent);
      const auto k = static_cast<size_t>(i);
      if (dropped_[p] || hard_drop_[k] || (strip_unlikely && unlikely_[k])) {
        dropped_[k] = 1;
        continue;
      }
      if (node.tag != HtmlTag::kText) continue;
      const std::string_view t = doc_.Text(i);
      const auto len = static_cast<uint32_t>(VisibleChars(t));
      text_[k] = len;
      if (in_link_[p]) link_[k] = len;
      const auto o = static_cast<size_t>(owner_[k]);
      own_text_[o] += len;
      own_commas_[o] += static_cast<uint32_t>(Commas(t));
    }
    for (int32_t i = doc_.size() - 1; i >= 1; --i) {
      const auto p = static_cast<size_t>(doc_.node(i).parent);
      text_[p] += text_[static_cast<size_t>(i)];
      link_[p] += link_[static_cast<size_t>(i)];
    }
  }

  double LinkDensity(int32_t i) const {
    const auto k = static_cast<size_t>(i);
    return text_[k] == 0 ? 0.0
                         : static_cast<double>(link_[k]) / text_[k];
  }

  static double TagBase(HtmlTag t) {
    switch (t) {
      case HtmlTag::kDiv: case HtmlTag::kArticle: case HtmlTag::kMain:
        return 5;
      case HtmlTag::kPre: case HtmlTag::kTd: case HtmlTag::kBlockquote:
        return 3;
      case HtmlTag::kAddress: case HtmlTag::kOl: case HtmlTag::kUl:
      case HtmlTag::kDl: case HtmlTag::kDd: case HtmlTag::kDt:
      case HtmlTag::kLi: case HtmlTag::kForm:
        return -3;
      case HtmlTag::kH1: case HtmlTag::kH2: case HtmlTag::kH3:
      case HtmlTag::kH4: case HtmlTag::kH5: case HtmlTag::kH6:
      case HtmlTag::kTh:
        return -5;
      default:
        return 0;
    }
  }

  void AddScore(int32_t i, double s) {
    const auto k = static_cast<size_t>(i);
    if (!scored_[k]) {
      scored_[k] = 1;
      score_[k] = TagBase(doc_.node(i).tag) + weight_[k];
    }
    score_[k] += s;
  }

  int ElementChildren(int32_t i) const {
    int count = 0;
    const HtmlNode& n = doc_.node(i);
    for (int32_t c = i + 1; c < n.end; c = doc_.node(c).end) {
      const HtmlTag t = doc_.node(c).tag;
      if (t == HtmlTag::kText) {
        if (text_[static_cast<size_t>(c)] > 0) ++count;
        continue;
      }
      if (t != HtmlTag::kComment && !dropped_[static_cast<size_t>(c)]) ++count;
    }
    return count;
  }

  bool IsAncestor(int32_t a, int32_t i) const {
    return a <= i && i < doc_.node(a).end;
  }

  // Readability's refinements of the best-scoring node: an ancestor that
  // holds several other strong candidates, a parent that scores higher, and
  // wrappers with a single child.
  int32_t PromoteTop(int32_t top, double* best) {
    const int32_t body = doc_.body();
    // Other candidates within 75% of the best.
    std::vector<int32_t> strong;
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const auto k = static_cast<size_t>(i);
      if (i != top && scored_[k] && !dropped_[k] &&
          score_[k] >= 0.75 * *best) {
        strong.push_back(i);
      }
    }
    std::sort(strong.begin(), strong.end(), [&](int32_t a, int32_t b) {
      return score_[static_cast<size_t>(a)] > score_[static_cast<size_t>(b)];
    });
    if (strong.size() > 4) strong.resize(4);
    if (strong.size() >= 2) {
      for (int32_t a = doc_.node(top).parent; a > 0 && a != body;
           a = doc_.node(a).parent) {
        int inside = 0;
        for (int32_t c : strong) inside += IsAncestor(a, c) ? 1 : 0;
        if (inside >= 2) {
          top = a;
          break;
        }
      }
    }
    const auto score_of = [&](int32_t i) { return score_[static_cast<size_t>(i)]; };
    double last = score_of(top);
    const double threshold = last / 3;
    for (int32_t p = doc_.node(top).parent; p > 0 && p != body;
         p = doc_.node(p).parent) {
      if (!scored_[static_cast<size_t>(p)]) continue;
      const double s = score_of(p);
      if (s < threshold) break;
      if (s > last) {
        top = p;
        break;
      }
      last = s;
    }
    while (doc_.node(top).parent > 0 && doc_.node(top).parent != body &&
           ElementChildren(doc_.node(top).parent) == 1) {
      top = doc_.node(top).parent;
    }
    if (scored_[static_cast<size_t>(top)] && score_of(top) > *best) {
      *best = score_of(top);
    }
    return top;
  }

  std::vector<int32_t> ChooseRoots() {
    const size_t n = static_cast<size_t>(doc_.size());
    score_.assign(n, 0.0);
    scored_.assign(n, 0);
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const auto k = static_cast<size_t>(i);
      const HtmlNode& node = doc_.node(i);
      if (dropped_[k]) {
        i = node.end - 1;
        continue;
      }
      if (node.tag == HtmlTag::kText || !IsBlockTag(node.tag)) continue;
      if (IsHeading(node.tag) || node.tag == HtmlTag::kLi ||
          node.tag == HtmlTag::kUl || node.tag == HtmlTag::kOl) {
        continue;
      }
      const uint32_t len = own_text_[k];
      if (len < 25) continue;
      const double s = 1.0 + own_commas_[k] + std::min(len / 100.0, 3.0);
      int32_t a = node.parent;
      for (int level = 0; a > 0 && level < 5; ++level) {
        const double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        AddScore(a, s / div);
        a = doc_.node(a).parent;
      }
    }
    int32_t top = -1;
    double best = 0;
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const auto k = static_cast<size_t>(i);
      if (!scored_[k] || dropped_[k]) continue;
      score_[k] *= 1.0 - LinkDensity(i);
      if (top < 0 || score_[k] > best) {
        top = i;
        best = score_[k];
      }
    }
    if (top < 0) return {doc_.body()};
    top = PromoteTop(top, &best);
    std::vector<int32_t> roots;
    const int32_t parent = doc_.node(top).parent;
    if (parent <= 0) return {top};
    const double threshold = std::max(10.0, best * 0.2);
    const std::string_view top_class = doc_.Attribute(top, "class");
    const HtmlNode& pn = doc_.node(parent);
    for (int32_t c = parent + 1; c < pn.end; c = doc_.node(c).end) {
      const auto k = static_cast<size_t>(c);
      if (c == top) {
        roots.push_back(c);
        continue;
      }
      if (dropped_[k] || doc_.node(c).tag == HtmlTag::kText) continue;
      double bonus = 0;
      if (!top_class.empty() && doc_.Attribute(c, "class") == top_class) {
        bonus = best * 0.2;
      }
      if (scored_[k] && score_[k] + bonus >= threshold) {
        roots.push_back(c);
      } else if (doc_.node(c).tag == HtmlTag::kP) {
        const double ld = LinkDensity(c);
        const uint32_t len = text_[k];
        if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0)) {
          roots.push_back(c);
        }
      }
    }
    return roots;
  }

  // Drops link-heavy containers inside the content (related-link lists,
  // tag clouds) the way Readability's conditional cleaning does.
  bool CleanedAway(int32_t i) const {
    const HtmlTag t = doc_.node(i).tag;
    const auto k = static_cast<size_t>(i);
    if (text_[k] == 0) return false;
    const double ld = LinkDensity(i);
    switch (t) {
      case HtmlTag::kUl: case HtmlTag::kOl: case HtmlTag::kDl:
        return ld > 0.5;
      case HtmlTag::kDiv: case HtmlTag::kSection: case HtmlTag::kTable:
      case HtmlTag::kForm: case HtmlTag::kOther:
        if (weight_[k] < 0) return true;
        return ld > 0.5 || (weight_[k] < 25 && ld > 0.33 && text_[k] < 200);
      default:
        return false;
    }
  }

  void Emit(int32_t root) {
    const int32_t end = doc_.node(root).end;
    for (int32_t i = root; i < end; ++i) {
      const HtmlNode& node = doc_.node(i);
      const auto k = static_cast<size_t>(i);
      if (blocks_.size() >= options_.max_blocks) return;
      // Second pass (nothing stripped while scoring): boilerplate-looking
      // elements inside the chosen content still go.
      const bool unlikely_inside = strip_inside_ && i != root && unlikely_[k];
      if (dropped_[k] || unlikely_inside || (i != root && CleanedAway(i))) {
        i = node.end - 1;
        continue;
      }
      if (embed_[k]) {
        Flush();
        HtmlTextBuilder b;
        int32_t last_owner = -1;
        for (int32_t c = i + 1; c < node.end; ++c) {
          const auto ck = static_cast<size_t>(c);
          const HtmlTag t = doc_.node(c).tag;
          if (t == HtmlTag::kText && !dropped_[ck]) {
            // Text from another block (a <p> inside the quote) is a new
            // line of the post: keep the words apart.
            if (owner_[ck] != last_owner) b.Space();
            last_owner = owner_[ck];
            b.Append(doc_.Text(c));
          } else if (t == HtmlTag::kBr) {
            b.Space();
          }
        }
        if (!b.empty()) blocks_.push_back({BlockKind::kEmbed, b.Take()});
        i = node.end - 1;
        continue;
      }
      if (node.tag == HtmlTag::kH1) {
        i = node.end - 1;  // the title, reported apart from the body
        continue;
      }
      if (node.tag == HtmlTag::kBr || node.tag == HtmlTag::kHr) {
        Flush();
        continue;
      }
      if (node.tag != HtmlTag::kText) continue;
      if (owner_[k] != current_owner_) {
        Flush();
        current_owner_ = owner_[k];
      }
      const std::string_view t = doc_.Text(i);
      if (getenv("KHULASA_HTML_TRACE") && t.find(getenv("KHULASA_HTML_TRACE")) != std::string_view::npos) {
        for (int32_t a = i; a > 0; a = doc_.node(a).parent) {
          fprintf(stderr, "  %d tag %d class=%s unlikely=%d dropped=%d weight=%d\n", a, static_cast<int>(doc_.node(a).tag), std::string(doc_.Attribute(a, "class")).c_str(), unlikely_[a], dropped_[a], weight_[a]);
        }
      }
      current_.Append(t);
      if (in_link_[static_cast<size_t>(node.parent)]) {
        current_link_ += VisibleChars(t);
      }
    }
  }

  void Flush() {
    if (current_.empty()) {
      current_link_ = 0;
      return;
    }
    const size_t link = current_link_;
    current_link_ = 0;
    std::string text = current_.Take();
    const size_t len = VisibleChars(text);
    if (len == 0) return;
    // A block that is mostly a link is navigation ("Read more: ...").
    if (link * 10 > len * 7) return;
    for (const std::string& t : meta_.title_variants) {
      if (text == t) return;
    }
    const HtmlTag owner = current_owner_ >= 0 ? doc_.node(current_owner_).tag
                                              : HtmlTag::kOther;
    BlockKind kind = BlockKind::kParagraph;
    if (IsHeading(owner)) kind = BlockKind::kSubheading;
    blocks_.push_back({kind, std::move(text)});
  }

  const HtmlDocument& doc_;
  const HtmlMetadata& meta_;
  const HtmlContentOptions& options_;
  std::vector<uint8_t> hard_drop_;
  std::vector<uint8_t> unlikely_;
  size_t best_chars_ = 0;
  bool strip_ = true;
  bool strip_inside_ = false;
  std::vector<uint8_t> dropped_;
  std::vector<int16_t> weight_;
  std::vector<uint8_t> embed_;
  std::vector<int32_t> owner_;
  std::vector<uint8_t> in_link_;
  std::vector<uint32_t> text_;
  std::vector<uint32_t> link_;
  std::vector<uint32_t> own_text_;
  std::vector<uint32_t> own_commas_;
  std::vector<double> score_;
  std::vector<uint8_t> scored_;
  std::vector<HtmlBlock> blocks_;
  HtmlTextBuilder current_;
  size_t current_link_ = 0;
  int32_t current_owner_ = -1;
};

}  // namespace

std::vector<HtmlBlock> ExtractHtmlContent(const HtmlDocument& doc,
                                          const HtmlMetadata& metadata,
                                          const HtmlContentOptions& options) {
  if (doc.size() <= 1) return {};
  Extractor extractor(doc, metadata, options);
  return extractor.Run();
}

}  // namespace khulasa::article
