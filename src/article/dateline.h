// Datelines and source tags: the place and agency that open a news
// paragraph ("دمشق، سوريا (CNN) -- ", "القاهرة - أ ش أ - "). The readers
// fill Article::dateline from them, and the summary editor strips them from
// bullets.
//
// Both functions take a paragraph or a sentence of valid UTF-8 (invalid
// bytes never crash), are pure and thread-safe, and look at its first
// twelve blank-separated tokens only.
#ifndef KHULASA_SRC_ARTICLE_DATELINE_H_
#define KHULASA_SRC_ARTICLE_DATELINE_H_

#include <cstddef>
#include <string_view>

namespace khulasa::article {

// The byte length of the dateline or source tag at the start of `text` (a
// paragraph or a sentence), including the separator after it (a run of
// dashes, ":" or ":-") and the blanks after that; 0 when `text` does not
// start with one. So `text.substr(LeadingDatelineLength(text))` is the
// sentence without it, and `text.substr(0, n)` with trailing blanks and
// separators trimmed is the dateline itself. Recognized:
//   "دمشق، سوريا (CNN) -- "       place, comma, country, agency in parens
//   "واشنطن (رويترز) - "           place and agency
//   "(رويترز) - "                  agency alone
//   "القاهرة - أ ش أ - "           place, dash, agency, dash
//   "عمان - الرأي - ", "بيروت - "  place (and paper) between dashes
//   "المدينة نيوز :- ", "السودان اليوم : ", "الرياض: "  source or place
//                                  and a colon
// The tag has at most six words (a parenthesized agency counts its words),
// one to three words before a colon, no digits, no sentence punctuation and
// no quotes; no word may be a common verb, pronoun, preposition or
// conjunction, and a colon may not follow a person's title ("الوزير:") or
// come before a quote. A phrase closed by a second dash must be an agency
// or paper ("- أ ش أ -"); otherwise the dashes are a parenthesis and there
// is no tag. Text must follow the tag. So it never eats a real
// sentence start such as "قال الرئيس - في كلمة ..." or "قال الوزير: ...".
// The result is always at a code-point boundary, never past text.size().
size_t LeadingDatelineLength(std::string_view text);

// The dateline itself: the first LeadingDatelineLength(text) bytes of
// `text` without the separator and blanks after the tag ("دمشق، سوريا
// (CNN)", "القاهرة - أ ش أ"). Empty when there is none.
std::string_view LeadingDateline(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_DATELINE_H_
