#include "src/summary/trimmer.h"

#include <array>
#include <vector>

namespace khulasa::summary {
namespace {

// Words that open a trailing clause after a comma: framing ("حيث", "فيما",
// "بينما", "وذلك") and circumstantial participles ("مؤكدا", "مشيرا",
// "موضحا", "مضيفا", "لافتا", "معتبرا", "معربا" and their feminine and plural
// forms, hence prefixes).
constexpr std::array<std::string_view, 11> kClauseOpeners = {
    "\u062D\u064A\u062B",              // hayth
    "\u0641\u064A\u0645\u0627",        // fima
    "\u0628\u064A\u0646\u0645\u0627",  // baynama
    "\u0648\u0630\u0644\u0643",        // wa-dhalik
    "\u0645\u0624\u0643\u062F",        // mu'akkid-
    "\u0645\u0634\u064A\u0631",        // mushir-
    "\u0645\u0648\u0636\u062D",        // muwaddih-
    "\u0645\u0636\u064A\u0641",        // mudif-
    "\u0644\u0627\u0641\u062A",        // lafit-
    "\u0645\u0639\u062A\u0628\u0631",  // mu'tabir-
    "\u0645\u0639\u0631\u0628",        // mu'rib-
};
constexpr std::string_view kFi = "\u0641\u064A";         // fi
constexpr std::string_view kHin = "\u062D\u064A\u0646";  // hin
constexpr std::string_view kWaDhalik = "\u0648\u0630\u0644\u0643";
constexpr std::string_view kArabicComma = "\u060C";
constexpr std::string_view kArabicSemicolon = "\u061B";
constexpr std::string_view kEnDash = "\u2013";
constexpr std::string_view kEmDash = "\u2014";

// A rule never leaves fewer words than this.
constexpr size_t kMinKeptWords = 6;

bool IsBlank(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Bytes of the blank at `i`: 1 for ASCII white space, 2 for U+00A0 (no-break
// space), 0 for none. Words are what CountWords() (units.h) counts, so a
// hard limit holds by its count too.
size_t BlankLength(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (IsBlank(c)) return 1;
  if (c == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWithComma(std::string_view w) {
  return EndsWith(w, ",") || EndsWith(w, kArabicComma);
}

bool EndsWithClauseMark(std::string_view w) {
  return EndsWithComma(w) || EndsWith(w, ";") || EndsWith(w, ":") ||
         EndsWith(w, kArabicSemicolon);
}

bool IsDash(std::string_view w) {
  return w == "-" || w == kEnDash || w == kEmDash;
}

bool EndsWithDash(std::string_view w) {
  return EndsWith(w, "-") || EndsWith(w, kEnDash) || EndsWith(w, kEmDash);
}

// `w` without its trailing clause marks (",", "،", ";", ":", "؛").
std::string_view StripTrailingClauseMarks(std::string_view w) {
  while (!w.empty() && EndsWithClauseMark(w)) {
    if (EndsWith(w, kArabicComma) || EndsWith(w, kArabicSemicolon)) {
      w.remove_suffix(kArabicComma.size());
    } else {
      w.remove_suffix(1);
    }
  }
  return w;
}

std::string_view StripLeadingComma(std::string_view w) {
  if (StartsWith(w, ",")) return w.substr(1);
  if (StartsWith(w, kArabicComma)) return w.substr(kArabicComma.size());
  return w;
}

// Index of the first word after a leading dateline, or 0 when none.
size_t DatelineEnd(const std::vector<std::string_view>& words) {
  size_t names = 0;
  for (size_t k = 0; k < words.size() && k < 4; ++k) {
    const std::string_view w = words[k];
    if (IsDash(w) || (EndsWithDash(w) && w.size() > 2)) {
      if (!IsDash(w)) ++names;
      if (names < 1 || names > 2) return 0;
      size_t end = k + 1;
      // A second part: "الرأي -" or "الرأي-" (the paper or agency).
      if (end < words.size() && EndsWithDash(words[end]) &&
          !IsDash(words[end]) && words[end].size() > 2) {
        end += 1;
      } else if (end + 1 < words.size() && IsDash(words[end + 1]) &&
                 words[end].size() >= 2) {
        end += 2;
      }
      return end;
    }
    if (StartsWith(w, "(")) continue;  // "(رويترز)" / "(وكالات)"
    if (EndsWithClauseMark(w) || EndsWith(w, ".")) return 0;
    ++names;
  }
  return 0;
}

// Index of the first word of a trailing clause to drop, or words.size().
size_t TrailingClauseStart(const std::vector<std::string_view>& words,
                           size_t begin) {
  for (size_t j = begin + kMinKeptWords; j < words.size(); ++j) {
    const std::string_view w = StripLeadingComma(words[j]);
    const bool after_comma =
        EndsWithComma(words[j - 1]) || w.size() != words[j].size();
    if (w == kWaDhalik) return j;
    if (!after_comma) continue;
    for (std::string_view opener : kClauseOpeners) {
      if (StartsWith(w, opener)) return j;
    }
    if (w == kFi && j + 1 < words.size() && StartsWith(words[j + 1], kHin)) {
      return j;
    }
  }
  return words.size();
}

}  // namespace

ByteRange TrimBullet(std::string_view text, const TrimOptions& options) {
  std::vector<std::string_view> words;
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size();) {
    if (size_t blank = BlankLength(text, i); blank > 0) {
      i += blank;
      continue;
    }
    size_t j = i;
    while (j < text.size() && BlankLength(text, j) == 0) ++j;
    words.push_back(text.substr(i, j - i));
    starts.push_back(i);
    i = j;
  }
  if (words.empty()) return ByteRange{0, 0};
  size_t begin = 0;
  size_t end = words.size();
  if (options.drop_dateline) {
    const size_t after = DatelineEnd(words);
    if (after > 0 && end - after >= kMinKeptWords) begin = after;
  }
  if (options.drop_trailing_clause) {
    end = TrailingClauseStart(words, begin);
  }
  const size_t limit = options.max_words;
  if (limit > 0 && end - begin > limit) {
    size_t cut = 0;
    for (size_t j = begin + limit; j >= begin + limit / 3 && j > begin; --j) {
      // A cut keeps some text: not one word of clause marks alone (", x y").
      if (EndsWithClauseMark(words[j - 1]) &&
          (j - 1 > begin || !StripTrailingClauseMarks(words[j - 1]).empty())) {
        cut = j;
        break;
      }
    }
    if (cut > begin) {
      end = cut;
    } else if (options.hard_limit) {
      end = begin + limit;
    }
  }
  size_t byte_begin = starts[begin];
  // Drop a dangling clause mark left by a cut.
  std::string_view last = StripTrailingClauseMarks(words[end - 1]);
  if (last.empty() && end - 1 > begin) {
    last = words[end - 2];
  }
  // Never an empty range for text with words: the caller would fall back to
  // the whole text and break the hard limit (summary_fuzzer).
  if (last.empty()) last = words[end - 1];
  const size_t last_start = static_cast<size_t>(last.data() - text.data());
  return ByteRange{byte_begin, last_start + last.size()};
}

}  // namespace khulasa::summary
