#include "src/speech/diacritizer_features.h"

#include <algorithm>
#include <array>

#include "src/speech/diacritizer_labels.h"
#include "src/text/arabic.h"
#include "src/text/spaces.h"

namespace khulasa::speech {
namespace {

// Stands for the positions before the start and after the end of a line.
constexpr char32_t kOutside = 1;
constexpr int kPad = 4;

inline uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 29;
  return h;
}

inline uint32_t Row(uint64_t h, uint32_t mask) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return static_cast<uint32_t>(h) & mask;
}

// Hash of chars[begin, end).
inline uint64_t HashSpan(const char32_t* chars, int begin, int end,
                         uint64_t seed) {
  uint64_t h = seed;
  for (int i = begin; i < end; ++i) h = Mix(h, chars[i]);
  return h;
}

// Letters kept in a word's pattern (the rest become one "root letter"
// symbol): those that form Arabic morphological templates and affixes, so
// that e.g. mu-CaaCaC-aat words share features whatever their root.
bool IsPatternLetter(char32_t c) {
  switch (c) {
    case text::kAlef:
    case text::kAlefWithHamzaAbove:
    case text::kAlefWithHamzaBelow:
    case text::kAlefWithMaddaAbove:
    case text::kWaw:
    case text::kYeh:
    case text::kTehMarbuta:
    case text::kAlefMaksura:
    case text::kTeh:
    case text::kMeem:
    case text::kNoon:
    case text::kSeen:
    case text::kLam:
      return true;
    default:
      return false;
  }
}

// Hash of the pattern of chars[begin, end) (see IsPatternLetter).
uint64_t HashPattern(const char32_t* chars, int begin, int end, uint64_t seed) {
  uint64_t h = seed;
  for (int i = begin; i < end; ++i) {
    h = Mix(h, IsPatternLetter(chars[i]) ? chars[i] : char32_t{'C'});
  }
  return h;
}

// Length of a leading "al-" article (after an optional one-letter
// conjunction or preposition), 0 when there is none.
int ArticleLength(const char32_t* chars, int begin, int end) {
  for (int skip = 0; skip <= 1; ++skip) {
    const int a = begin + skip;
    if (end - a >= 4 && chars[a] == text::kAlef && chars[a + 1] == text::kLam) {
      return skip + 2;
    }
  }
  return 0;
}

}  // namespace

char32_t NormalizeFeatureChar(char32_t c) {
  if (c == text::kAlefWasla) return text::kAlef;
  if (text::IsAnyDigit(c)) return '0';
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 'a';
  if (text::IsDiacritizerSpace(c)) return ' ';
  return c;
}

uint64_t HashWordLetters(std::u32string_view letters) {
  uint64_t h = 0x57A7E5EEDULL;
  for (char32_t c : letters) h = Mix(h, NormalizeFeatureChar(c));
  return h;
}

uint64_t HashWordPattern(std::u32string_view letters) {
  uint64_t h = 0x9A77E2ULL;
  for (char32_t c : letters) {
    const char32_t n = NormalizeFeatureChar(c);
    h = Mix(h, IsPatternLetter(n) ? n : char32_t{'C'});
  }
  return h;
}

