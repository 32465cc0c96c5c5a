// Class/id and visibility verdicts for HTML elements: does an element look
// like article body, like boilerplate (menus, share bars, related links,
// comments, ads), or like a social post; is it hidden. Word lists cover
// English class names and the transliterated Arabic ones Arabic sites use.
#ifndef KHULASA_SRC_ARTICLE_HTML_HINTS_H_
#define KHULASA_SRC_ARTICLE_HTML_HINTS_H_

#include <cstdint>
#include <string_view>

#include "src/article/html_document.h"

namespace khulasa::article {

struct ClassHints {
  int weight = 0;         // Readability's class weight: -25, +25, +50 strong
  bool unlikely = false;  // boilerplate by its class/id
  bool embed = false;     // a social post (tweet, Instagram, TikTok, Facebook)
  // A strong body name with no boilerplate word anywhere in class or id:
  // enough to protect its ancestors from class-based stripping.
  bool clean_strong = false;
  // A lead word names the role: standfirst, deck, teaser, intro, chapo.
  bool lead = false;
};

// Judges each class name (and the id) alone (ReadClassName): its last role
// word names the role: "article_details_tags" and "article-footer" are
// boilerplate, "comments-content" may hold body, "no-sidebars" is neither.
ClassHints ReadClassHints(const HtmlDocument& doc, int32_t index);

// -25 for an ARIA role or state that marks page chrome (role dialog,
// alertdialog, navigation, banner, complementary, contentinfo, search,
// menu, menubar, toolbar, tooltip; aria-modal="true"), +25 for role main
// or article, else 0.
int AriaRoleWeight(const HtmlDocument& doc, int32_t index);

// True for `hidden`, aria-hidden="true" and inline display:none or
// visibility:hidden.
bool IsHiddenElement(const HtmlDocument& doc, int32_t index);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_HINTS_H_
