// Page furniture: the lines a news page wraps around an article that are not
// its prose (time stamps, share and copy-link bars, bylines, "read also"
// links, photo captions, tickers, teaser bullets) and the dateline or source
// tag that opens the first paragraph. The one owner of these rules: the
// readers use them to turn such lines into BlockKind::kEmbed blocks and to
// fill Article::authors and Article::dateline, and the summary editor uses
// LeadingDatelineLength() to strip datelines from bullets. See
// docs/article.md for the rules and what they catch on real pages.
//
// All functions take one trimmed line or paragraph of valid UTF-8, are pure
// and thread-safe, and run in time linear in the line (most look at its
// start only).
#ifndef KHULASA_SRC_ARTICLE_FURNITURE_H_
#define KHULASA_SRC_ARTICLE_FURNITURE_H_

#include <cstddef>
#include <string_view>

namespace khulasa::article {

// True when the whole line is page furniture rather than article prose:
// - a time stamp or an "updated" / "published" stamp, Arabic or Latin
//   ("(محدثة GMT 17:49 17.03.2020)", "تم نشره الجمعة 24 نيسان 2020 09:22
//   مساءً", "آخر تحديث: 12:30", "Updated 5 March 2024"), alone or with
//   share words;
// - a line made only of copy-link / share / print / follow-us / subscribe
//   words and network names ("انسخ الرابط", "تابعونا على فيسبوك");
// - a "read also" / "read more" link ("اقرأ أيضا: ...", "شاهد أيضا",
//   "🔗 Read More:", a short "المزيد ..." line);
// - a photo caption or credit ("صورة: ...", "تصوير: ...", "(أرشيفية)", a
//   short line with no sentence punctuation ending in a credit "(فرانس
//   برس)", "--(بترا)");
// - a ticker of other headlines (three or more parts split by '|', or a
//   short "عاجل:" line);
// - a bare list-bullet teaser: a line opening with a bullet ("- ", "• ",
//   "* ", ...) and holding no sentence punctuation at all;
// - a byline (ParseByline() is not empty).
// False for ordinary prose, including sentences that mention dates or
// sharing, and for empty lines.
bool IsFurnitureLine(std::string_view line);

// The author named by a short byline line, as a slice of `line` (without
// the keyword, separator and trailing blanks or full stop):
//   "كتب: X", "كتبت - X", "حوار: X", "بقلم: X", "بقلم X", "إعداد: X",
//   "تقرير: X", "By X", "بواسطة X"
// X is one to five words without digits, sentence punctuation or a leading
// preposition. Lines of more than eight words are never bylines. Empty when
// `line` is not a byline. The keyword matches in any hamza, diacritic or
// tatweel spelling; "By" in any case.
std::string_view ParseByline(std::string_view line);

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

// The byte length of the list marker at the start of `text` ("- ", "-",
// "* ", "• ", "▪ ", "- - ") with the blanks after it, when a word follows;
// 0 otherwise ("-3 درجات" is a number, "--(بترا)" a credit). Interview
// pages mark questions with "*" and answers with "-": the summary editor
// strips the marker from bullets as it strips datelines.
size_t LeadingListMarkerLength(std::string_view text);

// The dateline itself: the first LeadingDatelineLength(text) bytes of
// `text` without the separator and blanks after the tag ("دمشق، سوريا
// (CNN)", "القاهرة - أ ش أ"). Empty when there is none.
std::string_view LeadingDateline(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_FURNITURE_H_
