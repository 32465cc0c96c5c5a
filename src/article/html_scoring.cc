#include "src/article/html_scoring.h"

#include "src/text/spaces.h"

namespace khulasa::article {

size_t VisibleChars(std::string_view s) {
  size_t n = 0;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) == 0x80) continue;
    if (text::IsHtmlSpace(static_cast<char>(c))) continue;
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
    // U+3001 IDEOGRAPHIC COMMA and U+FF0C FULLWIDTH COMMA.
    if (i + 2 < s.size() &&
        ((s[i] == '\xE3' && s[i + 1] == '\x80' && s[i + 2] == '\x81') ||
         (s[i] == '\xEF' && s[i + 1] == '\xBC' && s[i + 2] == '\x8C'))) {
      ++n;
    }
  }
  return n;
}

double TagBaseScore(HtmlTag t) {
  switch (t) {
    case HtmlTag::kDiv:
    case HtmlTag::kArticle:
    case HtmlTag::kMain:
      return 5;
    case HtmlTag::kPre:
    case HtmlTag::kTd:
    case HtmlTag::kBlockquote:
      return 3;
    case HtmlTag::kAddress:
    case HtmlTag::kOl:
    case HtmlTag::kUl:
    case HtmlTag::kDl:
    case HtmlTag::kDd:
    case HtmlTag::kDt:
    case HtmlTag::kLi:
    case HtmlTag::kForm:
      return -3;
    case HtmlTag::kH1:
    case HtmlTag::kH2:
    case HtmlTag::kH3:
    case HtmlTag::kH4:
    case HtmlTag::kH5:
    case HtmlTag::kH6:
    case HtmlTag::kTh:
      return -5;
    default:
      return 0;
  }
}

}  // namespace khulasa::article
