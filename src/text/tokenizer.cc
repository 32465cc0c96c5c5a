#include "src/text/tokenizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

using internal::CharClass;
using internal::ClassifyAt;

inline bool IsAsciiAlnum(unsigned char b) {
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
         (b >= 'A' && b <= 'Z');
}

inline unsigned char AsciiLower(unsigned char b) {
  return (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b + 32) : b;
}

// Case-insensitive ASCII prefix test at `pos`.
bool HasPrefixAt(std::string_view text, size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(static_cast<unsigned char>(text[pos + i])) !=
        static_cast<unsigned char>(prefix[i])) {
      return false;
    }
  }
  return true;
}

// Bytes a URL may contain: printable ASCII except whitespace, quotes and
// angle brackets. Non-ASCII (Arabic glued after a link) ends the URL.
inline bool IsUrlByte(unsigned char b) {
  return b > 0x20 && b < 0x7F && b != '"' && b != '<' && b != '>' &&
         b != '\\' && b != '^' && b != '`' && b != '{' && b != '|' && b != '}';
}

// Trailing punctuation that belongs to the sentence, not the URL.
inline bool IsUrlTrailer(unsigned char b) {
  return b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' ||
         b == '\'' || b == ')' || b == ']' || b == '*';
}

// End of a URL starting at `pos`, or pos when there is none.
size_t MatchUrl(std::string_view text, size_t pos) {
  size_t start_len = 0;
  if (HasPrefixAt(text, pos, "https://")) {
    start_len = 8;
  } else if (HasPrefixAt(text, pos, "http://")) {
    start_len = 7;
  } else if (HasPrefixAt(text, pos, "www.")) {
    start_len = 4;
  } else {
    return pos;
  }
  size_t end = pos + start_len;
  size_t open_parens = 0;
  while (end < text.size() &&
         IsUrlByte(static_cast<unsigned char>(text[end]))) {
    if (text[end] == '(') ++open_parens;
    ++end;
  }
  while (end > pos + start_len) {
    const auto last = static_cast<unsigned char>(text[end - 1]);
    if (!IsUrlTrailer(last) || (last == ')' && open_parens > 0)) break;
    --end;
  }
  // "http://" alone is not a URL.
  if (end == pos + start_len) return pos;
  return end;
}

inline bool IsEmailLocalByte(unsigned char b) {
  return IsAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' ||
         b == '-';
}

// End of an e-mail address starting at `pos` (an ASCII alnum), or pos.
// *no_at_before caches a failed scan: every start before it reaches the same
// non-'@' byte, so "a.a.a.a..." stays linear instead of quadratic.
size_t MatchEmail(std::string_view text, size_t pos, size_t* no_at_before) {
  if (pos < *no_at_before) return pos;
  size_t at = pos;
  while (at < text.size() &&
         IsEmailLocalByte(static_cast<unsigned char>(text[at]))) {
    ++at;
  }
  if (at == pos || at >= text.size() || text[at] != '@') {
    *no_at_before = at;
    return pos;
  }
  // Domain: labels of [A-Za-z0-9-] separated by single dots; >= 2 labels.
  size_t end = at + 1;
  size_t labels = 0;
  size_t last_good = pos;
  while (end < text.size()) {
    const size_t label_start = end;
    while (end < text.size() &&
           (IsAsciiAlnum(static_cast<unsigned char>(text[end])) ||
            text[end] == '-')) {
      ++end;
    }
    if (end == label_start) break;
    ++labels;
    if (labels >= 2) last_good = end;
    if (end + 1 < text.size() && text[end] == '.' &&
        IsAsciiAlnum(static_cast<unsigned char>(text[end + 1]))) {
      ++end;
      continue;
    }
    break;
  }
  return last_good;
}

inline bool IsHandleByte(unsigned char b) {
  return IsAsciiAlnum(b) || b == '_';
}

// Hashtag body: Arabic or Latin letters, digits, underscore.
bool IsHashtagClass(CharClass cls, char32_t c) {
  return cls == CharClass::kArabic || cls == CharClass::kLatin ||
         cls == CharClass::kDigit || c == '_';
}

inline bool IsNumberSeparator(char32_t c) {
  return c == '.' || c == ',' || c == kArabicDecimalSeparator ||
         c == kArabicThousandsSeparator;
}

