#include "src/text/char_class.h"

#include <array>
#include <cstdint>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::text::internal {
namespace {

constexpr bool IsAsciiSymbol(char32_t c) {
  return c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
         c == '`' || c == '|' || c == '~';
}

constexpr bool IsGeneralPunctuation(char32_t c) {
  return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 ||
         c == 0xBB || c == 0xBF || c == 0x037E || c == 0x0387 ||
         (c >= 0x055A && c <= 0x055F) || c == 0x0589 || c == 0x05BE ||
         c == 0x05C0 || c == 0x05C3 || c == 0x05C6 || c == 0x05F3 ||
         c == 0x05F4 || c == 0x0609 || c == 0x060A || c == 0x060C ||
         c == 0x060D || c == kArabicSemicolon || c == 0x061D || c == 0x061E ||
         c == kArabicQuestionMark || c == kArabicPercentSign || c == 0x066D ||
         c == kArabicFullStop || (c >= 0x2010 && c <= 0x2027) ||
         (c >= 0x2030 && c <= 0x205E) || (c >= 0x2E00 && c <= 0x2E4F) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0x3014 && c <= 0x301F) || c == 0xFD3E || c == 0xFD3F ||
         (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6B) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

constexpr bool IsLatinLetter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == 0xAA ||
         c == 0xB5 || c == 0xBA ||
         (c >= 0xC0 && c <= 0x024F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x0250 && c <= 0x02AF) || (c >= 0x0300 && c <= 0x036F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

constexpr bool IsEmoji(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1F3FA) || (c >= 0x1F400 && c <= 0x1FAFF) ||
         (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2300 && c <= 0x23FF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || c == 0x3030 || c == 0x303D ||
         c == 0x3297 || c == 0x3299;
}

constexpr bool IsEmojiModifier(char32_t c) {
  return c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF) ||
         c == 0x20E3 || (c >= 0xE0020 && c <= 0xE007F);
}

// Letters of other scripts: everything from Greek up that is not one of the
// classes above, minus the symbol blocks. An approximation that keeps the
// hot path free of ICU; it only decides between kOtherLetter and kSymbol.
constexpr bool IsOtherLetter(char32_t c) {
  if (c < 0x0370) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols
  if (c >= 0xE000 && c <= 0xF8FF) return false;  // private use
  if (c >= 0xFFF0 && c <= 0xFFFF) return false;  // specials incl. U+FFFD
  if (c >= 0x1F000) return false;
  return true;
}

constexpr CharClass ComputeClass(char32_t c) {
  if (IsUnicodeSpace(c)) return CharClass::kSpace;
  if (IsFormatControl(c)) return CharClass::kFormat;
  if (IsAnyDigit(c)) return CharClass::kDigit;
  if (IsArabicWordChar(c)) return CharClass::kArabic;
  if (c < 0x80) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return CharClass::kLatin;
    }
    if (c < 0x20 || c == 0x7F || IsAsciiSymbol(c)) return CharClass::kSymbol;
    return CharClass::kPunctuation;
  }
  if (IsGeneralPunctuation(c)) return CharClass::kPunctuation;
  if (IsLatinLetter(c)) return CharClass::kLatin;
  if (IsEmojiModifier(c)) return CharClass::kEmojiModifier;
  if (IsEmoji(c)) return CharClass::kEmoji;
  if (IsOtherLetter(c)) return CharClass::kOtherLetter;
  return CharClass::kSymbol;
}

template <size_t N>
constexpr std::array<CharClass, N> BuildTable(char32_t first) {
  std::array<CharClass, N> table{};
  for (size_t i = 0; i < N; ++i) {
    table[i] = ComputeClass(first + static_cast<char32_t>(i));
  }
  return table;
}

constexpr std::array<CharClass, 128> kAsciiTable = BuildTable<128>(0);
// U+0000-U+07FF: every two-byte code point (Arabic, Latin-1, ...).
constexpr std::array<CharClass, 0x800> kTwoByteTable = BuildTable<0x800>(0);

}  // namespace

CharClass ClassOf(char32_t c) {
  if (c < 0x800) return kTwoByteTable[c];
  return ComputeClass(c);
}

CharClass ClassifyAt(std::string_view text, size_t pos, char32_t* c,
                     size_t* next) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) {
    *c = b0;
    *next = pos + 1;
    return kAsciiTable[b0];
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && pos + 1 < text.size() &&
      IsUtf8ContinuationByte(s[pos + 1])) {
    const char32_t cp = ((b0 & 0x1Fu) << 6) | (s[pos + 1] & 0x3Fu);
    *c = cp;
    *next = pos + 2;
    return kTwoByteTable[cp];
  }
  size_t after = pos;
  const char32_t cp = DecodeUtf8(text, &after);
  *c = cp;
  *next = after;
  if (cp == kReplacementChar && after == pos + 1) return CharClass::kInvalid;
  return ComputeClass(cp);
}

}  // namespace khulasa::text::internal
