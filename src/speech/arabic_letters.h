// Arabic letters the speech preparation steps name that text/arabic.h does
// not (yet) define, and the sun-letter class. Header-only, constexpr.
#ifndef KHULASA_SRC_SPEECH_ARABIC_LETTERS_H_
#define KHULASA_SRC_SPEECH_ARABIC_LETTERS_H_

#include "src/text/arabic.h"

namespace khulasa::speech {

inline constexpr char32_t kBeh = 0x0628;
inline constexpr char32_t kTeh = 0x062A;
inline constexpr char32_t kTheh = 0x062B;
inline constexpr char32_t kDal = 0x062F;
inline constexpr char32_t kThal = 0x0630;
inline constexpr char32_t kReh = 0x0631;
inline constexpr char32_t kZain = 0x0632;
inline constexpr char32_t kSeen = 0x0633;
inline constexpr char32_t kSheen = 0x0634;
inline constexpr char32_t kSad = 0x0635;
inline constexpr char32_t kDad = 0x0636;
inline constexpr char32_t kTah = 0x0637;
inline constexpr char32_t kZah = 0x0638;
inline constexpr char32_t kFeh = 0x0641;
inline constexpr char32_t kKaf = 0x0643;
inline constexpr char32_t kLam = 0x0644;
inline constexpr char32_t kNoon = 0x0646;

// The fourteen "sun" letters, which the l of al- assimilates to.
inline constexpr bool IsSunLetter(char32_t c) {
  return c == kTeh || c == kTheh || c == kDal || c == kThal || c == kReh ||
         c == kZain || c == kSeen || c == kSheen || c == kSad || c == kDad ||
         c == kTah || c == kZah || c == kLam || c == kNoon;
}

// Short vowels fatha, damma, kasra.
inline constexpr bool IsShortVowel(char32_t c) {
  return c == text::kFatha || c == text::kDamma || c == text::kKasra;
}

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_ARABIC_LETTERS_H_
