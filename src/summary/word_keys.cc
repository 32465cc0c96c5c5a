#include "src/summary/word_keys.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/latin.h"
#include "src/text/light_stemmer.h"
#include "src/text/normalizer.h"
#include "src/text/stopwords.h"
#include "src/text/utf8.h"

namespace khulasa::summary {
namespace {

// Words longer than this many code points are keyed on their first
// kMaxWordChars (no real Arabic word is that long).
constexpr size_t kMaxWordChars = 24;

// A matching-normalized code point (ASCII lower-cased), or 0 when `c` is
// dropped inside a word (diacritics, tatweel, format controls).
char32_t NormalizeChar(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  return text::MatchingChar(c);
}

bool IsWordChar(char32_t c) {
  // Fast path: hamza .. yeh, the common Arabic letters (and tatweel, which
  // is a word character too).
  if (c >= text::kHamza && c <= text::kYeh) return true;
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return text::IsArabicLetter(c) || text::IsArabicMark(c) ||
         c == text::kTatweel || text::IsAnyDigit(c) ||
         text::IsLatinExtendedLetter(c);
}

// IsWordChar() and NormalizeChar() of every code point below U+0800 (ASCII
// and the two-byte sequences: all of the Arabic block) in one entry:
// kWordChar set for a word character, the low bits the normalized code
// point. Built from the two functions, so it cannot disagree with them.
constexpr uint32_t kWordChar = 1u << 31;
constexpr char32_t kTableEnd = 0x800;

uint32_t CharEntry(char32_t c) {
  return (IsWordChar(c) ? kWordChar : 0) |
         static_cast<uint32_t>(NormalizeChar(c));
}

struct CharTable {
  uint32_t entry[kTableEnd];
  CharTable() {
    for (char32_t c = 0; c < kTableEnd; ++c) entry[c] = CharEntry(c);
  }
};

uint32_t Hash(const char32_t* chars, size_t n) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<uint32_t>(chars[i]);
    h *= 16777619u;
  }
  return h;
}

}  // namespace

uint32_t FullWordKey(std::string_view word) {
  std::array<char32_t, kMaxWordChars> chars;
  size_t n = 0;
  size_t pos = 0;
  while (pos < word.size() && n < kMaxWordChars) {
    const char32_t c = NormalizeChar(text::DecodeUtf8(word, &pos));
    if (c != 0) chars[n++] = c;
  }
  return Hash(chars.data(), n);
}

StopwordKeys::StopwordKeys() {
  std::vector<uint32_t> keys;
  for (std::string_view word : text::NormalizedStopwords()) {
    keys.push_back(FullWordKey(word));
  }
  // Open addressing at load factor <= 1/4; key 0 marks an empty slot (a
  // stopword whose hash is 0 is simply never matched).
  size_t size = 16;
  while (size < keys.size() * 4) size *= 2;
  table_.assign(size, 0);
  mask_ = size - 1;
  for (uint32_t key : keys) {
    if (key == 0) continue;
    size_t i = key & mask_;
    while (table_[i] != 0 && table_[i] != key) i = (i + 1) & mask_;
    table_[i] = key;
  }
}

bool StopwordKeys::Contains(uint32_t full_word_key) const {
  if (full_word_key == 0) return false;
  // Was a binary search: 8 compares per word, 10% of summarize time.
  for (size_t i = full_word_key & mask_;; i = (i + 1) & mask_) {
    if (table_[i] == full_word_key) return true;
    if (table_[i] == 0) return false;
  }
}

WordKeyCounts AppendWordKeys(std::string_view text,
                             const StopwordKeys& stopwords,
                             std::vector<uint32_t>* keys) {
  WordKeyCounts counts;
  std::array<char32_t, kMaxWordChars> chars;
  size_t n = 0;
  bool in_word = false;
  bool digit_start = false;
  auto flush = [&]() {
    if (!in_word) return;
    in_word = false;
    ++counts.words;
    if (digit_start) ++counts.numbers;
    if (n < 2) return;
    if (stopwords.Contains(Hash(chars.data(), n))) return;
    std::u32string_view stem(chars.data(), n);
    if (!digit_start) stem = text::LightStem(stem);
    keys->push_back(Hash(stem.data(), stem.size()));
  };
  // Two-byte sequences (all of the Arabic block) are decoded inline and
  // looked up in the table: the general decoder was 16% of summarize time,
  // the two tests per character 30k instructions per article (callgrind).
  static const CharTable table;
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    char32_t c;
    uint32_t entry;
    if (byte < 0x80) {
      c = byte;
      entry = table.entry[c];
      ++pos;
    } else if (byte >= 0xC2 && byte <= 0xDF && pos + 1 < text.size() &&
               text::IsUtf8ContinuationByte(
                   static_cast<unsigned char>(text[pos + 1]))) {
      c = (static_cast<char32_t>(byte & 0x1F) << 6) |
          (static_cast<unsigned char>(text[pos + 1]) & 0x3F);
      entry = table.entry[c];
      pos += 2;
    } else {
      c = text::DecodeUtf8(text, &pos);
      entry = CharEntry(c);
    }
    if ((entry & kWordChar) == 0) {
      // Format controls inside a word do not split it.
      if (in_word && c >= 0x80 && text::IsFormatControl(c)) continue;
      flush();
      continue;
    }
    const char32_t norm = entry & ~kWordChar;
    if (!in_word) {
      in_word = true;
      n = 0;
      digit_start = norm >= '0' && norm <= '9';
    }
    if (norm != 0 && n < kMaxWordChars) chars[n++] = norm;
  }
  flush();
  return counts;
}

}  // namespace khulasa::summary
