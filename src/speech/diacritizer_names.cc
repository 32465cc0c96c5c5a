#include "src/speech/diacritizer_names.h"

#include "src/speech/diacritizer_labels.h"
#include "src/text/arabic.h"

namespace khulasa::speech {
namespace {

// Whether a letter is written for a long vowel (or is one): alef, waw,
// yeh, alef maksura.
bool IsVowelLetter(char32_t c) {
  return c == text::kAlef || c == text::kWaw || c == text::kYeh ||
         c == text::kAlefMaksura;
}

// Whether the word starts with the article, after at most one of the
// conjunctions wa-, fa- and at most one of the prepositions bi-, ka-, or
// as lil- (li- + al-).
bool StartsWithArticle(std::u32string_view letters) {
  size_t i = 0;
  if (letters.size() > i + 2 &&
      (letters[i] == text::kWaw || letters[i] == text::kFeh)) {
    ++i;
  }
  if (letters.size() > i + 2 && letters[i] == text::kLam &&
      letters[i + 1] == text::kLam) {
    return true;  // lil-
  }
  if (letters.size() > i + 2 &&
      (letters[i] == text::kBeh || letters[i] == text::kKaf) &&
      letters[i + 1] == text::kAlef && letters[i + 2] == text::kLam) {
    return true;  // bil-, kal-
  }
  return letters.size() > i + 1 && letters[i] == text::kAlef &&
         letters[i + 1] == text::kLam;
}

// Whether the word starts like a verb in the future: sa-, the prefix of
// the imperfect (سي ست سن سأ) and a consonant (سَيُقَامُ, سَنُحَاوِلُ; but
// سْتُوكْهُولْم is a name), after an optional wa- or fa-.
bool StartsWithFutureVerb(std::u32string_view letters) {
  size_t i = 0;
  if (letters.size() > 5 &&
      (letters[i] == text::kWaw || letters[i] == text::kFeh)) {
    ++i;
  }
  return letters.size() > i + 4 && letters[i] == text::kSeen &&
         (letters[i + 1] == text::kYeh || letters[i + 1] == text::kTeh ||
          letters[i + 1] == text::kNoon ||
          letters[i + 1] == text::kAlefWithHamzaAbove) &&
         !IsVowelLetter(letters[i + 2]);
}

}  // namespace

bool LooksLikeTransliteratedName(std::u32string_view letters) {
  const size_t len = letters.size();
  if (len < 4) return false;
  const char32_t last = letters[len - 1], before = letters[len - 2];
  if (last == text::kTehMarbuta || last == text::kHeh) return false;
  if ((last == text::kTeh && before == text::kAlef) ||
      (last == text::kNoon && (before == text::kWaw || before == text::kYeh ||
                               before == text::kAlef))) {
    return false;
  }
  if (StartsWithArticle(letters) || StartsWithFutureVerb(letters)) {
    return false;
  }
  int long_vowels = 0;
  for (size_t k = 1; k + 1 < len; ++k) {
    if (letters[k] != text::kAlefMaksura && IsVowelLetter(letters[k])) {
      ++long_vowels;
    }
  }
  return long_vowels >= 2;
}

void VowelTransliteratedName(std::u32string_view letters, const uint8_t* given,
                             bool pause_last, uint8_t* labels) {
  const size_t len = letters.size();
  for (size_t k = 1; k < len; ++k) {
    const char32_t c = letters[k];
    // A word's first waw or yeh is a consonant (wi-, yu-).
    const bool after_vowel_letter = IsVowelLetter(letters[k - 1]) &&
                                    !(k == 1 && letters[0] != text::kAlef &&
                                      letters[0] != text::kAlefMaksura);
    if (given[k - 1] != 0 || after_vowel_letter) continue;
    if (c == text::kAlef) {
      labels[k - 1] = kVowelFatha;
    } else if ((c == text::kYeh || c == text::kWaw) &&
               (k + 1 == len || !IsVowelLetter(letters[k + 1]))) {
      labels[k - 1] = c == text::kYeh ? kVowelKasra : kVowelDamma;
      if (given[k] == 0) labels[k] = 0;
    }
  }
  for (size_t k = 2; k + 1 < len; ++k) {
    if (given[k] == 0 && IsVowelLetter(letters[k - 1]) &&
        !IsVowelLetter(letters[k - 2]) && !IsVowelLetter(letters[k]) &&
        !IsVowelLetter(letters[k + 1])) {
      labels[k] = kVowelSukun;
    }
  }
  if (pause_last && given[len - 1] == 0 && !MayGoUnmarked(letters[len - 1])) {
    labels[len - 1] = kVowelSukun;
  }
}

}  // namespace khulasa::speech
