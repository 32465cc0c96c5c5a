// Named Arabic code points and character-class predicates: blocks, marks,
// digits, punctuation, format controls (and, through arabic_letters.h, the
// letters). Logic elsewhere uses these names, never bare hex (STYLE.md
// section 6). All predicates are constexpr and allocation-free; they take a
// decoded code point.
#ifndef KHULASA_SRC_TEXT_ARABIC_H_
#define KHULASA_SRC_TEXT_ARABIC_H_

#include "src/text/arabic_letters.h"  // IWYU pragma: export

namespace khulasa::text {

// Blocks: Arabic, Arabic Supplement, Arabic Extended-A.
inline constexpr char32_t kArabicBlockFirst = 0x0600;
inline constexpr char32_t kArabicBlockLast = 0x06FF;
inline constexpr char32_t kArabicSupplementFirst = 0x0750;
inline constexpr char32_t kArabicSupplementLast = 0x077F;
inline constexpr char32_t kArabicExtendedAFirst = 0x08A0;
inline constexpr char32_t kArabicExtendedALast = 0x08FF;

inline constexpr char32_t kTatweel = 0x0640;

// Harakat (tashkeel): U+064B-U+0652, plus the superscript (dagger) alef.
inline constexpr char32_t kFathatan = 0x064B;
inline constexpr char32_t kDammatan = 0x064C;
inline constexpr char32_t kKasratan = 0x064D;
inline constexpr char32_t kFatha = 0x064E;
inline constexpr char32_t kDamma = 0x064F;
inline constexpr char32_t kKasra = 0x0650;
inline constexpr char32_t kShadda = 0x0651;
inline constexpr char32_t kSukun = 0x0652;
inline constexpr char32_t kSuperscriptAlef = 0x0670;

// Other combining marks: Quranic honorifics and small letters above the
// line (U+0610-U+061A), the rest of the combining block after the harakat
// (U+0653-U+065F: maddah, hamza above/below, ...) and the Quranic
// annotation signs (U+06D6-U+06ED, with a few non-marks among them).
inline constexpr char32_t kQuranicSignsFirst = 0x0610;
inline constexpr char32_t kQuranicSignsLast = 0x061A;
inline constexpr char32_t kCombiningMarksLast = 0x065F;
inline constexpr char32_t kQuranicAnnotationFirst = 0x06D6;
inline constexpr char32_t kQuranicAnnotationLast = 0x06ED;

// Digits: Arabic-Indic U+0660-U+0669, Extended (Persian/Urdu) U+06F0-U+06F9.
inline constexpr char32_t kArabicIndicDigitZero = 0x0660;
inline constexpr char32_t kArabicIndicDigitNine = 0x0669;
inline constexpr char32_t kPersianDigitZero = 0x06F0;
inline constexpr char32_t kPersianDigitNine = 0x06F9;
// Number punctuation used inside Arabic-Indic numbers.
inline constexpr char32_t kArabicPercentSign = 0x066A;
inline constexpr char32_t kArabicDecimalSeparator = 0x066B;
inline constexpr char32_t kArabicThousandsSeparator = 0x066C;
inline constexpr char32_t kArabicFivePointedStar = 0x066D;

// Punctuation and signs. U+0600-U+060F are number signs, roots, per-mille,
// the comma and the poetry signs.
inline constexpr char32_t kArabicNumberSign = 0x0600;
inline constexpr char32_t kArabicComma = 0x060C;
inline constexpr char32_t kArabicPoeticVerseSign = 0x060F;
inline constexpr char32_t kArabicSemicolon = 0x061B;
inline constexpr char32_t kArabicQuestionMark = 0x061F;
inline constexpr char32_t kArabicFullStop = 0x06D4;
inline constexpr char32_t kHorizontalEllipsis = 0x2026;

// Format and bidi controls.
inline constexpr char32_t kArabicLetterMark = 0x061C;
inline constexpr char32_t kZeroWidthNonJoiner = 0x200C;
inline constexpr char32_t kZeroWidthJoiner = 0x200D;
inline constexpr char32_t kLeftToRightMark = 0x200E;
inline constexpr char32_t kRightToLeftMark = 0x200F;
inline constexpr char32_t kLeftToRightEmbedding = 0x202A;
inline constexpr char32_t kRightToLeftOverride = 0x202E;
inline constexpr char32_t kLeftToRightIsolate = 0x2066;
inline constexpr char32_t kPopDirectionalIsolate = 0x2069;
inline constexpr char32_t kByteOrderMark = 0xFEFF;  // also ZWNBSP

// Presentation-form blocks (folded back by FoldPresentationForms).
inline constexpr char32_t kPresentationFormsAFirst = 0xFB50;
inline constexpr char32_t kPresentationFormsALast = 0xFDFF;
inline constexpr char32_t kPresentationFormsBFirst = 0xFE70;
inline constexpr char32_t kPresentationFormsBLast = 0xFEFF;

inline constexpr bool IsInArabicBlock(char32_t c) {
  return c >= kArabicBlockFirst && c <= kArabicBlockLast;
}

// The harakat U+064B-U+0652: tanween, the short vowels, shadda and sukun
// (not the superscript alef).
inline constexpr bool IsHaraka(char32_t c) {
  return c >= kFathatan && c <= kSukun;
}

// The short vowels fatha, damma, kasra.
inline constexpr bool IsShortVowel(char32_t c) {
  return c == kFatha || c == kDamma || c == kKasra;
}

// U+064B-U+0652 and U+0670: the marks StripDiacritics removes.
inline constexpr bool IsArabicDiacritic(char32_t c) {
  return (c >= kFathatan && c <= kSukun) || c == kSuperscriptAlef;
}

// Any Arabic combining mark (harakat, Quranic annotation marks, maddah and
// hamza above/below): everything that stays inside a word when tokenizing.
inline constexpr bool IsArabicMark(char32_t c) {
  return (c >= kQuranicSignsFirst && c <= kQuranicSignsLast) ||
         (c >= kFathatan && c <= kCombiningMarksLast) ||
         c == kSuperscriptAlef || (c >= 0x06D6 && c <= 0x06DC) ||
         (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF);
}

// Arabic base letters in the Arabic, Arabic Supplement and Extended-A
// blocks (not presentation forms, not tatweel, not marks or digits).
inline constexpr bool IsArabicLetter(char32_t c) {
  return (c >= kHamza && c < kTatweel) || (c > kTatweel && c <= kYeh) ||
         c == 0x066E || c == 0x066F || (c >= kAlefWasla && c <= 0x06D3) ||
         c == 0x06D5 || c == 0x06EE || c == 0x06EF ||
         (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF ||
         (c >= kArabicSupplementFirst && c <= kArabicSupplementLast) ||
         (c >= kArabicExtendedAFirst && c <= 0x08C9);
}

// Letters and ligatures in the presentation-form blocks (excluding U+FEFF
// and the noncharacters U+FDD0-U+FDEF and ornate parentheses).
inline constexpr bool IsArabicPresentationForm(char32_t c) {
  return (c >= kPresentationFormsAFirst && c <= 0xFD3D) ||
         (c >= 0xFD50 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFDFF) ||
         (c >= kPresentationFormsBFirst && c <= 0xFEFC);
}

inline constexpr bool IsArabicIndicDigit(char32_t c) {
  return c >= kArabicIndicDigitZero && c <= kArabicIndicDigitNine;
}

inline constexpr bool IsPersianDigit(char32_t c) {
  return c >= kPersianDigitZero && c <= kPersianDigitNine;
}

inline constexpr bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// ASCII, Arabic-Indic or Persian digit.
inline constexpr bool IsAnyDigit(char32_t c) {
  return IsAsciiDigit(c) || IsArabicIndicDigit(c) || IsPersianDigit(c);
}

// Value 0-9 of a digit accepted by IsAnyDigit; -1 otherwise.
inline constexpr int DigitValue(char32_t c) {
  if (IsAsciiDigit(c)) return static_cast<int>(c - '0');
  if (IsArabicIndicDigit(c)) return static_cast<int>(c - kArabicIndicDigitZero);
  if (IsPersianDigit(c)) return static_cast<int>(c - kPersianDigitZero);
  return -1;
}

// The bidi, zero-width and format controls RemoveFormatControls drops:
// U+061C, U+200B-U+200F, U+202A-U+202E, U+2060-U+2064, U+2066-U+2069,
// U+FEFF. (U+200B ZERO WIDTH SPACE and U+2060 WORD JOINER are included:
// they are invisible and break matching the same way.)
inline constexpr bool IsFormatControl(char32_t c) {
  return c == kArabicLetterMark || (c >= 0x200B && c <= kRightToLeftMark) ||
         (c >= kLeftToRightEmbedding && c <= kRightToLeftOverride) ||
         (c >= 0x2060 && c <= 0x2064) ||
         (c >= kLeftToRightIsolate && c <= kPopDirectionalIsolate) ||
         c == kByteOrderMark;
}

// The alef variants UnifyAlef maps to bare alef U+0627.
inline constexpr bool IsAlefVariant(char32_t c) {
  return c == kAlefWithMaddaAbove || c == kAlefWithHamzaAbove ||
         c == kAlefWithHamzaBelow || c == kAlefWasla;
}

// Anything the tokenizer keeps inside an Arabic word: letters, marks,
// tatweel and presentation forms.
inline constexpr bool IsArabicWordChar(char32_t c) {
  return IsArabicLetter(c) || IsArabicMark(c) || c == kTatweel ||
         IsArabicPresentationForm(c);
}

// The signs and punctuation of the Arabic block that never sit inside a
// word: U+0600-U+060F (number signs, roots, per-mille, comma, poetry
// signs), semicolon, question mark, U+066A-U+066D (percent, decimal and
// thousands separators, five-pointed star) and full stop. The rarer signs
// U+061D, U+061E, U+06DD, U+06DE, U+06E9, U+06FD and U+06FE are not in it.
inline constexpr bool IsArabicPunctuationOrSign(char32_t c) {
  return (c >= kArabicNumberSign && c <= kArabicPoeticVerseSign) ||
         c == kArabicSemicolon || c == kArabicQuestionMark ||
         (c >= kArabicPercentSign && c <= kArabicFivePointedStar) ||
         c == kArabicFullStop;
}

// Sentence-final punctuation: . ! ? U+061F U+06D4 U+2026.
inline constexpr bool IsSentenceTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == kArabicQuestionMark ||
         c == kArabicFullStop || c == kHorizontalEllipsis;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_ARABIC_H_
