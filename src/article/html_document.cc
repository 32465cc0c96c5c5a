#include "src/article/html_document.h"

#include <myhtml/api.h>

#include <memory>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::article {
namespace {

HtmlTag MapTag(myhtml_tag_id_t id) {
  switch (id) {
    case MyHTML_TAG__TEXT:
      return HtmlTag::kText;
    case MyHTML_TAG__COMMENT:
      return HtmlTag::kComment;
    case MyHTML_TAG_HTML:
      return HtmlTag::kHtml;
    case MyHTML_TAG_HEAD:
      return HtmlTag::kHead;
    case MyHTML_TAG_BODY:
      return HtmlTag::kBody;
    case MyHTML_TAG_TITLE:
      return HtmlTag::kTitle;
    case MyHTML_TAG_META:
      return HtmlTag::kMeta;
    case MyHTML_TAG_LINK:
      return HtmlTag::kLink;
    case MyHTML_TAG_BASE:
      return HtmlTag::kBase;
    case MyHTML_TAG_SCRIPT:
      return HtmlTag::kScript;
    case MyHTML_TAG_STYLE:
      return HtmlTag::kStyle;
    case MyHTML_TAG_NOSCRIPT:
      return HtmlTag::kNoscript;
    case MyHTML_TAG_TEMPLATE:
      return HtmlTag::kTemplate;
    case MyHTML_TAG_SVG:
      return HtmlTag::kSvg;
    case MyHTML_TAG_MATH:
      return HtmlTag::kMath;
    case MyHTML_TAG_IFRAME:
      return HtmlTag::kIframe;
    case MyHTML_TAG_OBJECT:
      return HtmlTag::kObject;
    case MyHTML_TAG_EMBED:
      return HtmlTag::kEmbed;
    case MyHTML_TAG_CANVAS:
      return HtmlTag::kCanvas;
    case MyHTML_TAG_VIDEO:
      return HtmlTag::kVideo;
    case MyHTML_TAG_AUDIO:
      return HtmlTag::kAudio;
    case MyHTML_TAG_SOURCE:
      return HtmlTag::kSource;
    case MyHTML_TAG_IMG:
      return HtmlTag::kImg;
    case MyHTML_TAG_FORM:
      return HtmlTag::kForm;
    case MyHTML_TAG_BUTTON:
      return HtmlTag::kButton;
    case MyHTML_TAG_INPUT:
      return HtmlTag::kInput;
    case MyHTML_TAG_SELECT:
      return HtmlTag::kSelect;
    case MyHTML_TAG_OPTION:
      return HtmlTag::kOption;
    case MyHTML_TAG_TEXTAREA:
      return HtmlTag::kTextarea;
    case MyHTML_TAG_LABEL:
      return HtmlTag::kLabel;
    case MyHTML_TAG_FIELDSET:
      return HtmlTag::kFieldset;
    case MyHTML_TAG_NAV:
      return HtmlTag::kNav;
    case MyHTML_TAG_HEADER:
      return HtmlTag::kHeader;
    case MyHTML_TAG_FOOTER:
      return HtmlTag::kFooter;
    case MyHTML_TAG_ASIDE:
      return HtmlTag::kAside;
    case MyHTML_TAG_MENU:
      return HtmlTag::kMenu;
    case MyHTML_TAG_DIALOG:
      return HtmlTag::kDialog;
    case MyHTML_TAG_ARTICLE:
      return HtmlTag::kArticle;
    case MyHTML_TAG_MAIN:
      return HtmlTag::kMain;
    case MyHTML_TAG_SECTION:
      return HtmlTag::kSection;
    case MyHTML_TAG_DIV:
      return HtmlTag::kDiv;
    case MyHTML_TAG_P:
      return HtmlTag::kP;
    case MyHTML_TAG_SPAN:
      return HtmlTag::kSpan;
    case MyHTML_TAG_A:
      return HtmlTag::kA;
    case MyHTML_TAG_BR:
      return HtmlTag::kBr;
    case MyHTML_TAG_HR:
      return HtmlTag::kHr;
    case MyHTML_TAG_H1:
      return HtmlTag::kH1;
    case MyHTML_TAG_H2:
      return HtmlTag::kH2;
    case MyHTML_TAG_H3:
      return HtmlTag::kH3;
    case MyHTML_TAG_H4:
      return HtmlTag::kH4;
    case MyHTML_TAG_H5:
      return HtmlTag::kH5;
    case MyHTML_TAG_H6:
      return HtmlTag::kH6;
    case MyHTML_TAG_UL:
      return HtmlTag::kUl;
    case MyHTML_TAG_OL:
      return HtmlTag::kOl;
    case MyHTML_TAG_LI:
      return HtmlTag::kLi;
    case MyHTML_TAG_DL:
      return HtmlTag::kDl;
    case MyHTML_TAG_DT:
      return HtmlTag::kDt;
    case MyHTML_TAG_DD:
      return HtmlTag::kDd;
    case MyHTML_TAG_BLOCKQUOTE:
      return HtmlTag::kBlockquote;
    case MyHTML_TAG_PRE:
      return HtmlTag::kPre;
    case MyHTML_TAG_CODE:
      return HtmlTag::kCode;
    case MyHTML_TAG_TABLE:
      return HtmlTag::kTable;
    case MyHTML_TAG_TBODY:
      return HtmlTag::kTbody;
    case MyHTML_TAG_THEAD:
      return HtmlTag::kThead;
    case MyHTML_TAG_TFOOT:
      return HtmlTag::kTfoot;
    case MyHTML_TAG_TR:
      return HtmlTag::kTr;
    case MyHTML_TAG_TD:
      return HtmlTag::kTd;
    case MyHTML_TAG_TH:
      return HtmlTag::kTh;
    case MyHTML_TAG_CAPTION:
      return HtmlTag::kCaption;
    case MyHTML_TAG_FIGURE:
      return HtmlTag::kFigure;
    case MyHTML_TAG_FIGCAPTION:
      return HtmlTag::kFigcaption;
    case MyHTML_TAG_TIME:
      return HtmlTag::kTime;
    case MyHTML_TAG_ADDRESS:
      return HtmlTag::kAddress;
    case MyHTML_TAG_CENTER:
      return HtmlTag::kCenter;
    case MyHTML_TAG_FONT:
      return HtmlTag::kFont;
    case MyHTML_TAG_B:
      return HtmlTag::kB;
    case MyHTML_TAG_STRONG:
      return HtmlTag::kStrong;
    case MyHTML_TAG_EM:
      return HtmlTag::kEm;
    case MyHTML_TAG_I:
      return HtmlTag::kI;
    case MyHTML_TAG_U:
      return HtmlTag::kU;
    case MyHTML_TAG_SMALL:
      return HtmlTag::kSmall;
    case MyHTML_TAG_SUP:
      return HtmlTag::kSup;
    case MyHTML_TAG_SUB:
      return HtmlTag::kSub;
    case MyHTML_TAG_CITE:
      return HtmlTag::kCite;
    case MyHTML_TAG_Q:
      return HtmlTag::kQ;
    case MyHTML_TAG_ABBR:
      return HtmlTag::kAbbr;
    case MyHTML_TAG_MARK:
      return HtmlTag::kMark;
    case MyHTML_TAG_DETAILS:
      return HtmlTag::kDetails;
    case MyHTML_TAG_SUMMARY:
      return HtmlTag::kSummary;
    // Other phrasing elements read like <span>.
    case MyHTML_TAG_S:
    case MyHTML_TAG_DEL:
    case MyHTML_TAG_INS:
    case MyHTML_TAG_BDI:
    case MyHTML_TAG_BDO:
    case MyHTML_TAG_WBR:
    case MyHTML_TAG_NOBR:
    case MyHTML_TAG_TT:
    case MyHTML_TAG_KBD:
    case MyHTML_TAG_VAR:
    case MyHTML_TAG_BIG:
    case MyHTML_TAG_DFN:
    case MyHTML_TAG_ACRONYM:
    case MyHTML_TAG_SAMP:
    case MyHTML_TAG_RUBY:
    case MyHTML_TAG_RB:
    case MyHTML_TAG_RT:
    case MyHTML_TAG_RP:
    case MyHTML_TAG_STRIKE:
    case MyHTML_TAG_OUTPUT:
      return HtmlTag::kSpan;
    default:
      return HtmlTag::kOther;
  }
}

// One parser and tree per thread: myhtml_t creation costs more than parsing
// a typical page, and a tree must never be shared between threads.
class ThreadParser {
 public:
  ThreadParser() {
    myhtml_ = myhtml_create();
    if (myhtml_ == nullptr ||
        myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) !=
            MyHTML_STATUS_OK) {
      return;
    }
    tree_ = myhtml_tree_create();
    if (tree_ != nullptr &&
        myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK) {
      myhtml_tree_destroy(tree_);
      tree_ = nullptr;
    }
  }
  ~ThreadParser() {
    if (tree_ != nullptr) myhtml_tree_destroy(tree_);
    if (myhtml_ != nullptr) myhtml_destroy(myhtml_);
  }
  ThreadParser(const ThreadParser&) = delete;  // owns C parser state
  ThreadParser& operator=(const ThreadParser&) = delete;

