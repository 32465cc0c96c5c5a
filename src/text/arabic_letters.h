// The Arabic alphabet by name: every letter U+0621-U+064A in code-point
// order, the extended letters the engine names, and the letter classes
// built on them (the core alphabet, the sun letters). The one letter table
// of the project: logic elsewhere uses these names, never bare hex
// (STYLE.md section 6). arabic.h includes this header; marks, digits,
// punctuation and controls are named there.
#ifndef KHULASA_SRC_TEXT_ARABIC_LETTERS_H_
#define KHULASA_SRC_TEXT_ARABIC_LETTERS_H_

namespace khulasa::text {

// Hamza and its carriers.
inline constexpr char32_t kHamza = 0x0621;
inline constexpr char32_t kAlefWithMaddaAbove = 0x0622;
inline constexpr char32_t kAlefWithHamzaAbove = 0x0623;
inline constexpr char32_t kWawWithHamzaAbove = 0x0624;
inline constexpr char32_t kAlefWithHamzaBelow = 0x0625;
inline constexpr char32_t kYehWithHamzaAbove = 0x0626;

// The alphabet, U+0627-U+063A and U+0641-U+064A (U+0640 is tatweel).
inline constexpr char32_t kAlef = 0x0627;
inline constexpr char32_t kBeh = 0x0628;
inline constexpr char32_t kTehMarbuta = 0x0629;
inline constexpr char32_t kTeh = 0x062A;
inline constexpr char32_t kTheh = 0x062B;
inline constexpr char32_t kJeem = 0x062C;
inline constexpr char32_t kHah = 0x062D;
inline constexpr char32_t kKhah = 0x062E;
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
inline constexpr char32_t kAin = 0x0639;
inline constexpr char32_t kGhain = 0x063A;
// U+063B-U+063F are later additions (keheh and Farsi yeh variants).
inline constexpr char32_t kFeh = 0x0641;
inline constexpr char32_t kQaf = 0x0642;
inline constexpr char32_t kKaf = 0x0643;
inline constexpr char32_t kLam = 0x0644;
inline constexpr char32_t kMeem = 0x0645;
inline constexpr char32_t kNoon = 0x0646;
inline constexpr char32_t kHeh = 0x0647;
inline constexpr char32_t kWaw = 0x0648;
inline constexpr char32_t kAlefMaksura = 0x0649;
inline constexpr char32_t kYeh = 0x064A;

// Extended letters.
inline constexpr char32_t kAlefWasla = 0x0671;
inline constexpr char32_t kFarsiYeh = 0x06CC;

// The core alphabet: hamza and its carriers, the 28 letters, teh marbuta
// and alef maksura (U+0621-U+063A, U+0641-U+064A). Not tatweel, not the
// later additions U+063B-U+063F, not alef wasla.
inline constexpr bool IsCoreArabicLetter(char32_t c) {
  return (c >= kHamza && c <= kGhain) || (c >= kFeh && c <= kYeh);
}

// The fourteen "sun" letters, which the l of al- assimilates to.
inline constexpr bool IsSunLetter(char32_t c) {
  return c == kTeh || c == kTheh || c == kDal || c == kThal || c == kReh ||
         c == kZain || c == kSeen || c == kSheen || c == kSad || c == kDad ||
         c == kTah || c == kZah || c == kLam || c == kNoon;
}

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_ARABIC_LETTERS_H_