void ExtractFeatures(std::u32string_view chars, uint32_t row_mask,
                     std::vector<uint32_t>* rows) {
  const int n = static_cast<int>(chars.size());
  // Padded, normalized copy so that windows never need bounds checks.
  std::vector<char32_t> padded(static_cast<size_t>(n + 2 * kPad), kOutside);
  for (int i = 0; i < n; ++i) padded[i + kPad] = NormalizeFeatureChar(chars[i]);
  const char32_t* c = padded.data() + kPad;  // c[-kPad .. n + kPad)

  // Words are maximal runs of diacritizable letters.
  struct Word {
    int begin;
    int end;
    uint64_t hash;
  };
  std::vector<Word> words;
  for (int i = 0; i < n;) {
    if (!IsDiacritizableLetter(chars[i])) {
      ++i;
      continue;
    }
    int j = i;
    while (j < n && IsDiacritizableLetter(chars[j])) ++j;
    words.push_back({i, j, HashSpan(c, i, j, 0x57A7E5EEDULL)});
    i = j;
  }
  const uint64_t kNoWord = 0x4E4F574FULL;
  for (size_t w = 0; w < words.size(); ++w) {
    const Word& word = words[w];
    const uint64_t prev = w > 0 ? words[w - 1].hash : kNoWord;
    const uint64_t next = w + 1 < words.size() ? words[w + 1].hash : kNoWord;
    const int len = word.end - word.begin;
    // Affixes of up to 2 / 3 letters and the neighbours' edges.
    const uint64_t prefix2 =
        HashSpan(c, word.begin, word.begin + std::min(2, len), 11);
    const uint64_t suffix2 =
        HashSpan(c, word.end - std::min(2, len), word.end, 12);
    const uint64_t suffix3 =
        HashSpan(c, word.end - std::min(3, len), word.end, 13);
    const uint64_t prev_suffix2 =
        w > 0 ? HashSpan(c, std::max(words[w - 1].begin, words[w - 1].end - 2),
                         words[w - 1].end, 14)
              : kNoWord;
    const uint64_t next_prefix2 =
        w + 1 < words.size()
            ? HashSpan(c, words[w + 1].begin,
                       std::min(words[w + 1].end, words[w + 1].begin + 2), 15)
            : kNoWord;
    const uint64_t pattern = HashPattern(c, word.begin, word.end, 16);
    const int article = ArticleLength(c, word.begin, word.end);
    const uint64_t stem_pattern =
        HashPattern(c, word.begin + article, word.end, 17);
    // What separates this word from the next (space only, punctuation, end).
    const char32_t after = c[word.end];
    for (int p = word.begin; p < word.end; ++p) {
      const int i = p - word.begin;
      const int j = word.end - 1 - p;
      const uint64_t last = j == 0 ? 1 : 0;
      std::array<uint64_t, kFeaturesPerLetter> f;
      f[0] = Mix(1, c[p]);
      f[1] = Mix(Mix(2, c[p - 1]), c[p]);
      f[2] = Mix(Mix(3, c[p]), c[p + 1]);
      f[3] = HashSpan(c, p - 1, p + 2, 4);
      f[4] = HashSpan(c, p - 2, p + 1, 5);
      f[5] = HashSpan(c, p, p + 3, 6);
      f[6] = HashSpan(c, p - 2, p + 3, 7);
      f[7] = HashSpan(c, p - 3, p + 1, 8);
      f[8] = HashSpan(c, p, p + 4, 9);
      f[9] = HashSpan(c, p - 3, p + 4, 10);
      f[10] = HashSpan(c, p - 4, p + 5, 11);
      f[11] = HashSpan(c, p - 2, p + 2, 12);
      f[12] = HashSpan(c, p - 1, p + 3, 13);
      f[13] = Mix(Mix(14, word.hash), static_cast<uint64_t>(i));
      f[14] = Mix(Mix(Mix(15, static_cast<uint64_t>(std::min(i, 5))),
                      static_cast<uint64_t>(std::min(j, 5))),
                  c[p]);
      f[15] = Mix(Mix(16, prefix2), static_cast<uint64_t>(i));
      f[16] = Mix(Mix(17, suffix3), static_cast<uint64_t>(j));
      // Word bigrams only at the last letter (case endings): at the other
      // letters the lexicon already decides, and these rows are many.
      f[17] = j == 0 ? Mix(Mix(18, prev), word.hash)
                     : Mix(18, static_cast<uint64_t>(std::min(i, 8)));
      f[18] = j == 0 ? Mix(Mix(19, word.hash), next)
                     : Mix(19, static_cast<uint64_t>(std::min(i, 8)));
      f[19] = Mix(Mix(Mix(20, prev), suffix2), last);
      f[20] = Mix(Mix(Mix(21, next), suffix2), last);
      f[21] = Mix(Mix(Mix(Mix(22, prev_suffix2), suffix2), last),
                  static_cast<uint64_t>(std::min(j, 2)));
      f[22] = Mix(Mix(Mix(Mix(23, next_prefix2), suffix2), last), after);
      f[23] = Mix(Mix(Mix(24, static_cast<uint64_t>(std::min(len, 8))),
                      static_cast<uint64_t>(i)),
                  c[p]);
      f[24] = Mix(Mix(25, pattern), static_cast<uint64_t>(i));
      f[25] = Mix(
          Mix(Mix(26, stem_pattern), static_cast<uint64_t>(i - article)), c[p]);
      for (uint64_t h : f) rows->push_back(Row(h, row_mask));
    }
  }
}

