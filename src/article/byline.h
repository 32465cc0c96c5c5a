// Bylines: the short line that names the author of a news article ("كتب:
// X", "By X"). The furniture rules (furniture.h) treat a byline line as
// page furniture; the readers fill Article::authors from it.
//
// Takes one line of valid UTF-8; pure, thread-safe, linear in the line.
#ifndef KHULASA_SRC_ARTICLE_BYLINE_H_
#define KHULASA_SRC_ARTICLE_BYLINE_H_

#include <string_view>

namespace khulasa::article {

// The author named by a short byline line, as a slice of `line` (without
// the keyword, separator and trailing blanks or full stop):
//   "كتب: X", "كتبت - X", "حوار: X", "بقلم: X", "بقلم X", "إعداد: X",
//   "تقرير: X", "By X", "بواسطة X"
// X is one to five words without digits, sentence punctuation or a leading
// preposition. Lines of more than eight words are never bylines. Empty when
// `line` is not a byline. The keyword matches in any hamza, diacritic or
// tatweel spelling; "By" in any case.
std::string_view ParseByline(std::string_view line);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_BYLINE_H_
