// The undiacritized words (alef forms unified to bare alef) by which
// VerbalizeNumbers (speech_text_numbers.h) reads a number's context: month
// names, year words, prepositions and construct nouns before a genitive,
// al- glued to a number, scale plurals and the nouns an ordinal follows.
#ifndef KHULASA_SRC_SPEECH_NUMBER_CONTEXT_WORDS_H_
#define KHULASA_SRC_SPEECH_NUMBER_CONTEXT_WORDS_H_

#include <array>

namespace khulasa::speech::number_context {

// Undiacritized words, alef variants unified to bare alef.
inline constexpr std::array<const char*, 25> kMonths = {
    "\u064a\u0646\u0627\u064a\u0631",
    "\u0641\u0628\u0631\u0627\u064a\u0631",
    "\u0645\u0627\u0631\u0633",
    "\u0627\u0628\u0631\u064a\u0644",
    "\u0645\u0627\u064a\u0648",
    "\u064a\u0648\u0646\u064a\u0648",
    "\u064a\u0648\u0644\u064a\u0648",
    "\u0627\u063a\u0633\u0637\u0633",
    "\u0633\u0628\u062a\u0645\u0628\u0631",
    "\u0627\u0643\u062a\u0648\u0628\u0631",
    "\u0646\u0648\u0641\u0645\u0628\u0631",
    "\u062f\u064a\u0633\u0645\u0628\u0631",
    "\u0643\u0627\u0646\u0648\u0646",
    "\u0634\u0628\u0627\u0637",
    "\u0627\u0630\u0627\u0631",
    "\u0646\u064a\u0633\u0627\u0646",
    "\u0627\u064a\u0627\u0631",
    "\u062d\u0632\u064a\u0631\u0627\u0646",
    "\u062a\u0645\u0648\u0632",
    "\u0627\u0628",
    "\u0627\u064a\u0644\u0648\u0644",
    "\u062a\u0634\u0631\u064a\u0646",
    "\u062c\u0627\u0646\u0641\u064a",
    "\u0641\u064a\u0641\u0631\u064a",
    "\u0627\u0641\u0631\u064a\u0644"};
inline constexpr std::array<const char*, 2> kMonthQualifiers = {
    "\u0627\u0644\u0627\u0648\u0644", "\u0627\u0644\u062b\u0627\u0646\u064a"};
inline constexpr std::array<const char*, 2> kQualifiedMonths = {
    "\u0643\u0627\u0646\u0648\u0646", "\u062a\u0634\u0631\u064a\u0646"};
inline constexpr std::array<const char*, 6> kYearWords = {
    "\u0639\u0627\u0645",       "\u0627\u0644\u0639\u0627\u0645",
    "\u0633\u0646\u0629",       "\u0627\u0644\u0633\u0646\u0629",
    "\u0644\u0639\u0627\u0645", "\u0628\u0639\u0627\u0645"};
// Prepositions, and nouns that take the number as their construct
// complement (bi-nisbat 12%, bi-qimat 150 milyun): genitive.
inline constexpr std::array<const char*, 19> kGenitiveBefore = {
    "\u0641\u064a",
    "\u0645\u0646",
    "\u0627\u0644\u0649",
    "\u0639\u0644\u0649",
    "\u0639\u0646",
    "\u0645\u0646\u0630",
    "\u062d\u062a\u0649",
    "\u0646\u062d\u0648",
    "\u0628\u064a\u0646",
    "\u0642\u0631\u0627\u0628\u0629",
    "\u062d\u0648\u0627\u0644\u064a",
    // Nouns a number follows in construct: "bi-nisbat", "bi-qimat" ...
    "\u0628\u0646\u0633\u0628\u0629",
    "\u0646\u0633\u0628\u0629",
    "\u0628\u0642\u064a\u0645\u0629",
    "\u0642\u064a\u0645\u0629",
    "\u0628\u062a\u0643\u0644\u0641\u0629",
    "\u062a\u0643\u0644\u0641\u0629",
    "\u0628\u0645\u0628\u0644\u063a",
    "\u0645\u0628\u0644\u063a",
};
// al- written glued to a number (al-24, wa-l-24, li-l-24), usually with a
// tatweel: the number is definite.
inline constexpr std::array<const char*, 8> kDefinitePrefixes = {
    "\u0627\u0644",       "\u0648\u0627\u0644", "\u0641\u0627\u0644",
    "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644",
    "\u0648\u0644\u0644", "\u0641\u0644\u0644"};
// Plurals of the scale words (alaf, malayin, milyarat, trilyunat).
inline constexpr std::array<const char*, 4> kScalePlurals = {
    "\u0627\u0644\u0627\u0641", "\u0645\u0644\u0627\u064a\u064a\u0646",
    "\u0645\u0644\u064a\u0627\u0631\u0627\u062a",
    "\u062a\u0631\u064a\u0644\u064a\u0648\u0646\u0627\u062a"};
// Definite nouns a number after which is an ordinal: the century, the
// session, the edition, the rank, the place, the round, the printing, the
// anniversary, the episode.
inline constexpr std::array<const char*, 9> kOrdinalNouns = {
    "\u0627\u0644\u0642\u0631\u0646",
    "\u0627\u0644\u062f\u0648\u0631\u0629",
    "\u0627\u0644\u0646\u0633\u062e\u0629",
    "\u0627\u0644\u0645\u0631\u062a\u0628\u0629",
    "\u0627\u0644\u0645\u0631\u0643\u0632",
    "\u0627\u0644\u062c\u0648\u0644\u0629",
    "\u0627\u0644\u0637\u0628\u0639\u0629",
    "\u0627\u0644\u0630\u0643\u0631\u0649",
    "\u0627\u0644\u062d\u0644\u0642\u0629"};

}  // namespace khulasa::speech::number_context

#endif  // KHULASA_SRC_SPEECH_NUMBER_CONTEXT_WORDS_H_
