// Article text that a Next.js page ships only inside its scripts. Pages
// built with the App Router render the article in the browser from the
// React Server Components payload ("flight" data) that the page pushes in
// <script>self.__next_f.push([1,"..."])</script> chunks; some of them send
// no article in the HTML itself. This reads that payload back into an HTML
// fragment the normal content extractor can score.
#ifndef KHULASA_SRC_ARTICLE_HTML_NEXT_FLIGHT_H_
#define KHULASA_SRC_ARTICLE_HTML_NEXT_FLIGHT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "src/article/html_document.h"

namespace khulasa::article {

// Decodes the JavaScript string literal whose body starts at `*pos` in
// `source` (just after the opening quote `quote`, '"' or '\'') and appends
// its value, as UTF-8, to `out`. Handles \n \r \t \b \f \v \0, \xHH,
// \uXXXX (surrogate pairs joined; a lone surrogate becomes U+FFFD),
// \u{X...} and line continuations; any other escaped character stands for
// itself. On return `*pos` is just past the closing quote. Returns false
// (with what was decoded so far appended) when the literal is not closed.
// Never writes more bytes than it reads.
bool DecodeJsStringLiteral(std::string_view source, char quote, size_t* pos,
                           std::string* out);

// The flight payload of `doc`: the decoded string of every
// self.__next_f.push([1,"..."]) call in its <script> elements, joined in
// document order, at most `max_bytes` long. "" when there is none.
std::string NextFlightPayload(const HtmlDocument& doc, size_t max_bytes);

// An HTML fragment holding the readable parts of a flight payload:
// - each text row ("ID:T<hex length>,<text>") whose text is HTML (the body
//   a page renders with dangerouslySetInnerHTML) as one <div>;
// - for each element row ("ID:[...]"), the React elements <p>, <h2>-<h6>,
//   <li> and <blockquote> as such, their text being the string leaves
//   under "children" in order (nested <strong>, <a>, ... included;
//   references such as "$L1a" or "$undefined" skipped), in one <div> per
//   row; inline dangerouslySetInnerHTML {"__html": "..."} strings too.
// Bounded: rows nesting deeper than 64 levels are skipped, every step
// consumes input, and the fragment stops before it passes `max_bytes`.
std::string NextFlightHtml(std::string_view payload, size_t max_bytes);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_NEXT_FLIGHT_H_
