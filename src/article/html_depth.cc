#include "src/article/html_depth.h"

#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"

namespace khulasa::article {
namespace {

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Elements that never hold children or close without an end tag.
bool IsUncounted(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area",   "base",     "br",      "col",   "embed",   "hr",       "img",
      "input",  "link",     "meta",    "param", "source",  "track",    "wbr",
      "p",      "li",       "dt",      "dd",    "option",  "optgroup", "tr",
      "td",     "th",       "tbody",   "thead", "tfoot",   "rb",       "rt",
      "rp",     "colgroup", "caption", "html",  "head",    "body",     "image",
      "keygen", "basefont", "bgsound", "frame", "!doctype"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

bool IsRawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" ||
         name == "title" || name == "xmp" || name == "plaintext";
}

// Case-insensitive search for "</name" from `from`.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  while (true) {
    const size_t lt = html.find("</", from);
    if (lt == std::string_view::npos) return lt;
    bool match = lt + 2 + name.size() <= html.size();
    for (size_t k = 0; match && k < name.size(); ++k) {
      match = Lower(html[lt + 2 + k]) == name[k];
    }
    if (match) return lt;
    from = lt + 2;
  }
}

}  // namespace

absl::Status CheckHtmlDepth(std::string_view html, size_t max_depth) {
  size_t depth = 0;
  size_t pos = 0;
  while (pos < html.size()) {
    const void* hit = std::memchr(html.data() + pos, '<', html.size() - pos);
    if (hit == nullptr) break;
    const size_t lt =
        static_cast<size_t>(static_cast<const char*>(hit) - html.data());
    pos = lt + 1;
    if (html.compare(lt, 4, "<!--") == 0) {
      const size_t end = html.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    const bool closing = pos < html.size() && html[pos] == '/';
    size_t name_start = closing ? pos + 1 : pos;
    if (name_start >= html.size() || !IsAsciiLetter(html[name_start])) {
      continue;
    }
    std::string name;
    size_t k = name_start;
    while (k < html.size() && name.size() < 16 &&
           (IsAsciiLetter(html[k]) || (html[k] >= '0' && html[k] <= '9') ||
            html[k] == '-')) {
      name.push_back(Lower(html[k]));
      ++k;
    }
    const size_t gt = html.find('>', k);
    if (gt == std::string_view::npos) break;
    pos = gt + 1;
    if (IsUncounted(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    if (html[gt - 1] == '/') continue;  // <x/>
    if (IsRawText(name)) {
      const size_t end = FindEndTag(html, pos, name);
      if (end == std::string_view::npos) break;
      pos = end;
      continue;
    }
    if (++depth > max_depth) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "html nests more than ", max_depth, " elements deep (at byte ", lt,
          "); the page is malformed or hostile"));
    }
  }
  return absl::OkStatus();
}

}  // namespace khulasa::article
