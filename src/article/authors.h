// Which of the names a page gives as its authors are people. Author meta
// tags and JSON-LD often carry the site's own name ("LBCI", "akhbarelyom"),
// a credit of the site's makers ("Developed By ..."), a source tag
// ("(أبوظبي - البيان)") or a byline with its place ("X - القاهرة").
//
// Pure and thread-safe; names are valid UTF-8.
#ifndef KHULASA_SRC_ARTICLE_AUTHORS_H_
#define KHULASA_SRC_ARTICLE_AUTHORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace khulasa::article {

// What a page says about itself, to tell its name from an author's.
struct PageIdentity {
  std::string_view site_name;  // og:site_name, or ""
  std::string_view url;        // the article's URL, or ""
  std::string_view dateline;   // Article::dateline, or ""
};

// The people among `names`, in order, without repeats:
//   - a name in parentheses is a source tag: dropped;
//   - "X - Y" with Y of one or two words keeps X (the place or the
//     agency after a byline);
//   - a credit ("Developed By", "Powered by", "Designed by") is dropped;
//   - the site's own name is dropped: equal to, or (from 3 letters on)
//     inside, the site name or a name of the URL's host ("akhbarelyom" in
//     akhbarelyom.com; "LBCI" in "LBCIV7"), or equal to the dateline.
// Names compare folded (FoldForMatch) with blanks and punctuation removed.
std::vector<std::string> PeopleOnly(const std::vector<std::string>& names,
                                    const PageIdentity& page);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_AUTHORS_H_
