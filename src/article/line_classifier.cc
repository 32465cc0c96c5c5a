#include "src/article/line_classifier.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"

#include "src/text/arabic.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// Folded spellings (see FoldForMatch) of the page's fixed phrases.
// "استمع الي الملخص": listen to the summary.
constexpr std::string_view kListenLabel =
    "\u0627\u0633\u062A\u0645\u0639 \u0627\u0644\u064A "
    "\u0627\u0644\u0645\u0644\u062E\u0635";
// "اظهر الملخص": show the summary.
constexpr std::string_view kShowLabel =
    "\u0627\u0638\u0647\u0631 \u0627\u0644\u0645\u0644\u062E\u0635";
// "اخف الملخص": hide the summary (the same button once opened).
constexpr std::string_view kHideLabel =
    "\u0627\u062E\u0641 \u0627\u0644\u0645\u0644\u062E\u0635";
constexpr std::string_view kTwitterPicture = "pic.twitter.com/";
// Em and en dash, which separate a tweet from its attribution.
constexpr std::string_view kEmDash = "\u2014";
constexpr std::string_view kEnDash = "\u2013";

// The longest tail after "(@handle)": a date such as "December 20, 2025".
constexpr size_t kMaxAttributionTailBytes = 40;
constexpr size_t kMaxHandleBytes = 30;

bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsHandleByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

bool IsClausePunctuation(char32_t c) {
  return c == ':' || c == ',' || c == ';' || c == text::kArabicComma ||
         c == text::kArabicSemicolon;
}

// The last code point of `line` that is neither blank nor a format control;
// 0 when there is none.
char32_t LastVisibleCodePoint(std::string_view line) {
  char32_t last = 0;
  size_t pos = 0;
  while (pos < line.size()) {
    char32_t c = text::DecodeUtf8(line, &pos);
    if (!text::IsBlank(c) && !text::IsFormatControl(c)) last = c;
  }
  return last;
}

bool IsTweetAttribution(std::string_view line) {
  size_t open = line.rfind("(@");
  if (open == std::string_view::npos) return false;
  size_t close = line.find(')', open);
  if (close == std::string_view::npos) return false;
  std::string_view handle = line.substr(open + 2, close - open - 2);
  if (handle.empty() || handle.size() > kMaxHandleBytes) return false;
  for (char c : handle) {
    if (!IsHandleByte(c)) return false;
  }
  std::string_view before = line.substr(0, open);
  if (before.find(kEmDash) == std::string_view::npos &&
      before.find(kEnDash) == std::string_view::npos) {
    return false;
  }
  std::string_view tail = line.substr(close + 1);
  if (tail.size() > kMaxAttributionTailBytes) return false;
  size_t pos = 0;
  while (pos < tail.size()) {
    if (text::IsAnyDigit(text::DecodeUtf8(tail, &pos))) return true;
  }
  return false;
}

// Whether the line holds "pic.twitter.com/" in any letter case. Found at
// each '/' instead of by folding the line (folding every paragraph with a
// '/', as dates "17 ديسمبر/كانون الأول" have, was 140k instructions per
// article on the seed, callgrind).
bool HasTwitterPicture(std::string_view line) {
  const std::string_view host =
      kTwitterPicture.substr(0, kTwitterPicture.size() - 1);  // without the '/'
  for (size_t slash = line.find('/'); slash != std::string_view::npos;
       slash = line.find('/', slash + 1)) {
    if (slash < host.size()) continue;
    const std::string_view before =
        line.substr(slash - host.size(), host.size());
    if (std::equal(
            before.begin(), before.end(), host.begin(), [](char c, char lower) {
              return absl::ascii_tolower(static_cast<unsigned char>(c)) ==
                     lower;
            })) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string FoldForMatch(std::string_view line) {
  return FoldForMatch(line, std::string::npos);
}

std::string FoldForMatch(std::string_view line, size_t max_bytes) {
  std::string out;
  out.reserve(std::min(line.size(), max_bytes));
  bool pending_space = false;
  size_t pos = 0;
  while (pos < line.size() && out.size() < max_bytes) {
    char32_t c = text::DecodeUtf8(line, &pos);
    if (text::IsBlank(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (text::IsArabicMark(c) || c == text::kTatweel ||
        text::IsFormatControl(c)) {
      continue;
    }
    if (text::IsAlefVariant(c)) c = text::kAlef;
    if (c == text::kAlefMaksura) c = text::kYeh;
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if (pending_space) out.push_back(' ');
    pending_space = false;
    text::AppendUtf8(c, &out);
  }
  return out;
}

bool IsButtonLabel(std::string_view line) {
  // Labels are short; skip folding long lines.
  if (line.size() > 4 * kListenLabel.size()) return false;
  std::string folded = FoldForMatch(line);
  return folded == kListenLabel || folded == kShowLabel || folded == kHideLabel;
}

bool IsEmbedLine(std::string_view line) {
  if (HasTwitterPicture(line)) return true;
  if (IsTweetAttribution(line)) return true;
  if (HasArabicLetter(line)) return false;
  size_t pos = 0;
  while (pos < line.size()) {
    if (IsAsciiLetter(text::DecodeUtf8(line, &pos))) return true;
  }
  return false;
}

bool LooksLikeHeading(std::string_view line, size_t max_words) {
  if (!HasArabicLetter(line)) return false;
  // Counting stops past `max_words`: body paragraphs are long (with the
  // early stop, 97k -> 30k instructions per article on
  // examples/heatwave.txt, callgrind).
  size_t words = text::CountWords(line, max_words + 1);
  if (words == 0 || words > max_words) return false;
  char32_t last = LastVisibleCodePoint(line);
  return !text::IsSentenceTerminator(last) && !IsClausePunctuation(last);
}

bool HasArabicLetter(std::string_view line) {
  size_t pos = 0;
  while (pos < line.size()) {
    if (text::IsArabicLetter(text::DecodeUtf8(line, &pos))) return true;
  }
  return false;
}

bool StartsWithIsoDate(std::string_view text) {
  if (text.size() < 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash != (text[i] == '-')) return false;
    if (!dash && (text[i] < '0' || text[i] > '9')) return false;
  }
  if (text.size() > 10 && text[10] >= '0' && text[10] <= '9') return false;
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool ParseHeaderLine(std::string_view line, std::string* date,
                     std::string* section) {
  constexpr std::string_view kDateWord = "date";
  std::string folded = FoldForMatch(line.substr(0, kDateWord.size()));
  if (folded != kDateWord) return false;
  std::string_view rest = line.substr(kDateWord.size());
  size_t blanks = rest.find_first_not_of(" \t");
  if (blanks == 0 || blanks == std::string_view::npos) return false;
  rest.remove_prefix(blanks);
  if (!StartsWithIsoDate(rest)) return false;
  std::string_view after = rest.substr(10);
  size_t start = after.find_first_not_of(" \t");
  std::string_view tail = start == std::string_view::npos ? std::string_view()
                                                          : after.substr(start);
  if (!tail.empty()) {
    if (tail.front() == '-') {
      tail.remove_prefix(1);
    } else if (tail.substr(0, kEmDash.size()) == kEmDash) {
      tail.remove_prefix(kEmDash.size());
    } else {
      return false;
    }
    size_t first = tail.find_first_not_of(" \t");
    tail = first == std::string_view::npos ? std::string_view()
                                           : tail.substr(first);
  }
  *date = std::string(rest.substr(0, 10));
  *section = std::string(tail);
  return true;
}

}  // namespace khulasa::article
