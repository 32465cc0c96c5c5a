// Well-formed vowelling: the rules every diacritized word must follow, the
// check that finds words breaking them and the one repair pass that the
// diacritizer's default path runs over its labels (DiacritizerOptions::
// repair_vowelling). The rules, and why each repair was chosen, are in
// docs/speech.md ("Well-formed vowelling").
#ifndef KHULASA_SRC_SPEECH_VOWELLING_REPAIR_H_
#define KHULASA_SRC_SPEECH_VOWELLING_REPAIR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::speech {

// One bit per rule a word can break.
enum VowellingProblem : uint32_t {
  // Two letters in a row with sukun (جَدَّدْتْ).
  kTwoSukuns = 1u << 0,
  // Tanween on two letters (أَلْفًاً).
  kDoubleTanween = 1u << 1,
  // Tanween before the last letter, other than fathatan on the letter
  // before a final alef or alef maksura (كِتَابًا، هُدًى) and the silent waw
  // of عَمْرٍو.
  kTanweenNotLast = 1u << 2,
  // A vowel written before the shadda of its letter, or two vowels (or two
  // shaddas) on one letter.
  kMarkOrder = 1u << 3,
  // Shadda with no vowel (or with sukun) before the last letter, or on a
  // word's first letter (a doubled consonant needs a vowel after it and a
  // letter before it).
  kShaddaWithoutVowel = 1u << 4,
  // Alef wasla (U+0671), when it was not asked for.
  kWaslaGlyph = 1u << 5,
  // A mark on a letter that cannot carry it: alef madda and alef wasla carry
  // none; bare alef only a short vowel as a word's first letter (the vowel a
  // hamzat al-wasl takes when speech starts on it) and fathatan as its last;
  // alef maksura only fathatan as the last letter, or shadda and a vowel
  // when it stands for a doubled yeh (إِلَىَّ).
  kMarkOnLongVowel = 1u << 6,
  // The pronoun -huma, -hum, -hunna with damma on its h after a kasra or a
  // yeh (شَرَاكَتِهُمَا, عَلَيْهُمْ): the h takes kasra there (-hima, -him),
  // as the gold texts write it without exception.
  kPronounHarmony = 1u << 7,
};

// "two_sukuns,double_tanween,..." for the bits of `problems` ("" for 0).
std::string VowellingProblemNames(uint32_t problems);

// The rules a word's labels (diacritizer_labels.h) break. `letters` are
// the word's letters, undiacritized; labels[i] is letters[i]'s mark set.
uint32_t CheckWordLabels(std::u32string_view letters, const uint8_t* labels);

// Repairs `labels` of a word so that CheckWordLabels finds nothing, with the
// least change to how the word sounds (docs/speech.md). given[i] != 0
// marks a label the input wrote, kept when the word can be repaired
// elsewhere.
void RepairWordLabels(std::u32string_view letters, const uint8_t* given,
                      uint8_t* labels);

// RepairWordLabels on every word (run of diacritizable letters) of a line:
// chars and labels as in LabeledText, given the input's labels.
void RepairVowelling(std::u32string_view chars,
                     const std::vector<uint8_t>& given,
                     std::vector<uint8_t>* labels);

// A word of diacritized UTF-8 text that breaks a rule: bytes [begin, end).
struct IllFormedWord {
  size_t begin;
  size_t end;
  uint32_t problems;
};

// The ill-formed words of diacritized UTF-8 `text` (invalid bytes count as
// non-letters). A word is a run of letters with their marks, tatweel and
// superscript alef. `allow_wasla`: alef wasla is no problem (the speech
// path writes it for espeak-ng).
std::vector<IllFormedWord> FindIllFormedWords(std::string_view text,
                                              bool allow_wasla = false);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_VOWELLING_REPAIR_H_
