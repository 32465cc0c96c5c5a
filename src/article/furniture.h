// Page furniture: the lines a news page wraps around an article that are not
// its prose (time stamps, share and copy-link bars, bylines, "read also"
// links, photo captions, tickers, teaser bullets) and the dateline or source
// tag that opens the first paragraph. The one owner of these rules, in five
// headers: this one (IsFurnitureLine), byline.h (ParseByline), dateline.h
// (LeadingDatelineLength, LeadingDateline), list_marker.h
// (LeadingListMarkerLength) and furniture_phrases.h (IsClosingFurnitureLine,
// ContainsChromePhrase: the multilingual phrases the HTML reader drops);
// this header includes the other four. The
// readers use them to turn such lines into BlockKind::kEmbed blocks and to
// fill Article::authors and Article::dateline, and the summary editor uses
// LeadingDatelineLength() and LeadingListMarkerLength() to strip datelines
// and list markers from bullets. See docs/article.md for the rules and what
// they catch on real pages.
//
// All functions take one trimmed line or paragraph of valid UTF-8, are pure
// and thread-safe, and run in time linear in the line (most look at its
// start only).
#ifndef KHULASA_SRC_ARTICLE_FURNITURE_H_
#define KHULASA_SRC_ARTICLE_FURNITURE_H_

#include <string_view>

#include "src/article/byline.h"
#include "src/article/dateline.h"
#include "src/article/furniture_phrases.h"
#include "src/article/list_marker.h"

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

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_FURNITURE_H_
