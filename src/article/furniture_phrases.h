// Page furniture by phrase, in the languages of the pages the HTML reader
// meets (Arabic, English, German, Spanish, French, Polish): the lines that
// close an article inside its container ("Read more", "Lesen Sie auch",
// "Te puede interesar", "Lire aussi", "Czytaj także", related headings,
// subscribe and share prompts, tag lines, credits, copyright lines), and
// the chrome phrases that mark a short block anywhere (comment policies,
// "all rights reserved"). Part of the furniture rules (furniture.h), which
// the summary editor and the readers share.
//
// Functions take valid UTF-8, are pure and thread-safe, and look at a
// bounded prefix of the line (ContainsChromePhrase scans the whole text).
#ifndef KHULASA_SRC_ARTICLE_FURNITURE_PHRASES_H_
#define KHULASA_SRC_ARTICLE_FURNITURE_PHRASES_H_

#include <string_view>

namespace khulasa::article {

// True when `line` opens with a closing-furniture phrase (case and a
// leading bullet, arrow or dash ignored): "Related articles", "Read more:",
// "Mehr zum Thema", "Suscríbete", "Abonnez-vous", "Tags:", "© 2024 ...",
// "Foto: ...", "اقرأ أيضا". The caller decides where it applies (the HTML
// reader: short lines at the end of a body).
bool IsClosingFurnitureLine(std::string_view line);

// True when `text` holds a chrome phrase that sits inside content
// containers ("جميع الحقوق محفوظة", "All rights reserved", a comment
// policy, "تابعونا على"); meant for short blocks.
bool ContainsChromePhrase(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_FURNITURE_PHRASES_H_