class TokenizerImpl {
 public:
  TokenizerImpl(std::string_view text, std::vector<Token>* out)
      : text_(text), out_(out) {}

  void Run() {
    size_t pos = 0;
    while (pos < text_.size()) {
      const size_t next = Step(pos);
      pos = next > pos ? next : pos + 1;  // always consume >= 1 byte
    }
  }

 private:
  void Emit(TokenKind kind, size_t begin, size_t end) {
    out_->push_back(Token{kind, ByteRange{begin, end}});
  }

  CharClass ClassAt(size_t pos, char32_t* c, size_t* next) const {
    return ClassifyAt(text_, pos, c, next);
  }

  // Handles the code point at `pos`; returns the position after what it
  // consumed.
  size_t Step(size_t pos) {
    char32_t c;
    size_t next;
    const CharClass cls = ClassAt(pos, &c, &next);
    switch (cls) {
      case CharClass::kSpace:
      case CharClass::kFormat:
        return next;
      case CharClass::kArabic:
        return ArabicWord(pos);
      case CharClass::kLatin:
        if (c < 0x80) {
          const size_t url = MatchUrl(text_, pos);
          if (url > pos) {
            Emit(TokenKind::kUrl, pos, url);
            return url;
          }
          const size_t email = MatchEmail(text_, pos, &no_at_before_);
          if (email > pos) {
            Emit(TokenKind::kUrl, pos, email);
            return email;
          }
        }
        return LatinWord(pos, next);
      case CharClass::kDigit: {
        if (c < 0x80) {
          const size_t email = MatchEmail(text_, pos, &no_at_before_);
          if (email > pos) {
            Emit(TokenKind::kUrl, pos, email);
            return email;
          }
          const size_t keycap = Keycap(next);
          if (keycap > next) {
            Emit(TokenKind::kEmoji, pos, keycap);
            return keycap;
          }
        }
        return Number(pos, next);
      }
      case CharClass::kPunctuation:
        return Punctuation(pos, c, next);
      case CharClass::kEmoji:
        return Emoji(pos, c, next);
      case CharClass::kOtherLetter: {
        size_t end = next;
        while (end < text_.size()) {
          size_t after;
          if (ClassAt(end, &c, &after) != CharClass::kOtherLetter) break;
          end = after;
        }
        Emit(TokenKind::kOther, pos, end);
        return end;
      }
      case CharClass::kEmojiModifier:
      case CharClass::kSymbol:
      case CharClass::kInvalid:
        Emit(TokenKind::kOther, pos, next);
        return next;
    }
    Emit(TokenKind::kOther, pos, next);
    return next;
  }

  size_t ArabicWord(size_t pos) {
    const size_t n = text_.size();
    size_t end = pos;
    bool has_letter = false;
    while (end < n) {
      char32_t c;
      size_t after;
      const CharClass cls = ClassAt(end, &c, &after);
      if (cls == CharClass::kArabic) {
        if (!has_letter && (IsArabicLetter(c) || IsArabicPresentationForm(c))) {
          has_letter = true;
        }
        end = after;
        continue;
      }
      // ZWNJ / ZWJ between Arabic letters stay inside the word.
      if ((c == kZeroWidthNonJoiner || c == kZeroWidthJoiner) && after < n) {
        char32_t c2;
        size_t after2;
        if (ClassAt(after, &c2, &after2) == CharClass::kArabic && end > pos) {
          end = after;
          continue;
        }
      }
      break;
    }
    Emit(has_letter ? TokenKind::kArabicWord : TokenKind::kOther, pos, end);
    return end;
  }

  size_t LatinWord(size_t pos, size_t next) {
    size_t end = next;
    const size_t n = text_.size();
    while (end < n) {
      char32_t c;
      size_t after;
      const CharClass cls = ClassAt(end, &c, &after);
      if (cls == CharClass::kLatin || (cls == CharClass::kDigit && c < 0x80)) {
        end = after;
        continue;
      }
      // Apostrophe between letters: don't, l'homme.
      if ((c == '\'' || c == 0x2019) && after < n) {
        char32_t c2;
        size_t after2;
        if (ClassAt(after, &c2, &after2) == CharClass::kLatin) {
          end = after2;
          continue;
        }
      }
      break;
    }
    Emit(TokenKind::kLatinWord, pos, end);
    return end;
  }

