#include "src/article/html_content.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "src/article/furniture_phrases.h"
#include "src/article/html_block_cleanup.h"
#include "src/article/html_body_assembly.h"
#include "src/article/html_hints.h"
#include "src/article/html_scoring.h"
#include "src/article/html_tags.h"
#include "src/article/html_text.h"

namespace khulasa::article {
namespace {

// Short blocks holding a boilerplate phrase are dropped; longer ones are
// body text that happens to quote it.
constexpr size_t kBoilerplateMaxChars = 400;
// Link-only <p> lines up to this long may stay among paragraphs.
constexpr size_t kMaxLinkLineChars = 160;

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
    if (!roots.empty()) {
      for (int32_t lead : LeadNodesBefore(doc_, Facts(), roots.front())) {
        Emit(lead, true);
      }
    }
    for (int32_t root : roots) Emit(root, false);
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
    lead_.assign(n, 0);
    owner_.assign(n, 0);
    in_link_.assign(n, 0);
    std::vector<uint8_t> strong_below(n, 0);
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const HtmlNode& node = doc_.node(i);
      const auto p = static_cast<size_t>(node.parent);
      const auto k = static_cast<size_t>(i);
      owner_[k] =
          (node.tag != HtmlTag::kText && IsBlockTag(node.tag)) ? i : owner_[p];
      in_link_[k] = in_link_[p] || node.tag == HtmlTag::kA;
      if (node.tag == HtmlTag::kText) continue;
      if (IsDroppedTag(node.tag)) {
        hard_drop_[k] = 1;
        continue;
      }
      if (node.attr_count == 0) continue;
      if (IsHiddenElement(doc_, i)) {
        hard_drop_[k] = 1;
        continue;
      }
      const ClassHints h = CachedHints(i);
      // ARIA roles (dialog, navigation, banner, ...) count like a class
      // word: a cookie or login dialog never wins over the article.
      const int role = AriaRoleWeight(doc_, i);
      weight_[k] = static_cast<int16_t>(h.weight + role);
      embed_[k] = h.embed;
      lead_[k] = h.lead;
      unlikely_[k] = (h.unlikely || role < 0) && node.tag != HtmlTag::kBody &&
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
    KeepWrappersOfMostText();
  }

