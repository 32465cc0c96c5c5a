// Guesses the language of a text from its letters alone: Arabic, Persian,
// Urdu or something else. Small and explainable on purpose (docs/article.md,
// "Language"): the three languages share one script and differ in a handful
// of letters each uses and the others do not.
#ifndef KHULASA_SRC_TEXT_LANGUAGE_H_
#define KHULASA_SRC_TEXT_LANGUAGE_H_

#include <cstddef>
#include <string_view>

namespace khulasa::text {

enum class Language { kArabic, kPersian, kUrdu, kOther };

// "ar", "fa", "ur" or "other" (ISO 639-1 where there is one).
std::string_view LanguageCode(Language language);

// "Arabic", "Persian", "Urdu" or "not Arabic-script", for messages.
std::string_view LanguageName(Language language);

// The letter counts the guess rests on. Thread-compatible value type.
struct LetterCounts {
  // Letters of any script (Latin, Arabic, Cyrillic, ...); the signs,
  // marks, digits and punctuation of the Arabic block are not letters.
  size_t letters = 0;
  size_t arabic_script = 0;  // Arabic-script letters, presentation forms too
  // U+067E U+0686 U+0698 U+06AF U+06A9 U+06CC (peh, tcheh, jeh, gaf, keheh,
  // farsi yeh): Persian (and Urdu) letters that Arabic does not use.
  size_t persian = 0;
  // U+0679 U+0688 U+0691 U+06BA U+06BE U+06C1 U+06C2 U+06D2 U+06D3 (tteh,
  // ddal, rreh, noon ghunna, heh doachashmee, heh goal, yeh barree): Urdu
  // letters that neither Arabic nor Persian uses.
  size_t urdu = 0;
  // Arabic-script letters of none of the three (Kurdish U+06D5 U+06B5
  // U+0695 U+06C6 U+06CE, Pashto, Sindhi, Uyghur, ...).
  size_t other_script = 0;
  // U+0629 teh marbuta: 2-4 % of the letters of Arabic news, rare in
  // Persian and Urdu; what keeps Arabic typed on a Persian keyboard Arabic.
  size_t teh_marbuta = 0;

  // Counts the letters of `text` (UTF-8; invalid bytes count as nothing).
  void Add(std::string_view text);
};

// The rule, in order (shares are of the Arabic-script letters unless said):
//   no Arabic-script letter, or under half of all letters  -> kOther
//   Urdu letters >= 3 and >= 1 %                            -> kUrdu
//   other-language Arabic-script letters >= 3 and >= 1 %    -> kOther
//   Persian letters >= 3 and >= 1 %, teh marbuta < 1 %      -> kPersian
//   otherwise                                               -> kArabic
Language GuessLanguage(const LetterCounts& counts);

// GuessLanguage() of the letters of `text`.
Language GuessLanguage(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_LANGUAGE_H_
