// Tokenizer for Arabic news text: splits UTF-8 text into words, numbers,
// URLs, handles, hashtags, emoji and punctuation, each with its byte range
// in the input. Whitespace and format controls are skipped, never tokens.
//
// Rules (see docs/text.md):
// - kArabicWord: Arabic letters, with their harakat, tatweel and
//   presentation forms kept inside the word (ZWNJ/ZWJ between letters too).
//   A run of tatweel or marks with no letter is kOther.
// - kLatinWord: Latin letters (ASCII and Latin-1/Extended), then letters and
//   ASCII digits ("G20"), and an apostrophe between letters ("don't").
// - kNumber: a run of digits (ASCII, Arabic-Indic or Persian, not mixed
//   with letters) with single inner separators `.` `,` U+066B U+066C between
//   digits ("2.5", "2,000", Arabic-Indic "2025", "3\u066B5"), and an
//   optional directly following percent sign `%` or U+066A ("50%" is one
//   token).
// - kUrl: "http://", "https://" or "www." up to whitespace, without
//   trailing punctuation; also e-mail addresses (name@host.tld).
// - kHandle: "@" + [A-Za-z0-9_]+.  kHashtag: "#" + letters/digits/_
//   (Arabic or Latin).
// - kEmoji: one emoji cluster (base, variation selector, skin tone, ZWJ
//   sequence, flag pair, keycap).
// - kPunctuation: one punctuation code point per token (ASCII and Arabic
//   punctuation, quotes, dashes, ellipsis).
// - kOther: everything else (symbols, other scripts, U+FFFD), one run of
//   other-script letters or one symbol per token.
// A change of script splits a token: Arabic glued to Latin or to digits
// (an Arabic word glued to "2025") gives two tokens.
#ifndef KHULASA_SRC_TEXT_TOKENIZER_H_
#define KHULASA_SRC_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.h"

namespace khulasa::text {

enum class TokenKind {
  kArabicWord,
  kLatinWord,
  kNumber,
  kUrl,
  kHandle,
  kHashtag,
  kEmoji,
  kPunctuation,
  kOther,
};

// Stable lower-case name: "arabic_word", "latin_word", "number", "url",
// "handle", "hashtag", "emoji", "punctuation", "other".
std::string_view TokenKindName(TokenKind kind);

struct Token {
  TokenKind kind;
  ByteRange range;  // into the text passed to Tokenize
  bool operator==(const Token&) const = default;
};

// Tokens of `text` in order; ranges are non-empty, non-overlapping, on
// code-point boundaries. Invalid UTF-8 never crashes: each bad byte is a
// one-byte kOther token. Thread-safe (no shared state).
std::vector<Token> Tokenize(std::string_view text);

// Same, clearing and refilling *out to reuse its capacity in hot loops.
void Tokenize(std::string_view text, std::vector<Token>* out);

// Compact dump for tests: kind and text of each token, space separated:
// "arabic_word[...] number[2.5] punctuation[.]".
std::string TokensDebugString(std::string_view text,
                              const std::vector<Token>& tokens);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_TOKENIZER_H_
