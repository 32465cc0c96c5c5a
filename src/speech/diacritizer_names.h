// Transliterated foreign names in Arabic news (وِيكِيبِيدْيَا, فُرَانْكْفُورْتْ):
// how to tell an unknown word that looks like one, and how news text
// vowels it. The diacritizer's model is trained on Arabic words and gets
// such names wrong; these rules write them as the news convention does.
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_NAMES_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_NAMES_H_

#include <cstdint>
#include <string_view>

namespace khulasa::speech {

// Whether a word (its letters, no marks) looks like a transliterated
// foreign name: at least two long-vowel letters (alef, waw, yeh) inside,
// and none of the marks of an Arabic word: the article (after any of the
// proclitics wa-, fa-, bi-, ka-, li-), a sound plural or dual ending (-at,
// -un, -in, -an), a pronoun suffix in h, teh marbuta at the end, or the
// start of a verb in the future (sa- + imperfect prefix + consonant). Meant
// for words the lexicon knows nothing of.
bool LooksLikeTransliteratedName(std::u32string_view letters);

// Writes into labels[0 .. letters.size()) the marks news text gives such a
// name: the short vowel that goes with the long vowel after it (fatha
// before alef, kasra before yeh, damma before waw, which stay bare; a
// word's first waw or yeh is a consonant), sukun on a consonant that closes
// a syllable after a long vowel (لِينْكُولِن), and sukun on the last consonant
// when `pause_last` (names take no case ending). Letters with a mark in
// `given` keep their label.
void VowelTransliteratedName(std::u32string_view letters, const uint8_t* given,
                             bool pause_last, uint8_t* labels);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_NAMES_H_