  size_t Number(size_t pos, size_t next) {
    size_t end = next;
    const size_t n = text_.size();
    while (end < n) {
      char32_t c;
      size_t after;
      const CharClass cls = ClassAt(end, &c, &after);
      if (cls == CharClass::kDigit) {
        end = after;
        continue;
      }
      if (IsNumberSeparator(c) && after < n) {
        char32_t c2;
        size_t after2;
        if (ClassAt(after, &c2, &after2) == CharClass::kDigit) {
          end = after2;
          continue;
        }
      }
      if (c == '%' || c == kArabicPercentSign) end = after;
      break;
    }
    Emit(TokenKind::kNumber, pos, end);
    return end;
  }

  // After a digit, '#' or '*': optional U+FE0F then U+20E3 make a keycap.
  size_t Keycap(size_t next) const {
    size_t end = next;
    char32_t c;
    size_t after;
    if (end < text_.size() &&
        ClassAt(end, &c, &after) == CharClass::kEmojiModifier && c == 0xFE0F) {
      end = after;
    }
    if (end < text_.size()) {
      ClassAt(end, &c, &after);
      if (c == 0x20E3) return after;
    }
    return next;
  }

  size_t Punctuation(size_t pos, char32_t c, size_t next) {
    const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t n = text_.size();
    if (c == '@' && next < n && IsHandleByte(s[next])) {
      size_t end = next;
      while (end < n && IsHandleByte(s[end])) ++end;
      Emit(TokenKind::kHandle, pos, end);
      return end;
    }
    if (c == '#' || c == '*') {
      const size_t keycap = Keycap(next);
      if (keycap > next) {
        Emit(TokenKind::kEmoji, pos, keycap);
        return keycap;
      }
    }
    if (c == '#' && next < n) {
      size_t end = next;
      while (end < n) {
        char32_t h;
        size_t after;
        const CharClass cls = ClassAt(end, &h, &after);
        if (!IsHashtagClass(cls, h)) break;
        end = after;
      }
      if (end > next) {
        Emit(TokenKind::kHashtag, pos, end);
        return end;
      }
    }
    Emit(TokenKind::kPunctuation, pos, next);
    return next;
  }

  size_t Emoji(size_t pos, char32_t c, size_t next) {
    const size_t n = text_.size();
    size_t end = next;
    // Flags: two regional indicators.
    const bool regional = c >= 0x1F1E6 && c <= 0x1F1FF;
    if (regional && end < n) {
      char32_t c2;
      size_t after;
      ClassAt(end, &c2, &after);
      if (c2 >= 0x1F1E6 && c2 <= 0x1F1FF) end = after;
      Emit(TokenKind::kEmoji, pos, end);
      return end;
    }
    while (end < n) {
      char32_t m;
      size_t after;
      const CharClass cls = ClassAt(end, &m, &after);
      if (cls == CharClass::kEmojiModifier) {
        end = after;
        continue;
      }
      if (m == kZeroWidthJoiner && after < n) {
        char32_t m2;
        size_t after2;
        if (ClassAt(after, &m2, &after2) == CharClass::kEmoji) {
          end = after2;
          continue;
        }
      }
      break;
    }
    Emit(TokenKind::kEmoji, pos, end);
    return end;
  }

  std::string_view text_;
  std::vector<Token>* out_;
  size_t no_at_before_ = 0;  // see MatchEmail
};

}  // namespace

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kArabicWord:
      return "arabic_word";
    case TokenKind::kLatinWord:
      return "latin_word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kHandle:
      return "handle";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kPunctuation:
      return "punctuation";
    case TokenKind::kOther:
      return "other";
  }
  return "other";
}

void Tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  TokenizerImpl(text, out).Run();
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 1);
  Tokenize(text, &out);
  return out;
}

std::string TokensDebugString(std::string_view text,
                              const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += TokenKindName(t.kind);
    out += '[';
    if (t.range.end <= text.size() && t.range.begin <= t.range.end) {
      out += text.substr(t.range.begin, t.range.size());
    }
    out += ']';
  }
  return out;
}

}  // namespace khulasa::text
