// Hashed features of each letter for the diacritizer's linear model: letter
// windows of several widths around the letter, the letter's place in its
// word, the word itself, its affixes and its neighbouring words (which carry
// most of the evidence for case endings).
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_FEATURES_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"

namespace khulasa::speech {

// Every diacritizable letter gets exactly this many feature rows.
inline constexpr int kFeaturesPerLetter = 26;

// Appends, for each diacritizable letter of `chars` in order, its
// kFeaturesPerLetter hashed feature rows (each `& row_mask`) to *rows.
// `chars` is undiacritized text (see ParseDiacritized). Deterministic and
// platform-independent. Thread-safe.
void ExtractFeatures(std::u32string_view chars, uint32_t row_mask,
                     std::vector<uint32_t>* rows);

// Replaces, in the kFeaturesPerLetter rows of each of the `len` letters of
// one word (rows[0 .. len * kFeaturesPerLetter)), the rows keyed by the word
// itself (the word with the letter's position; at the last letter, the
// word with its neighbours) by rows shared by all unknown words. The
// trainer does this for the rarest training words and the diacritizer for
// words it has no forms of, so that those rows learn what an unknown word
// looks like.
void UseUnknownWordRows(size_t len, uint32_t row_mask, uint32_t* rows);

// A word's last letter also gets this many rows from the labels already
// chosen for the last letters of the two words before it (case agreement,
// construct state), computed by ExtractHistoryFeatures().
inline constexpr int kHistoryFeatures = 4;
// The history label used when there is no such word.
inline constexpr int kNoHistoryLabel = 16;

// Writes kHistoryFeatures rows to rows[0..kHistoryFeatures) for the word
// chars[word_begin, word_end) whose previous word is chars[prev_begin,
// prev_end) (empty when there is none) and whose two previous words ended
// in `prev_label` and `prev2_label` (0-15, or kNoHistoryLabel).
void ExtractHistoryFeatures(std::u32string_view chars, size_t word_begin,
                            size_t word_end, size_t prev_begin, size_t prev_end,
                            int prev_label, int prev2_label, uint32_t row_mask,
                            uint32_t* rows);

// Second pass (stacking) over case endings: once every word has labels from
// the first pass, the last letter of each word is scored again with
// kStackFeatures more rows built from the labelled forms of the words around
// it (both sides: the preposition or verb before it, the adjective or
// genitive after it) and from its own labelled core (all letters but the
// last: noun or verb, active or passive). These rows add to the first pass's
// scores of that letter.
inline constexpr int kStackFeatures = 14;

// A word (maximal run of diacritizable letters) of a line: chars[begin, end).
struct WordSpan {
  size_t begin;
  size_t end;
};

// The words of `chars` in order.
std::vector<WordSpan> FindWords(std::u32string_view chars);

// UseUnknownWordRows on the rows (as ExtractFeatures wrote them for `chars`)
// of each of `words` (FindWords(chars)) whose HashWordLetters `is_unknown`
// holds for.
void UseUnknownWordRowsWhere(std::u32string_view chars,
                             const std::vector<WordSpan>& words,
                             uint32_t row_mask,
                             absl::FunctionRef<bool(uint64_t)> is_unknown,
                             std::vector<uint32_t>* rows);

// What the stack features need of each word, computed once per line from
// the first pass's `labels` (one per code point of `chars`).
struct StackWordInfo {
  uint64_t word;     // HashWordLetters of its letters
  uint64_t form;     // its letters with their labels
  uint64_t core;     // letters with labels, all but the last letter's label
  uint64_t suffix2;  // its last two letters
  uint64_t last;     // the last letter's label
  uint64_t before;   // the nearest non-space code point before it (class)
  uint64_t after;    // the nearest non-space code point after it (class)
  uint64_t shape;    // kShapeArticle | kShapePreposition bits
};
// StackWordInfo::shape bits: the word starts with the article (after
// optional wa-/fa- and bi-/ka-/li-), or with an attached preposition bi-,
// li- or ka- (its letter labelled kasra), which puts it in the genitive.
inline constexpr uint64_t kShapeArticle = 1;
inline constexpr uint64_t kShapePreposition = 2;
std::vector<StackWordInfo> SummarizeWords(std::u32string_view chars,
                                          const std::vector<WordSpan>& words,
                                          const uint8_t* labels);

// Writes kStackFeatures rows for the last letter of words[w].
void ExtractStackFeatures(const std::vector<StackWordInfo>& words, size_t w,
                          uint32_t row_mask, uint32_t* rows);

// 64-bit hash of a word's letters (after the feature normalization), as the
// lexicon keys words. Identical for the same letters on every platform.
uint64_t HashWordLetters(std::u32string_view letters);

// 64-bit hash of a word's pattern: its template letters (see the pattern
// features) kept, every other letter one "root letter" symbol. Keys the
// pattern lexicon that gives unknown words whole-word candidates.
uint64_t HashWordPattern(std::u32string_view letters);

// The code point the features see for `c`: alef wasla becomes alef, digits
// one digit, Latin letters one letter, whitespace a space.
char32_t NormalizeFeatureChar(char32_t c);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_FEATURES_H_