  myhtml_tree_t* tree() { return tree_; }
  // After a large page, drop the tree's pools so a thread keeps at most one
  // small page's worth of parser memory between calls.
  void Release(size_t page_bytes) {
    if (tree_ == nullptr) return;
    if (page_bytes > (1u << 20)) {
      myhtml_tree_destroy(tree_);
      tree_ = myhtml_tree_create();
      if (tree_ != nullptr &&
          myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK) {
        myhtml_tree_destroy(tree_);
        tree_ = nullptr;
      }
    } else {
      myhtml_tree_clean(tree_);
    }
  }

 private:
  myhtml_t* myhtml_ = nullptr;
  myhtml_tree_t* tree_ = nullptr;
};

uint32_t Append(std::string* storage, const char* data, size_t size) {
  const auto begin = static_cast<uint32_t>(storage->size());
  if (data != nullptr && size > 0) storage->append(data, size);
  return begin;
}

}  // namespace

absl::StatusOr<HtmlDocument> HtmlDocument::Parse(
    std::string_view html, const HtmlParseOptions& options) {
  if (html.size() >= (1u << 31)) {
    return absl::ResourceExhaustedError("html page larger than 2 GiB");
  }
  thread_local ThreadParser parser;
  myhtml_tree_t* tree = parser.tree();
  if (tree == nullptr) {
    return absl::InternalError("cannot create the myhtml parser");
  }
  HtmlDocument doc;
  const char* data = html.empty() ? "" : html.data();
  if (myhtml_parse(tree, MyENCODING_UTF_8, data, html.size()) !=
      MyHTML_STATUS_OK) {
    parser.Release(html.size());
    return absl::InvalidArgumentError("html parser failed on this page");
  }
  doc.storage_.reserve(html.size() / 2);
  doc.nodes_.reserve(html.size() / 40 + 16);
  // Iterative preorder walk: pages nested 100,000 deep must not overflow
  // the stack.
  struct Item {
    myhtml_tree_node_t* node;
    int32_t parent;
  };
  std::vector<Item> stack;
  myhtml_tree_node_t* document = myhtml_tree_get_document(tree);
  HtmlNode root;
  root.tag = HtmlTag::kDocument;
  doc.nodes_.push_back(root);
  for (myhtml_tree_node_t* c = myhtml_node_last_child(document); c != nullptr;
       c = myhtml_node_prev(c)) {
    stack.push_back({c, 0});
  }
  bool too_many = false;
  int32_t body = -1;
  while (!stack.empty()) {
    const Item item = stack.back();
    stack.pop_back();
    if (doc.nodes_.size() >= options.max_nodes) {
      too_many = true;
      break;
    }
    HtmlNode n;
    const myhtml_tag_id_t id = myhtml_node_tag_id(item.node);
    n.tag = MapTag(id);
    n.parent = item.parent;
    n.depth = doc.nodes_[static_cast<size_t>(item.parent)].depth + 1;
    if (n.tag == HtmlTag::kText || n.tag == HtmlTag::kComment) {
      size_t size = 0;
      const char* text = myhtml_node_text(item.node, &size);
      n.text_begin = Append(&doc.storage_, text, size);
      n.text_size = static_cast<uint32_t>(size);
    } else {
      n.attr_begin = static_cast<uint32_t>(doc.attrs_.size());
      for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(item.node);
           a != nullptr; a = myhtml_attribute_next(a)) {
        size_t key_size = 0;
        size_t value_size = 0;
        const char* key = myhtml_attribute_key(a, &key_size);
        const char* value = myhtml_attribute_value(a, &value_size);
        Attr attr;
        attr.name_begin = Append(&doc.storage_, key, key_size);
        attr.name_size = static_cast<uint32_t>(key == nullptr ? 0 : key_size);
        attr.value_begin = Append(&doc.storage_, value, value_size);
        attr.value_size =
            static_cast<uint32_t>(value == nullptr ? 0 : value_size);
        doc.attrs_.push_back(attr);
      }
      n.attr_count = static_cast<uint32_t>(doc.attrs_.size()) - n.attr_begin;
    }
    const auto index = static_cast<int32_t>(doc.nodes_.size());
    if (n.tag == HtmlTag::kBody && body < 0) body = index;
    doc.nodes_.push_back(n);
    for (myhtml_tree_node_t* c = myhtml_node_last_child(item.node);
         c != nullptr; c = myhtml_node_prev(c)) {
      stack.push_back({c, index});
    }
  }
  parser.Release(html.size());
  if (too_many) {
    return absl::ResourceExhaustedError(
        absl::StrCat("html page has more than ", options.max_nodes,
                     " nodes; split the page or raise the node limit"));
  }
  // Children come right after their parent, so one backward pass finds the
  // end of every subtree.
  for (auto& n : doc.nodes_) n.end = 0;
  for (int32_t i = doc.size() - 1; i >= 0; --i) {
    HtmlNode& n = doc.nodes_[static_cast<size_t>(i)];
    if (n.end < i + 1) n.end = i + 1;
    if (n.parent >= 0) {
      HtmlNode& p = doc.nodes_[static_cast<size_t>(n.parent)];
      if (p.end < n.end) p.end = n.end;
    }
  }
  doc.body_ = body < 0 ? 0 : body;
  return doc;
}

std::string_view HtmlDocument::Text(int32_t index) const {
  const HtmlNode& n = node(index);
  return std::string_view(storage_).substr(n.text_begin, n.text_size);
}

std::string_view HtmlDocument::Attribute(int32_t index,
                                         std::string_view name) const {
  const HtmlNode& n = node(index);
  const std::string_view s(storage_);
  for (uint32_t i = n.attr_begin; i < n.attr_begin + n.attr_count; ++i) {
    const Attr& a = attrs_[i];
    if (s.substr(a.name_begin, a.name_size) == name) {
      return s.substr(a.value_begin, a.value_size);
    }
  }
  return {};
}

bool HtmlDocument::HasAttribute(int32_t index, std::string_view name) const {
  const HtmlNode& n = node(index);
  const std::string_view s(storage_);
  for (uint32_t i = n.attr_begin; i < n.attr_begin + n.attr_count; ++i) {
    if (s.substr(attrs_[i].name_begin, attrs_[i].name_size) == name) {
      return true;
    }
  }
  return false;
}

}  // namespace khulasa::article