void ExtractHistoryFeatures(std::u32string_view chars, size_t word_begin,
                            size_t word_end, size_t prev_begin, size_t prev_end,
                            int prev_label, int prev2_label, uint32_t row_mask,
                            uint32_t* rows) {
  auto span_hash = [&](size_t begin, size_t end, uint64_t seed) {
    uint64_t h = seed;
    for (size_t i = begin; i < end; ++i)
      h = Mix(h, NormalizeFeatureChar(chars[i]));
    return h;
  };
  const size_t len = word_end - word_begin;
  const uint64_t word = HashWordLetters(chars.substr(word_begin, len));
  const uint64_t suffix2 =
      span_hash(word_end - std::min<size_t>(2, len), word_end, 12);
  const uint64_t prefix2 =
      span_hash(word_begin, word_begin + std::min<size_t>(2, len), 11);
  const size_t prev_len = prev_end - prev_begin;
  const uint64_t prev_suffix2 =
      span_hash(prev_end - std::min<size_t>(2, prev_len), prev_end, 14);
  const uint64_t p1 = static_cast<uint64_t>(prev_label);
  const uint64_t p2 = static_cast<uint64_t>(prev2_label);
  rows[0] = Row(Mix(Mix(Mix(31, p1), suffix2), prefix2), row_mask);
  rows[1] = Row(Mix(Mix(Mix(32, p1), prev_suffix2), prefix2), row_mask);
  rows[2] = Row(Mix(Mix(Mix(33, p1), p2), suffix2), row_mask);
  rows[3] = Row(Mix(Mix(34, p1), word), row_mask);
}

