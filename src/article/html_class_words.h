// Reads an HTML class or id name as words with roles: the name is split
// into words ("article__body--wide" -> article, body + modifier wide;
// "storyMeta" -> story, meta; "sidebar2" -> sidebar), each word is looked
// up whole in multilingual lists (English, German, Spanish, French, Polish,
// transliterated and written Arabic), and the last word that means
// something names the element's role. State and negated names
// ("no-sidebars", "has-header", "is-active") say nothing about the element.
#ifndef KHULASA_SRC_ARTICLE_HTML_CLASS_WORDS_H_
#define KHULASA_SRC_ARTICLE_HTML_CLASS_WORDS_H_

#include <cstdint>
#include <string_view>

namespace khulasa::article {

// What a class word says about the element that carries it.
enum class ClassRole : uint8_t {
  kNone,          // not a role word ("wrapper", "col", "xs", unknown words)
  kPositive,      // body-ish: "article", "content", "inhalt", "cuerpo"
  kNegative,      // boilerplate: "sidebar", "comments", "werbung", "ads"
  kWeakNegative,  // often but not always boilerplate: "widget", "card"
  kLead,          // the article's lead: "standfirst", "teaser", "chapo"
};

// The verdict on one class or id name.
struct ClassNameRoles {
  ClassRole role = ClassRole::kNone;  // of the last role word
  bool strong = false;    // a strong body name ("article-body", "entryContent")
  bool positive = false;  // some positive word (outside modifiers)
  bool negative = false;  // some negative word (outside modifiers)
  bool lead = false;      // some lead word
};

// Judges one class or id name (a single token of a class attribute).
// Words after a BEM modifier mark ("--") count only when the rest of the
// name has no role word; a name that opens with a state or negation word
// ("no", "has", "with", "without", "is") is ignored. Pure, thread-safe,
// linear in the name (names past 128 bytes are read up to there).
ClassNameRoles ReadClassName(std::string_view name);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_CLASS_WORDS_H_
