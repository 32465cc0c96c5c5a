// A light stemmer for matching: strips the common Arabic article and
// conjunction prefixes and plural and pronoun suffixes off a word whose
// code points are already normalized for matching (MatchingChar: alef forms
// unified, teh marbuta as heh, no diacritics). Cheaper and blunter than
// StemArabic (Snowball); the summary's word keys use it.
#ifndef KHULASA_SRC_TEXT_LIGHT_STEMMER_H_
#define KHULASA_SRC_TEXT_LIGHT_STEMMER_H_

#include <string_view>

namespace khulasa::text {

// The stem of `word`, a sub-view of it. At most one prefix goes: a
// conjunction or preposition with the article (wa-al, bi-al, ka-al, fa-al)
// from words of 5 or more letters, the article al- or lil- from words of 4
// or more, else a leading waw from words of 4 or more. Then at most one
// suffix: -at, -un, -in, -an, -ha, -hum from what is left when it has 5 or
// more letters, else a final heh or yeh when it has 4 or more.
// Allocation-free; any input is accepted.
std::u32string_view LightStem(std::u32string_view word);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_LIGHT_STEMMER_H_
