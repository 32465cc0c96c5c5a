// Hashed features of each letter for the diacritizer's linear model: letter
// windows of several widths around the letter, the letter's place in its
// word, the word itself, its affixes and its neighbouring words (which carry
// most of the evidence for case endings).
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_FEATURES_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace khulasa::speech {

// Every diacritizable letter gets exactly this many feature rows.
inline constexpr int kFeaturesPerLetter = 26;

// Appends, for each diacritizable letter of `chars` in order, its
// kFeaturesPerLetter hashed feature rows (each `& row_mask`) to *rows.
// `chars` is undiacritized text (see ParseDiacritized). Deterministic and
// platform-independent. Thread-safe.
void ExtractFeatures(std::u32string_view chars, uint32_t row_mask,
                     std::vector<uint32_t>* rows);

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

// 64-bit hash of a word's letters (after the feature normalization), as the
// lexicon keys words. Identical for the same letters on every platform.
uint64_t HashWordLetters(std::u32string_view letters);

// The code point the features see for `c`: alef wasla becomes alef, digits
// one digit, Latin letters one letter, whitespace a space.
char32_t NormalizeFeatureChar(char32_t c);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_FEATURES_H_
