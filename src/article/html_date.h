// Normalizes publication dates as pages write them ("2020-12-01T10:00Z",
// "Dec 1, 2020", "01/12/2020", Arabic month names with Arabic-Indic digits)
// to ISO 8601 "YYYY-MM-DD".
#ifndef KHULASA_SRC_ARTICLE_HTML_DATE_H_
#define KHULASA_SRC_ARTICLE_HTML_DATE_H_

#include <string>
#include <string_view>

namespace khulasa::article {

// Returns the first plausible calendar date in `text` as "YYYY-MM-DD", or ""
// when there is none. Understands ISO forms (YYYY-MM-DD, YYYY/MM/DD, with
// any time part), day-first numeric forms (DD/MM/YYYY, DD-MM-YYYY; read as
// month-first only when the first number cannot be a month), English,
// French, German and Spanish month names, Arabic month names in their
// Egyptian/Gulf (yanayir..disambir), Levantine (kanun al-thani..kanun
// al-awwal, also after a slash: "tishrin al-awwal/uktubar") and Maghrebi
// forms, and Arabic-Indic or Persian digits. Years 1990-2099 only: other
// four-digit numbers on news pages are rarely publication years.
std::string NormalizeHtmlDate(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_DATE_H_
