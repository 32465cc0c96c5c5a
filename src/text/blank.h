// Blanks between words, at the byte level: the one definition the summary
// pipeline (word counts, bullet tokens, source ranges) shares. A blank is
// ASCII white space (space, \t, \n, \r, \v, \f) or U+00A0 NO-BREAK SPACE;
// other Unicode spaces are not blanks here (char_class.h classifies code
// points).
#ifndef KHULASA_SRC_TEXT_BLANK_H_
#define KHULASA_SRC_TEXT_BLANK_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/text/bit_count.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace khulasa::text {

// ASCII white space: space, \t, \n, \r, \v, \f.
inline constexpr bool IsAsciiBlank(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');  // \t \n \v \f \r
}

// The same blanks as code points: ASCII white space and U+00A0.
inline constexpr bool IsBlank(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x00A0;
}

// Bytes of the blank starting at text[i]: 1 for ASCII white space, 2 for
// U+00A0 (C2 A0), 0 for anything else. Requires i < text.size().
inline size_t BlankBytesAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c > ' ' && c != 0xC2) return 0;  // most bytes: one test
  if (IsAsciiBlank(c)) return 1;
  if (c == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

namespace internal {

// CountWords() over whole 16-byte blocks from text[*i], while fewer than
// `limit` words are counted: adds the words that start in them to *words,
// advances *i and sets *in_word to whether the last byte read is a word
// byte. Stops before the last 16 bytes (each block also reads the byte after
// it). Without SSE2, does nothing.
inline void CountWordsInBlocks(std::string_view text, size_t limit, size_t* i,
                               size_t* words, bool* in_word) {
#if defined(__SSE2__)
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i tab = _mm_set1_epi8('\t');
  const __m128i four = _mm_set1_epi8(4);
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i a0 = _mm_set1_epi8(static_cast<char>(0xA0));
  // Bit 0: the byte before the block is blank (the text's start is).
  unsigned blank_before = *in_word ? 0 : 1;
  unsigned nbsp_carry = 0;  // the block before ended on the C2 of C2 A0
  size_t pos = *i;
  while (pos + 17 <= n && *words < limit) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const __m128i w =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos + 1));
    // \t..\r: (v - '\t') <= 4 unsigned.
    const __m128i off = _mm_sub_epi8(v, tab);
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(off, four), off);
    const unsigned ascii = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, space), control)));
    const unsigned nbsp_lead = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(w, a0))));
    const unsigned blank =
        ascii | nbsp_lead | ((nbsp_lead << 1) & 0xFFFF) | nbsp_carry;
    const unsigned starts = ~blank & ((blank << 1) | blank_before) & 0xFFFF;
    *words += PopCount16(starts);
    blank_before = (blank >> 15) & 1;
    nbsp_carry = nbsp_lead >> 15;
    pos += 16;
  }
  if (nbsp_carry != 0) {
    // Resume at the C2 of the C2 A0 the last boundary split: a blank.
    pos -= 1;
    blank_before = 1;
  }
  *i = pos;
  *in_word = blank_before == 0;
#else
  (void)text;
  (void)limit;
  (void)i;
  (void)words;
  (void)in_word;
#endif
}

}  // namespace internal

// Blank-separated words of `text`, counting no further than `limit`: the
// result is min(words, limit). Invalid UTF-8 bytes count as word bytes.
inline size_t CountWords(std::string_view text, size_t limit = SIZE_MAX) {
  size_t words = 0;
  size_t i = 0;
  bool in_word = false;
  internal::CountWordsInBlocks(text, limit, &i, &words, &in_word);
  const size_t n = text.size();
  if (in_word) {  // the rest of a word the blocks counted
    while (i < n && BlankBytesAt(text, i) == 0) ++i;
  }
  while (words < limit) {
    while (i < n) {  // the blanks before a word
      const size_t blank = BlankBytesAt(text, i);
      if (blank == 0) break;
      i += blank;
    }
    if (i >= n) break;
    ++words;
    while (i < n && BlankBytesAt(text, i) == 0) ++i;  // the word
  }
  return std::min(words, limit);
}

// True when text[from, to) is all blanks (empty included).
inline bool AllBlanks(std::string_view text, size_t from, size_t to) {
  while (from < to) {
    const size_t blank = BlankBytesAt(text.substr(0, to), from);
    if (blank == 0) return false;
    from += blank;
  }
  return true;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_BLANK_H_
