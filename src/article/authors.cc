#include "src/article/authors.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "src/article/furniture_scan.h"
#include "src/article/line_classifier.h"
#include "src/text/blank.h"
#include "src/text/char_class.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using internal::TrimBlanks;

// Folded (lower-case) openings of a credit line.
constexpr std::array<std::string_view, 5> kCredits = {
    "developed by", "powered by", "designed by", "design by", "created by"};

// A name this long or longer counts as the site's when the site's name
// holds it ("LBCI" in "LBCIV7").
constexpr size_t kMinInsideLetters = 3;

// Most words of what may follow a name after " - ": a place or an agency.
constexpr size_t kMaxTrailerWords = 2;

// Letters and digits of FoldForMatch(name), nothing else: "LBC I" and
// "lbci" compare equal.
std::string Squeezed(std::string_view name) {
  const std::string folded = FoldForMatch(name);
  std::string out;
  size_t pos = 0;
  while (pos < folded.size()) {
    const size_t start = pos;
    char32_t c = 0;
    const text::internal::CharClass cls =
        text::internal::ClassifyAt(folded, start, &c, &pos);
    if (cls == text::internal::CharClass::kLatin ||
        cls == text::internal::CharClass::kArabic ||
        cls == text::internal::CharClass::kOtherLetter ||
        cls == text::internal::CharClass::kDigit) {
      out.append(folded, start, pos - start);
    }
  }
  return out;
}

// The names of the URL's host without "www" and the last label:
// "https://www.akhbarelyom.com/news" -> {"akhbarelyom"}.
std::vector<std::string> HostNames(std::string_view url) {
  std::vector<std::string> names;
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return names;
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  std::vector<std::string_view> labels;
  while (!host.empty()) {
    const size_t dot = host.find('.');
    labels.push_back(host.substr(0, dot));
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  if (!labels.empty()) labels.pop_back();  // the top-level domain
  for (std::string_view label : labels) {
    if (label != "www" && !label.empty()) names.push_back(Squeezed(label));
  }
  return names;
}

// Code points of valid UTF-8 `s`.
size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char b) {
    return !text::IsUtf8ContinuationByte(static_cast<unsigned char>(b));
  }));
}

// The site's own name: equal to, or (from 3 letters on) inside, `site`.
bool IsSiteName(const std::string& name, const std::string& site) {
  if (name.empty() || site.empty()) return false;
  return name == site || (CodePoints(name) >= kMinInsideLetters &&
                          site.find(name) != std::string::npos);
}

// "X - Y" with a short Y: X; otherwise `name` itself.
std::string_view WithoutTrailer(std::string_view name) {
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "}) {
    const size_t at = name.rfind(dash);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view trailer = name.substr(at + dash.size());
    if (text::CountWords(trailer, kMaxTrailerWords + 1) <= kMaxTrailerWords) {
      return TrimBlanks(name.substr(0, at));
    }
  }
  return name;
}

}  // namespace

std::vector<std::string> PeopleOnly(const std::vector<std::string>& names,
                                    const PageIdentity& page) {
  std::vector<std::string> sites = HostNames(page.url);
  sites.push_back(Squeezed(page.site_name));
  const std::string dateline = Squeezed(page.dateline);
  std::vector<std::string> people;
  std::vector<std::string> seen;
  for (const std::string& raw : names) {
    std::string_view name = TrimBlanks(raw);
    if (name.empty() || (name.front() == '(' && name.back() == ')')) continue;
    name = WithoutTrailer(name);
    const std::string folded = FoldForMatch(name);
    if (std::any_of(kCredits.begin(), kCredits.end(), [&](std::string_view c) {
          return folded.starts_with(c);
        })) {
      continue;
    }
    const std::string key = Squeezed(name);
    if (key.empty() || key == dateline) continue;
    if (std::any_of(sites.begin(), sites.end(), [&](const std::string& site) {
          return IsSiteName(key, site);
        })) {
      continue;
    }
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    people.emplace_back(name);
  }
  return people;
}

}  // namespace khulasa::article