  // No tag or class word removes a wrapper that holds most of the page's
  // text: an unclosed <header> or <aside> that swallowed the page, a
  // <noscript> around an unclosed <div>, a wrapper named "no-sidebars" or
  // "advanced-search" are judged by what they hold instead.
  void KeepWrappersOfMostText() {
    const size_t n = static_cast<size_t>(doc_.size());
    raw_text_.assign(n, 0);
    raw_link_.assign(n, 0);
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const HtmlNode& node = doc_.node(i);
      const auto k = static_cast<size_t>(i);
      if (node.tag == HtmlTag::kText) {
        raw_text_[k] = static_cast<uint32_t>(VisibleChars(doc_.Text(i)));
        if (in_link_[static_cast<size_t>(node.parent)]) {
          raw_link_[k] = raw_text_[k];
        }
      } else if (IsRawTextTag(node.tag)) {
        i = node.end - 1;  // script and style text is not page text
      }
    }
    for (int32_t i = doc_.size() - 1; i >= 1; --i) {
      const auto p = static_cast<size_t>(doc_.node(i).parent);
      raw_text_[p] += raw_text_[static_cast<size_t>(i)];
      raw_link_[p] += raw_link_[static_cast<size_t>(i)];
    }
    const uint32_t page = raw_text_[static_cast<size_t>(doc_.body())];
    for (int32_t i = 1; i < doc_.size(); ++i) {
      const auto k = static_cast<size_t>(i);
      if (2 * static_cast<uint64_t>(raw_text_[k]) <= page) continue;
      unlikely_[k] = 0;
      if (hard_drop_[k] && IsStructuralDrop(doc_.node(i).tag)) {
        hard_drop_[k] = 0;
      }
    }
  }

  // Pages repeat the same class/id pairs hundreds of times; judging each
  // distinct pair once cut the extractor's time on the corpus by a third.
  ClassHints CachedHints(int32_t i) {
    const std::pair<std::string_view, std::string_view> key(
        doc_.Attribute(i, "class"), doc_.Attribute(i, "id"));
    const auto it = hint_cache_.find(key);
    if (it != hint_cache_.end()) return it->second;
    const ClassHints h = ReadClassHints(doc_, i);
    hint_cache_.emplace(key, h);
    return h;
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
    return text_[k] == 0 ? 0.0 : static_cast<double>(link_[k]) / text_[k];
  }

  void AddScore(int32_t i, double s) {
    const auto k = static_cast<size_t>(i);
    if (!scored_[k]) {
      scored_[k] = 1;
      score_[k] = TagBaseScore(doc_.node(i).tag) + weight_[k];
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
      if (i != top && scored_[k] && !dropped_[k] && score_[k] >= 0.75 * *best) {
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
    const auto score_of = [&](int32_t i) {
      return score_[static_cast<size_t>(i)];
    };
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
    top = FirstArticle(doc_, Facts(), PromoteTop(top, &best));
    std::vector<int32_t> roots;
    const int32_t parent = doc_.node(top).parent;
    if (parent <= 0) return {top};
    const bool top_article = doc_.node(top).tag == HtmlTag::kArticle;
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
      // The next article of an infinite-scroll page is not this one's.
      if (top_article && doc_.node(c).tag == HtmlTag::kArticle) continue;
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

  ContentFacts Facts() const {
    return {text_,    link_,      raw_text_, raw_link_,
            dropped_, hard_drop_, unlikely_, lead_};
  }

  // Drops link-heavy containers inside the content (related-link lists,
  // tag clouds) the way Readability's conditional cleaning does.
  bool CleanedAway(int32_t i, int32_t root) const {
    const HtmlTag t = doc_.node(i).tag;
    const auto k = static_cast<size_t>(i);
    if (text_[k] == 0) return false;
    // An element holding most of the content's text is the content, whatever
    // its class says ("elementor-widget-container").
    if (2 * text_[k] > text_[static_cast<size_t>(root)]) return false;
    const double ld = LinkDensity(i);
    switch (t) {
      case HtmlTag::kUl:
      case HtmlTag::kOl:
      case HtmlTag::kDl:
        return ld > 0.5;
      case HtmlTag::kDiv:
      case HtmlTag::kSection:
      case HtmlTag::kTable:
      case HtmlTag::kForm:
      case HtmlTag::kOther:
        // Weak words ("card", "widget": -10) only lower the score.
        if (weight_[k] <= -25) return true;
        return ld > 0.5 || (weight_[k] < 25 && ld > 0.33 && text_[k] < 200);
      default:
        return false;
    }
  }

  // `lead`: a lead node outside the body, read even when its <header> or
  // a stripped wrapper would drop it.
  void Emit(int32_t root, bool lead) {
    const int32_t end = doc_.node(root).end;
    for (int32_t i = root; i < end; ++i) {
      const HtmlNode& node = doc_.node(i);
      const auto k = static_cast<size_t>(i);
      if (blocks_.size() >= options_.max_blocks) return;
      // Second pass (nothing stripped while scoring): boilerplate-looking
      // elements inside the chosen content still go.
      const bool unlikely_inside =
          strip_inside_ && i != root && unlikely_[k] &&
          2 * text_[k] <= text_[static_cast<size_t>(root)];
      // A lead holds no figure, caption or credit.
      const bool drop = lead ? (i != root && (hard_drop_[k] || unlikely_[k] ||
                                              node.tag == HtmlTag::kFigure))
                             : dropped_[k];
      // The article's own <header>: its lead paragraphs are body.
      if (!lead && i != root && node.tag == HtmlTag::kHeader && drop &&
          !dropped_[static_cast<size_t>(node.parent)]) {
        for (int32_t l : LeadNodesInHeader(doc_, Facts(), i)) Emit(l, true);
        i = node.end - 1;
        continue;
      }
      if (drop || unlikely_inside || (i != root && CleanedAway(i, root))) {
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
    const HtmlTag owner =
        current_owner_ >= 0 ? doc_.node(current_owner_).tag : HtmlTag::kOther;
    // A block that is mostly a link is navigation ("Read more: ..."),
    // unless it is a short <p> among paragraphs (CleanHtmlBlocks decides).
    if (link * 10 > len * 7) {
      if (owner == HtmlTag::kP && len <= kMaxLinkLineChars) {
        blocks_.push_back({BlockKind::kParagraph, std::move(text), true});
      }
      return;
    }
    for (const std::string& t : meta_.title_variants) {
      if (text == t) return;
    }
    if (len < kBoilerplateMaxChars) {
      if (ContainsChromePhrase(text)) return;
    }
    BlockKind kind = BlockKind::kParagraph;
    if (IsHeading(owner)) kind = BlockKind::kSubheading;
    blocks_.push_back({kind, std::move(text)});
  }

  const HtmlDocument& doc_;
  const HtmlMetadata& meta_;
  const HtmlContentOptions& options_;
  struct PairHash {
    size_t operator()(
        const std::pair<std::string_view, std::string_view>& p) const {
      return std::hash<std::string_view>{}(p.first) * 31 +
             std::hash<std::string_view>{}(p.second);
    }
  };
  // Lookup only (never iterated), so its order cannot leak into the output.
  std::unordered_map<std::pair<std::string_view, std::string_view>, ClassHints,
                     PairHash>
      hint_cache_;
  std::vector<uint8_t> hard_drop_;
  std::vector<uint32_t> raw_text_;  // visible characters, nothing dropped
  std::vector<uint8_t> unlikely_;
  size_t best_chars_ = 0;
  bool strip_ = true;
  bool strip_inside_ = false;
  std::vector<uint8_t> dropped_;
  std::vector<int16_t> weight_;
  std::vector<uint8_t> embed_;
  std::vector<uint8_t> lead_;
  std::vector<uint32_t> raw_link_;
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
  std::vector<HtmlBlock> blocks = extractor.Run();
  CleanHtmlBlocks(&blocks);
  return blocks;
}

}  // namespace khulasa::article
