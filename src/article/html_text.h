// Builds readable text from HTML text nodes: whitespace runs (ASCII, no-break
// and other Unicode spaces) collapse to one space, and no text starts or
// ends with a space.
#ifndef KHULASA_SRC_ARTICLE_HTML_TEXT_H_
#define KHULASA_SRC_ARTICLE_HTML_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace khulasa::article {

class HtmlTextBuilder {
 public:
  // Appends valid UTF-8 `text`, collapsing whitespace.
  void Append(std::string_view text);
  // Separates what comes next from what came before by a space (an inline
  // element boundary such as <br> or a table cell).
  void Space() { pending_space_ = !text_.empty(); }
  bool empty() const { return text_.empty(); }
  size_t size() const { return text_.size(); }
  const std::string& text() const { return text_; }
  // Returns the text and starts over.
  std::string Take();

 private:
  std::string text_;
  bool pending_space_ = false;
};

// `text` with whitespace collapsed and trimmed.
std::string CollapseHtmlWhitespace(std::string_view text);

// Decodes the character references that leak into JSON-LD and meta
// values (&quot; &amp; &apos; &lt; &gt; &nbsp; &#NNN; &#xHH;); others are
// kept as written.
std::string DecodeBasicEntities(std::string_view text);

// `text` with ASCII letters lowered (other bytes unchanged).
std::string AsciiLower(std::string_view text);

// True when `text` contains `part` / starts with `prefix` / ends with
// `suffix` (std::string_view, unlike Debian's absl which has its own view).
inline bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}
inline bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}
inline bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}

// Number of bytes of `text` that are not ASCII whitespace: a cheap length
// measure for scoring.
size_t VisibleBytes(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_TEXT_H_
