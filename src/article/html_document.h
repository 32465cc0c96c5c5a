// A parsed HTML page as a flat, read-only node array in document order,
// built with the myhtml HTML5 parser (libmodest). The extractor walks this
// instead of the parser's own tree: indices are stable, every subtree is the
// contiguous range [i, node.end), and no parser memory outlives Parse().
#ifndef KHULASA_SRC_ARTICLE_HTML_DOCUMENT_H_
#define KHULASA_SRC_ARTICLE_HTML_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace khulasa::article {

// The elements the extractor tells apart; every other element is kOther.
enum class HtmlTag : uint8_t {
  kOther,
  kText,
  kComment,
  kDocument,
  kHtml,
  kHead,
  kBody,
  kTitle,
  kMeta,
  kLink,
  kBase,
  kScript,
  kStyle,
  kNoscript,
  kTemplate,
  kSvg,
  kMath,
  kIframe,
  kObject,
  kEmbed,
  kCanvas,
  kVideo,
  kAudio,
  kPicture,
  kSource,
  kImg,
  kForm,
  kButton,
  kInput,
  kSelect,
  kOption,
  kTextarea,
  kLabel,
  kFieldset,
  kNav,
  kHeader,
  kFooter,
  kAside,
  kMenu,
  kDialog,
  kArticle,
  kMain,
  kSection,
  kDiv,
  kP,
  kSpan,
  kA,
  kBr,
  kHr,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kBlockquote,
  kPre,
  kCode,
  kTable,
  kTbody,
  kThead,
  kTfoot,
  kTr,
  kTd,
  kTh,
  kCaption,
  kFigure,
  kFigcaption,
  kTime,
  kAddress,
  kCenter,
  kFont,
  kB,
  kStrong,
  kEm,
  kI,
  kU,
  kSmall,
  kSup,
  kSub,
  kCite,
  kQ,
  kAbbr,
  kMark,
  kDetails,
  kSummary,
};

struct HtmlNode {
  HtmlTag tag = HtmlTag::kOther;
  int32_t parent = -1;
  int32_t depth = 0;
  // One past the last node of this node's subtree (children follow their
  // parent directly, in document order).
  int32_t end = 0;
  uint32_t attr_begin = 0;  // into the attribute array
  uint32_t attr_count = 0;
  uint32_t text_begin = 0;  // text and comment nodes: into the text storage
  uint32_t text_size = 0;
};

struct HtmlParseOptions {
  // Pages with more nodes than this are refused with kResourceExhausted, so
  // the node array stays bounded (about 40 bytes per node).
  size_t max_nodes = 4u << 20;
};

// Immutable after Parse(); const methods are safe from many threads.
class HtmlDocument {
 public:
  // Parses UTF-8 `html` (must be valid UTF-8; the caller converts first).
  // Any byte sequence yields a tree (HTML5 error recovery); kResourceExhausted
  // past options.max_nodes, kInternal when the parser cannot be created.
  static absl::StatusOr<HtmlDocument> Parse(std::string_view html,
                                            const HtmlParseOptions& options);

  const std::vector<HtmlNode>& nodes() const { return nodes_; }
  const HtmlNode& node(int32_t index) const {
    return nodes_[static_cast<size_t>(index)];
  }
  int32_t size() const { return static_cast<int32_t>(nodes_.size()); }

  // Text of a text or comment node (entities decoded by the parser).
  std::string_view Text(int32_t index) const;
  // Value of attribute `name` (lower case), or "" when absent.
  std::string_view Attribute(int32_t index, std::string_view name) const;
  bool HasAttribute(int32_t index, std::string_view name) const;
  // The index of the first <body> (or the document when there is none).
  int32_t body() const { return body_; }

 private:
  struct Attr {
    uint32_t name_begin, name_size, value_begin, value_size;
  };
  std::vector<HtmlNode> nodes_;
  std::vector<Attr> attrs_;
  std::string storage_;  // text of text nodes, comments and attributes
  int32_t body_ = 0;
};

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_DOCUMENT_H_
