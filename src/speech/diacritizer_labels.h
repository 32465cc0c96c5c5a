// The diacritizer's label set: the marks one Arabic letter can carry (an
// optional shadda plus at most one vowel, tanween or sukun), and conversion
// between diacritized UTF-8 text and (undiacritized letters, labels).
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_LABELS_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_LABELS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::speech {

// A label is `vowel | (shadda ? kShaddaBit : 0)`, where vowel is one of the
// values below. 16 labels in all.
inline constexpr int kNumLabels = 16;
inline constexpr uint8_t kShaddaBit = 8;
inline constexpr uint8_t kVowelMask = 7;
inline constexpr uint8_t kNoVowel = 0;
inline constexpr uint8_t kVowelFatha = 1;
inline constexpr uint8_t kVowelDamma = 2;
inline constexpr uint8_t kVowelKasra = 3;
inline constexpr uint8_t kVowelFathatan = 4;
inline constexpr uint8_t kVowelDammatan = 5;
inline constexpr uint8_t kVowelKasratan = 6;
inline constexpr uint8_t kVowelSukun = 7;

// True for the letters the diacritizer puts marks on: U+0621-U+063A,
// U+0641-U+064A and alef wasla U+0671.
bool IsDiacritizableLetter(char32_t c);

// True for the letters that may go without marks in fully diacritized
// text: the long vowels and alef forms (alef, alef maksura, alef madda, waw,
// yeh, alef wasla) and alef with hamza below, whose kasra much of the text
// leaves out by convention. Every other letter carries a mark (the lam of
// the article before a sun letter aside).
bool MayGoUnmarked(char32_t c);

// True for the marks a label encodes: U+064B-U+0652.
bool IsLabelMark(char32_t c);

// Returns `label` with `mark` (a U+064B-U+0652 code point) added: shadda sets
// kShaddaBit, any other mark replaces the vowel. Other code points leave the
// label unchanged.
uint8_t AddMark(uint8_t label, char32_t mark);

// Appends the marks of `label` as UTF-8, shadda first (the order espeak-ng
// needs; never NFC-normalize after this).
void AppendLabelMarks(uint8_t label, std::string* out);

// A line split into undiacritized code points and one label per code point
// (always 0 for code points that are not diacritizable letters).
struct LabeledText {
  std::u32string chars;
  std::vector<uint8_t> labels;
};

// Parses diacritized UTF-8 text: harakat U+064B-U+0652 become labels of the
// letter before them (marks after a non-letter are dropped), tatweel and
// superscript alef are dropped, vowel+shadda and shadda+vowel both work.
// Invalid UTF-8 bytes become U+FFFD.
LabeledText ParseDiacritized(std::string_view text);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_LABELS_H_
