// Internal: the coarse character classes the tokenizer and the sentence
// splitter work with, with fast paths for ASCII and the Arabic block. Not
// part of the module's API.
#ifndef KHULASA_SRC_TEXT_CHAR_CLASS_H_
#define KHULASA_SRC_TEXT_CHAR_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace khulasa::text::internal {

enum class CharClass : uint8_t {
  kSpace,          // whitespace, including line breaks and NBSP
  kFormat,         // bidi/zero-width/format controls (see IsFormatControl)
  kArabic,         // Arabic letter, mark, tatweel or presentation form
  kLatin,          // Latin letter (ASCII, Latin-1, Latin Extended)
  kDigit,          // ASCII, Arabic-Indic or Persian digit
  kPunctuation,    // punctuation (ASCII, Arabic, general)
  kEmoji,          // emoji base code point
  kEmojiModifier,  // joins an emoji cluster: FE0F, skin tones, keycap, tags
  kOtherLetter,    // letters of other scripts (approximate; no ICU)
  kSymbol,         // other symbols and controls
  kInvalid,        // a byte that does not start a valid sequence
};

// Classifies the code point at `pos` (< text.size()), stores it in *c
// (U+FFFD for an invalid byte) and returns its class; *next is the byte
// after it (pos + 1 for an invalid byte).
CharClass ClassifyAt(std::string_view text, size_t pos, char32_t* c,
                     size_t* next);

// Class of a decoded code point (slow path; for code points decoded
// elsewhere).
CharClass ClassOf(char32_t c);

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_CHAR_CLASS_H_