std::vector<WordSpan> FindWords(std::u32string_view chars) {
  std::vector<WordSpan> words;
  for (size_t i = 0; i < chars.size();) {
    if (!IsDiacritizableLetter(chars[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < chars.size() && IsDiacritizableLetter(chars[end])) ++end;
    words.push_back({i, end});
    i = end;
  }
  return words;
}

namespace {

// Class of a code point next to a word, for the stack features: letters of
// another word, digits, Latin and spaces fold to one symbol each.
uint64_t NeighbourClass(char32_t c) {
  if (IsDiacritizableLetter(c)) return 'L';
  return NormalizeFeatureChar(c);
}

// StackWordInfo::shape of the word chars[begin, end) labelled `labels`.
uint64_t WordShape(std::u32string_view chars, size_t begin, size_t end,
                   const uint8_t* labels) {
  const size_t len = end - begin;
  size_t i = begin;
  if (len > 3 && (chars[i] == text::kWaw || chars[i] == text::kFeh)) ++i;
  uint64_t shape = 0;
  if (end - i > 3 && (chars[i] == text::kBeh || chars[i] == text::kKaf ||
                      chars[i] == text::kLam)) {
    if (chars[i] == text::kLam && chars[i + 1] == text::kLam) {
      return kShapeArticle | kShapePreposition;  // li- + al-: lil-
    }
    if ((labels[i] & kVowelMask) == kVowelKasra) {
      shape |= kShapePreposition;
      ++i;
    }
  }
  if (end - i > 3 &&
      (chars[i] == text::kAlef || chars[i] == text::kAlefWasla) &&
      chars[i + 1] == text::kLam) {
    shape |= kShapeArticle;
  }
  return shape;
}

}  // namespace

void UseUnknownWordRows(size_t len, uint32_t row_mask, uint32_t* rows) {
  constexpr uint64_t kUnknownWord = 0x554E4B57ULL;
  for (size_t i = 0; i < len; ++i) {
    uint32_t* f = rows + i * kFeaturesPerLetter;
    f[13] = Row(Mix(Mix(Mix(14, kUnknownWord), std::min<uint64_t>(i, 12)),
                    std::min<uint64_t>(len - 1 - i, 12)),
                row_mask);
    if (i + 1 == len) {
      f[17] = Row(Mix(18, kUnknownWord), row_mask);
      f[18] = Row(Mix(19, kUnknownWord), row_mask);
    }
  }
}

void UseUnknownWordRowsWhere(std::u32string_view chars,
                             const std::vector<WordSpan>& words,
                             uint32_t row_mask,
                             absl::FunctionRef<bool(uint64_t)> is_unknown,
                             std::vector<uint32_t>* rows) {
  size_t start = 0;  // the word's first letter among the diacritizable ones
  for (const WordSpan& word : words) {
    const size_t len = word.end - word.begin;
    if (is_unknown(HashWordLetters(chars.substr(word.begin, len)))) {
      UseUnknownWordRows(len, row_mask, &(*rows)[start * kFeaturesPerLetter]);
    }
    start += len;
  }
}

std::vector<StackWordInfo> SummarizeWords(std::u32string_view chars,
                                          const std::vector<WordSpan>& words,
                                          const uint8_t* labels) {
  std::vector<StackWordInfo> infos;
  infos.reserve(words.size());
  for (const WordSpan& span : words) {
    StackWordInfo info;
    info.word =
        HashWordLetters(chars.substr(span.begin, span.end - span.begin));
    uint64_t h = 0xC0DEULL;
    for (size_t i = span.begin; i + 1 < span.end; ++i) {
      h = Mix(Mix(h, NormalizeFeatureChar(chars[i])), labels[i]);
    }
    const size_t last = span.end - 1;
    info.core = Mix(h, NormalizeFeatureChar(chars[last]));
    info.form = Mix(info.core, 100u + labels[last]);
    info.last = labels[last];
    uint64_t s = 12;
    for (size_t i = span.end - std::min<size_t>(2, span.end - span.begin);
         i < span.end; ++i) {
      s = Mix(s, NormalizeFeatureChar(chars[i]));
    }
    info.suffix2 = s;
    size_t b = span.begin;
    while (b > 0 && text::IsDiacritizerSpace(chars[b - 1])) --b;
    info.before = b == 0 ? kOutside : NeighbourClass(chars[b - 1]);
    size_t a = span.end;
    while (a < chars.size() && text::IsDiacritizerSpace(chars[a])) ++a;
    info.after = a == chars.size() ? kOutside : NeighbourClass(chars[a]);
    info.shape = WordShape(chars, span.begin, span.end, labels);
    infos.push_back(info);
  }
  return infos;
}

void ExtractStackFeatures(const std::vector<StackWordInfo>& words, size_t w,
                          uint32_t row_mask, uint32_t* rows) {
  constexpr uint64_t kNone = 0x4E4F4E45ULL;
  const StackWordInfo& cur = words[w];
  const StackWordInfo none{kNone, kNone, kNone, kNone,
                           kNone, kNone, kNone, kNone};
  const StackWordInfo& prev = w > 0 ? words[w - 1] : none;
  const StackWordInfo& prev2 = w > 1 ? words[w - 2] : none;
  const StackWordInfo& next = w + 1 < words.size() ? words[w + 1] : none;
  // Only a neighbour in the same clause (no punctuation or number between)
  // is read as context through its labels.
  const bool joined_prev = cur.before == 'L';
  const bool joined_next = cur.after == 'L';
  const uint64_t prev_form = joined_prev ? prev.form : kNone;
  const uint64_t prev_last = joined_prev ? prev.last : kNone;
  const uint64_t next_form = joined_next ? next.form : kNone;
  const uint64_t next_last = joined_next ? next.last : kNone;
  const uint64_t f[kStackFeatures] = {
      Mix(51, cur.core),
      Mix(Mix(52, prev_form), cur.suffix2),
      Mix(Mix(53, prev_form), cur.core),
      Mix(Mix(54, next_form), cur.suffix2),
      Mix(Mix(55, next_form), cur.core),
      Mix(Mix(Mix(56, prev_last), next_last), cur.suffix2),
      Mix(Mix(57, prev_last), cur.core),
      Mix(Mix(58, next_last), cur.core),
      Mix(Mix(Mix(59, joined_prev ? prev2.form : kNone), prev_form),
          cur.suffix2),
      Mix(Mix(60, cur.after), cur.core),
      Mix(Mix(61, cur.before), cur.core),
      // Syntax through the words' shapes: after a word with a preposition
      // or in a chain of nouns (its case ending), before a definite word
      // (this one is then in construct state), with its own preposition.
      Mix(Mix(Mix(Mix(62, cur.shape), joined_prev ? prev.shape : kNone),
              prev_last),
          cur.suffix2),
      Mix(Mix(Mix(63, cur.shape), joined_next ? next.shape : kNone),
          cur.suffix2),
      Mix(Mix(64, cur.shape), cur.suffix2),
  };
  for (int k = 0; k < kStackFeatures; ++k) rows[k] = Row(f[k], row_mask);
}

}  // namespace khulasa::speech
