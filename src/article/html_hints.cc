#include "src/article/html_hints.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "src/article/html_class_words.h"
#include "src/article/html_text.h"

namespace khulasa::article {

ClassHints ReadClassHints(const HtmlDocument& doc, int32_t i) {
  ClassHints h;
  const std::string_view cls = doc.Attribute(i, "class");
  const std::string_view id = doc.Attribute(i, "id");
  if (cls.empty() && id.empty()) return h;
  // Case is kept for the word split ("storyMeta" is story + meta).
  std::string hint(cls);
  hint.push_back(' ');
  hint.append(id);
  if (hint.size() > 512) hint.resize(512);
  const std::string lower = AsciiLower(hint);
  if (Contains(lower, "twitter-tweet") || Contains(lower, "instagram-media") ||
      Contains(lower, "tiktok-embed") || Contains(lower, "fb-post")) {
    h.embed = true;
    return h;
  }
  // Each class name (and the id) is judged on its own, and its last role
  // word names its role (html_class_words.h): "article_details_tags" is a
  // tag list, "comments-content" may hold body, "no-sidebars" says nothing.
  bool strong = false;
  bool positive = false;
  bool negative = false;
  bool weak = false;
  bool any_role_negative = false;
  bool any_negative_word = false;
  size_t pos = 0;
  const std::string_view all(hint);
  while (pos < all.size()) {
    size_t end = all.find_first_of(" \t\n\r\f", pos);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view name = all.substr(pos, end - pos);
    pos = end + 1;
    if (name.empty()) continue;
    const ClassNameRoles r = ReadClassName(name);
    const bool role_negative = r.role == ClassRole::kNegative;
    const bool role_positive =
        r.role == ClassRole::kPositive || r.role == ClassRole::kLead;
    if (role_negative || (r.negative && !r.positive && !role_positive)) {
      negative = true;
    }
    any_negative_word |= r.negative;
    any_role_negative |= role_negative;
    weak |= r.role == ClassRole::kWeakNegative;
    h.lead |= r.role == ClassRole::kLead;
    if (!role_negative && r.strong) strong = true;
    if (!role_negative && r.positive) positive = true;
  }
  if (strong)
    h.weight += 50;
  else if (positive)
    h.weight += 25;
  if (negative) h.weight -= 25;
  if (weak && !strong && !positive) h.weight -= 10;
  h.unlikely = any_role_negative || (negative && !strong && !positive);
  h.clean_strong =
      strong && !negative && !any_role_negative && !any_negative_word;
  return h;
}

int AriaRoleWeight(const HtmlDocument& doc, int32_t i) {
  if (doc.Attribute(i, "aria-modal") == "true") return -25;
  const std::string_view role = doc.Attribute(i, "role");
  if (role.empty()) return 0;
  static constexpr std::string_view kChromeRoles[] = {
      "dialog",        "alertdialog", "navigation", "banner",
      "complementary", "contentinfo", "search",     "menu",
      "menubar",       "toolbar",     "tooltip"};
  for (std::string_view r : kChromeRoles) {
    if (role == r) return -25;
  }
  return role == "main" || role == "article" ? 25 : 0;
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

}  // namespace khulasa::article
