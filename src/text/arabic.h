// Named Arabic code points and character-class predicates. Logic elsewhere
// uses these names, never bare hex (STYLE.md section 6). All predicates are
// constexpr and allocation-free; they take a decoded code point.
#ifndef KHULASA_SRC_TEXT_ARABIC_H_
#define KHULASA_SRC_TEXT_ARABIC_H_

namespace khulasa::text {

// Letters touched by the normalization passes.
inline constexpr char32_t kHamza = 0x0621;
inline constexpr char32_t kAlefWithMaddaAbove = 0x0622;
inline constexpr char32_t kAlefWithHamzaAbove = 0x0623;
inline constexpr char32_t kWawWithHamzaAbove = 0x0624;
inline constexpr char32_t kAlefWithHamzaBelow = 0x0625;
inline constexpr char32_t kYehWithHamzaAbove = 0x0626;
inline constexpr char32_t kAlef = 0x0627;
inline constexpr char32_t kTehMarbuta = 0x0629;
inline constexpr char32_t kTatweel = 0x0640;
inline constexpr char32_t kHeh = 0x0647;
inline constexpr char32_t kWaw = 0x0648;
inline constexpr char32_t kAlefMaksura = 0x0649;
inline constexpr char32_t kYeh = 0x064A;
inline constexpr char32_t kAlefWasla = 0x0671;
inline constexpr char32_t kFarsiYeh = 0x06CC;

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

// Digits: Arabic-Indic U+0660-U+0669, Extended (Persian/Urdu) U+06F0-U+06F9.
inline constexpr char32_t kArabicIndicDigitZero = 0x0660;
inline constexpr char32_t kArabicIndicDigitNine = 0x0669;
inline constexpr char32_t kPersianDigitZero = 0x06F0;
inline constexpr char32_t kPersianDigitNine = 0x06F9;
// Number punctuation used inside Arabic-Indic numbers.
inline constexpr char32_t kArabicPercentSign = 0x066A;
inline constexpr char32_t kArabicDecimalSeparator = 0x066B;
inline constexpr char32_t kArabicThousandsSeparator = 0x066C;

// Punctuation.
inline constexpr char32_t kArabicComma = 0x060C;
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

// U+064B-U+0652 and U+0670: the marks StripDiacritics removes.
inline constexpr bool IsArabicDiacritic(char32_t c) {
  return (c >= kFathatan && c <= kSukun) || c == kSuperscriptAlef;
}

// Any Arabic combining mark (harakat, Quranic annotation marks, maddah and
// hamza above/below): everything that stays inside a word when tokenizing.
inline constexpr bool IsArabicMark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= kFathatan && c <= 0x065F) ||
         c == kSuperscriptAlef || (c >= 0x06D6 && c <= 0x06DC) ||
         (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF);
}

// Arabic base letters in the Arabic, Arabic Supplement and Extended-A
// blocks (not presentation forms, not tatweel, not marks or digits).
inline constexpr bool IsArabicLetter(char32_t c) {
  return (c >= kHamza && c <= 0x063F) || (c >= 0x0641 && c <= kYeh) ||
         c == 0x066E || c == 0x066F || (c >= kAlefWasla && c <= 0x06D3) ||
         c == 0x06D5 || c == 0x06EE || c == 0x06EF ||
         (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF ||
         (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9);
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

// Sentence-final punctuation: . ! ? U+061F U+06D4 U+2026.
inline constexpr bool IsSentenceTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == kArabicQuestionMark ||
         c == kArabicFullStop || c == kHorizontalEllipsis;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_ARABIC_H_
