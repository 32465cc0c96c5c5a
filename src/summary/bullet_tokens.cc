#include "src/summary/bullet_tokens.h"

#include "src/text/arabic.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace khulasa::summary::editing {
namespace {

// Length of an opening or closing punctuation mark at the start / end of
// `s`, 0 when none.
size_t LeadingMark(std::string_view s) {
  const unsigned char lead = static_cast<unsigned char>(s[0]);
  if (lead >= 0xD9 && lead <= 0xDB) return 0;  // an Arabic letter or mark
  if ((lead >= 'a' && lead <= 'z') || (lead >= '0' && lead <= '9')) return 0;
  size_t pos = 0;
  const char32_t c = text::DecodeUtf8(s, &pos);
  if (c < 0x80) {
    return (c == '(' || c == '[' || c == '"' || c == '\'' || c == '-' ||
            c == '*' || c == '.' || c == ',' || c == ':')
               ? 1
               : 0;
  }
  return (c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D ||
          c == 0x2013 || c == 0x2014 || c == 0x2022 || c == 0x00B7 ||
          c == text::kArabicComma || c == text::kTatweel)
             ? pos
             : 0;
}

size_t TrailingMark(std::string_view s) {
  const unsigned char last = static_cast<unsigned char>(s.back());
  if (s.size() >= 2 && last >= 0x80 && last <= 0xBF) {
    const unsigned char lead = static_cast<unsigned char>(s[s.size() - 2]);
    if (lead >= 0xD9 && lead <= 0xDB) return 0;  // an Arabic letter or mark
  }
  if (last < 0x80) {
    return (last == ')' || last == ']' || last == '"' || last == '\'' ||
            last == '.' || last == ',' || last == ':' || last == ';' ||
            last == '!' || last == '?' || last == '-')
               ? 1
               : 0;
  }
  size_t start = s.size() - 1;
  while (start > 0 &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(s[start]))) {
    --start;
  }
  size_t pos = start;
  const char32_t c = text::DecodeUtf8(s, &pos);
  return (c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D ||
          c == 0x2013 || c == 0x2014 || c == 0x2026 ||
          c == text::kArabicComma || c == text::kArabicSemicolon ||
          c == text::kArabicQuestionMark)
             ? s.size() - start
             : 0;
}

bool HasComma(std::string_view marks) {
  return !marks.empty() && (marks.find(',') != std::string_view::npos ||
                            marks.find("\u060C") != std::string_view::npos);
}

}  // namespace

void Tokenize(std::string_view text, text::NormalizedText* norm,
              std::vector<Token>* tokens) {
  tokens->clear();
  text::Normalize(text, text::kAllPasses, norm);
  const std::string& n = norm->text;
  size_t i = 0;
  while (i < n.size()) {
    if (const size_t blank = text::BlankBytesAt(n, i); blank > 0) {
      i += blank;
      continue;
    }
    size_t j = i;
    while (j < n.size() && text::BlankBytesAt(n, j) == 0) ++j;
    Token t;
    t.begin = norm->to_original[i];
    t.end = norm->to_original[j];
    std::string_view key(n.data() + i, j - i);
    std::string_view raw_tail = key;
    const std::string_view raw = key;
    while (!key.empty()) {
      const size_t m = LeadingMark(key);
      if (m == 0) break;
      key.remove_prefix(m);
    }
    const std::string_view raw_head = raw.substr(0, key.data() - raw.data());
    t.comma_before = HasComma(raw_head);
    while (!key.empty()) {
      const size_t m = TrailingMark(key);
      if (m == 0) break;
      key.remove_suffix(m);
    }
    // A token of marks alone (" ، ") is all tail.
    if (!key.empty()) {
      raw_tail.remove_prefix(key.data() + key.size() - raw_tail.data());
    }
    if (!raw_tail.empty()) {  // most tokens end in a letter
      t.comma_after = HasComma(raw_tail);
      t.colon_after = raw_tail.find(':') != std::string_view::npos;
      t.clause_after =
          t.comma_after || t.colon_after ||
          raw_tail.find_first_of(";.!?") != std::string_view::npos ||
          raw_tail.find("\u061B") != std::string_view::npos ||
          raw_tail.find("\u061F") != std::string_view::npos;
    }
    t.key = key;
    t.key_at = static_cast<uint32_t>(key.data() - n.data());
    if (key.size() >= 2 * kLetterBytes &&
        (StartsWith(key, kWawKey) || StartsWith(key, kFehKey))) {
      // The second letter as written: hamza on alef shows wa- + verb.
      size_t pos = norm->to_original[t.key_at + kLetterBytes];
      const char32_t c = text::DecodeUtf8(text, &pos);
      t.hamza_second = c == text::kAlefWithHamzaAbove ||
                       c == text::kAlefWithHamzaBelow ||
                       c == text::kAlefWithMaddaAbove;
    }
    tokens->push_back(t);
    i = j;
  }
}

}  // namespace khulasa::summary::editing
