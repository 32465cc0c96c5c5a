// Composed pages (our own markup and text) for the structural cases of the
// content extractor: broken markup, role words in class names, leads, split
// bodies, dialogs and the furniture at the end of a body.
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

#include "khulasa/article.h"
#include "src/article/html_reader.h"

namespace khulasa::article {
namespace {

// Prose paragraphs long enough to score as body text.
constexpr std::string_view kProse[] = {
    "The river authority opened the new lock on Tuesday, after three years "
    "of work, and the first barges passed through it before noon.",
    "Engineers had rebuilt the gates, the basin and the pumps, and they "
    "said the lock would now handle twice the traffic of the old one.",
    "Boat owners, who had waited through two delayed openings, lined the "
    "banks to watch, and several of them cheered as the water rose.",
    "The authority said the total cost, including the new footbridge, came "
    "to slightly less than the budget approved by the council in 2021.",
    "Next spring, the same team will start on the second lock upstream, "
    "which is older and, according to the engineers, in worse repair.",
    "Local shops expect more visitors in summer, when the canal festival "
    "returns to the town for the first time since the works began.",
};

std::string Para(size_t i) {
  return "<p>" + std::string(kProse[i % std::size(kProse)]) + "</p>\n";
}

// `count` prose paragraphs starting at `first`.
std::string Paras(size_t first, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) out += Para(first + i);
  return out;
}

const std::string kChrome =
    "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li>"
    "<li><a href=\"/s\">Sport</a></li></ul></nav>\n";

std::string Page(std::string_view body) {
  return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>New lock opens | Riverside Post</title></head><body>\n" +
         kChrome + std::string(body) + "\n</body></html>";
}

std::string Extract(const std::string& page) {
  HtmlReadOptions options;
  options.fill_sentences = false;
  absl::StatusOr<HtmlExtraction> r = ReadHtml(page, options);
  if (!r.ok()) return "error: " + std::string(r.status().message());
  return r->article.input;
}

struct Case {
  std::string_view name;
  std::string page;
  std::vector<std::string_view> with;     // must appear in the text
  std::vector<std::string_view> without;  // must not
};

void Check(const Case& c) {
  const std::string text = Extract(c.page);
  for (std::string_view w : c.with) {
    EXPECT_NE(text.find(w), std::string::npos)
        << c.name << ": missing \"" << w << "\" in:\n"
        << text;
  }
  for (std::string_view w : c.without) {
    EXPECT_EQ(text.find(w), std::string::npos)
        << c.name << ": leaked \"" << w << "\" in:\n"
        << text;
  }
}

// The first words of prose paragraph i.
std::string_view Start(size_t i) {
  return kProse[i % std::size(kProse)].substr(0, 30);
}

TEST(HtmlContentTest, BrokenMarkupKeepsTheBody) {
  const Case kCases[] = {
      {"unclosed header wraps the page",
       Page("<header><div class=\"logo\">Riverside Post</div>"
            "<div class=\"story\">" +
            Paras(0, 5) + "</div>"),
       {Start(0), Start(4)},
       {}},
      {"unclosed aside wraps the page",
       Page("<aside class=\"promo\"><a href=\"/x\">Subscribe today</a>"
            "<div class=\"story\">" +
            Paras(0, 5) + "</div>"),
       {Start(0), Start(4)},
       {}},
      {"noscript holds an unclosed div",
       Page("<noscript><div class=\"warning\">Turn on scripts.</noscript>"
            "<div class=\"story\">" +
            Paras(0, 5) + "</div>"),
       {Start(0), Start(4)},
       {}},
      {"noscript text is read",
       Page("<div class=\"story\">" + Paras(0, 2) + "<noscript>" + Paras(2, 2) +
            "</noscript>" + Paras(4, 1) + "</div>"),
       {Start(0), Start(2), Start(3), Start(4)},
       {}},
      {"a few stray NUL bytes",
       Page("<div class=\"story\">" + Paras(0, 3) + std::string(1, '\0') +
            Paras(3, 2) + "</div>"),
       {Start(0), Start(4)},
       {}},
  };
  for (const Case& c : kCases) Check(c);
}

TEST(HtmlContentTest, ClassWordsAreReadWithTheirRole) {
  const Case kCases[] = {
      {"advanced-search wrapper holds the page",
       Page("<div class=\"advanced-search\"><form><input name=q></form>"
            "<div>" +
            Paras(0, 5) + "</div></div>"),
       {Start(0), Start(4)},
       {}},
      {"no-sidebars wrapper",
       Page("<div class=\"layout no-sidebars\"><div class=\"region\">" +
            Paras(0, 5) + "</div></div>"),
       {Start(0), Start(4)},
       {}},
      {"advertorial is not an advert",
       Page("<div class=\"story\">" + Paras(0, 3) +
            "<div class=\"advertorial-note\"><p>" + std::string(kProse[3]) +
            "</p><p>" + std::string(kProse[4]) + "</p></div></div>"),
       {Start(0), Start(3), Start(4)},
       {}},
      {"BEM modifier is no role",
       Page("<div class=\"article article--ads\">" + Paras(0, 5) + "</div>"),
       {Start(0), Start(4)},
       {}},
      {"camelCase meta line loses to the text",
       Page("<div class=\"storyMeta\"><span>By Ann Lee</span>, <span>"
            "Tuesday, 4 March 2025, 10:00</span>, <span>Updated</span></div>"
            "<div>" +
            Paras(0, 5) + "</div>"),
       {Start(0), Start(4)},
       {"By Ann Lee"}},
  };
  for (const Case& c : kCases) Check(c);
}

TEST(HtmlContentTest, AssemblesTheWholeBody) {
  const std::string kLead =
      "A lock closed for three years reopens, twice as big as the old one.";
  const Case kCases[] = {
      {"standfirst in a sibling before the body",
       Page("<article><h1>New lock opens</h1><div class=\"standfirst\"><p>" +
            kLead + "</p></div><div class=\"body\">" + Paras(0, 5) +
            "</div></article>"),
       {kLead, Start(0), Start(4)},
       {}},
      {"lead paragraph in the article header",
       Page("<article><header><h1>New lock opens</h1><p>" + kLead +
            " The works ran late but under budget.</p></header>"
            "<div class=\"body\">" +
            Paras(0, 5) + "</div></article>"),
       {kLead, Start(0)},
       {}},
      {"body split by an ad into two sibling blocks",
       Page("<div class=\"text\">" + Paras(0, 3) +
            "</div><div class=\"ad-slot\"><p>Buy the new Harbourline boat "
            "shoes today, now with free delivery to your door.</p></div>"
            "<div class=\"text\">" +
            Paras(3, 3) + "</div>"),
       {Start(0), Start(3), Start(5)},
       {"Harbourline"}},
      {"a cookie dialog is not the article",
       Page("<div role=\"dialog\" class=\"consent\"><p>We use cookies, "
            "pixels, and similar tools to improve the site, to measure use, "
            "and to show you offers; you can accept, refuse, or choose.</p>"
            "<p>Accepting means you agree to storage on your device, and to "
            "sharing with our partners, as described in our policy.</p></div>"
            "<div class=\"story\">" +
            Paras(0, 2) + "</div>"),
       {Start(0), Start(1)},
       {"We use cookies"}},
      {"the first of several full articles",
       Page("<main><article><h1>New lock opens</h1>" + Paras(0, 5) +
            "</article><article><h2>Festival returns</h2><p>The canal "
            "festival, a fixture since 1984, returns this summer with boats, "
            "music, and a market on the towpath, organisers said.</p>" +
            Paras(2, 4) + "</article></main>"),
       {Start(0), Start(3)},
       {"fixture since 1984"}},
      {"a short link line among paragraphs stays",
       Page("<div class=\"story\">" + Paras(0, 2) +
            "<p><a href=\"/report.pdf\">The full inspection report</a></p>" +
            Paras(2, 3) + "</div>"),
       {Start(0), "The full inspection report", Start(4)},
       {}},
      {"lists and tables that carry text stay",
       Page("<div class=\"story\">" + Paras(0, 2) +
            "<ul><li>Gates rebuilt in oak and steel</li><li>Pumps replaced "
            "with quieter ones</li></ul>" +
            Paras(2, 2) +
            "<table><tr><td>Old lock</td><td>40 barges a day</td></tr>"
            "<tr><td>New lock</td><td>80 barges a day</td></tr></table>" +
            Paras(4, 1) + "</div>"),
       {"Gates rebuilt in oak", "80 barges a day", Start(4)},
       {}},
  };
  for (const Case& c : kCases) Check(c);
}

TEST(HtmlContentTest, CleansTheEndOfTheBody) {
  const Case kCases[] = {
      {"a related-links list at the end",
       Page("<div class=\"story\">" + Paras(0, 5) +
            "<h3>Related articles</h3><p><a href=\"/a\">Bridge repairs start "
            "in May</a></p><p><a href=\"/b\">Ferry timetable changes</a>"
            "</p></div>"),
       {Start(0), Start(4)},
       {"Related articles", "Bridge repairs", "Ferry timetable"}},
      {"subscribe, share and tag lines at the end, in several languages",
       Page("<div class=\"story\">" + Paras(0, 5) +
            "<p>Lesen Sie auch: Neue Schleuse in Betrieb</p>"
            "<p>Suscr\u00edbete a nuestro bolet\u00edn</p>"
            "<p>Tags: canal, lock, river</p>"
            "<p>\u00a9 2025 Riverside Post. All rights reserved.</p></div>"),
       {Start(0), Start(4)},
       {"Lesen Sie", "bolet", "Tags:", "Riverside Post."}},
      {"a read-more line inside the body",
       Page("<div class=\"story\">" + Paras(0, 2) +
            "<p>Read more: <a href=\"/x\">How the old lock failed</a></p>" +
            Paras(2, 3) + "</div>"),
       {Start(0), Start(2), Start(4)},
       {"How the old lock failed"}},
      {"a teaser headline link in capitals among paragraphs",
       Page("<div class=\"story\">" + Paras(0, 2) +
            "<p><a href=\"/x\">OLD LOCK KEEPER RETIRES AFTER 40 YEARS</a>"
            "</p>" +
            Paras(2, 3) + "</div>"),
       {Start(0), Start(4)},
       {"LOCK KEEPER"}},
  };
  for (const Case& c : kCases) Check(c);
}

}  // namespace
}  // namespace khulasa::article
