#include "src/article/byline.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "src/article/furniture_scan.h"
#include "src/article/furniture_word_sets.h"
#include "src/article/line_classifier.h"
#include "src/text/arabic.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using internal::HasDigit;
using internal::HasLetter;
using internal::IsBlank;
using internal::IsDash;
using internal::Sets;
using internal::SkipBlanks;
using internal::TrimBlanks;

constexpr size_t kMaxBylineWords = 8;
constexpr size_t kMaxAuthorWords = 5;

}  // namespace

std::string_view ParseByline(std::string_view line) {
  line = TrimBlanks(line);
  const size_t words = text::CountWords(line, kMaxBylineWords + 1);
  if (words == 0 || words > kMaxBylineWords) return {};
  // The keyword: up to a blank, a colon or a dash.
  size_t keyword_end = 0;
  while (keyword_end < line.size()) {
    size_t next = keyword_end;
    char32_t c = text::DecodeUtf8(line, &next);
    if (IsBlank(c) || c == ':' || IsDash(c)) break;
    keyword_end = next;
  }
  const std::string keyword = FoldForMatch(line.substr(0, keyword_end));
  const bool bare = Sets().bare_byline.Contains(keyword);
  if (!bare && !Sets().byline.Contains(keyword)) return {};
  size_t pos = SkipBlanks(line, keyword_end);
  bool separated = false;
  while (pos < line.size()) {
    size_t next = pos;
    char32_t c = text::DecodeUtf8(line, &next);
    if (c != ':' && !IsDash(c)) break;
    separated = true;
    pos = next;
  }
  if (!separated && !bare) return {};
  if (pos == keyword_end) return {};  // "Byron": the keyword needs a blank
  std::string_view name = line.substr(SkipBlanks(line, pos));
  // "كتب: X - تصوير: Y", "By X | Reuters": the name ends at a separator.
  for (std::string_view stop : {" - ", " | ", " \u2013 ", " \u2014 "}) {
    size_t at = name.find(stop);
    if (at != std::string_view::npos) name = name.substr(0, at);
  }
  name = TrimBlanks(name);
  while (!name.empty() && name.back() == '.') name.remove_suffix(1);
  name = TrimBlanks(name);
  const size_t name_words = text::CountWords(name, kMaxAuthorWords + 1);
  if (name_words == 0 || name_words > kMaxAuthorWords) return {};
  // Dots may stand in a name ("د. محمد", "J. Smith"); other sentence
  // punctuation may not.
  if (!HasLetter(name) || HasDigit(name) ||
      name.find_first_of("!?:") != std::string_view::npos ||
      name.find("\u061F") != std::string_view::npos ||
      name.find("\u2026") != std::string_view::npos) {
    return {};
  }
  size_t first_end = name.find(' ');
  std::string first = FoldForMatch(name.substr(
      0, first_end == std::string_view::npos ? name.size() : first_end));
  if (Sets().not_tag.Contains(first)) return {};
  if (keyword == "by") {
    // "By X": a name starts with a capital or an Arabic letter.
    size_t p = 0;
    char32_t c = text::DecodeUtf8(name, &p);
    if (!(c >= 'A' && c <= 'Z') && !text::IsArabicLetter(c)) return {};
  }
  return name;
}

}  // namespace khulasa::article
