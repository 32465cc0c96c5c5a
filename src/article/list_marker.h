// List markers: the bullet or dash that opens a list item or an
// interview's question or answer ("- ", "• ", "* "). The furniture rules
// (furniture.h) treat a bare bullet teaser as page furniture; the summary
// editor strips a leading marker from bullets.
//
// Both functions take one line or paragraph of valid UTF-8, are pure and
// thread-safe, and look at its start only.
#ifndef KHULASA_SRC_ARTICLE_LIST_MARKER_H_
#define KHULASA_SRC_ARTICLE_LIST_MARKER_H_

#include <cstddef>
#include <string_view>

namespace khulasa::article {

// The byte length of the list marker at the start of `text` ("- ", "-",
// "* ", "• ", "▪ ", "- - ") with the blanks after it, when a word follows;
// 0 otherwise ("-3 درجات" is a number, "--(بترا)" a credit). Interview
// pages mark questions with "*" and answers with "-": the summary editor
// strips the marker from bullets as it strips datelines.
size_t LeadingListMarkerLength(std::string_view text);

namespace internal {

// True when `line` opens with a list bullet: a bullet sign ("•", "▪", ...)
// alone, or a dash or "*" followed by a blank ("- ", "* "). Used by
// IsFurnitureLine() for teaser lines.
bool StartsWithBullet(std::string_view line);

}  // namespace internal
}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_LIST_MARKER_H_
