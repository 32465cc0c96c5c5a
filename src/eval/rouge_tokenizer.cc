#include "src/eval/rouge_tokenizer.h"

#include <unicode/uchar.h>

#include <cstddef>

#include "src/text/arabic.h"
#include "src/text/stemmer.h"
#include "src/text/utf8.h"

namespace khulasa::eval {
namespace {

// The Latin capital letter I with dot above lower-cases to two code points
// (i + combining dot above) in Python's str.lower(); u_tolower keeps one.
constexpr char32_t kCapitalIWithDotAbove = 0x0130;
constexpr char32_t kCombiningDotAbove = 0x0307;

// What rouge_ar.py strips under --norm: tatweel, the harakat and the rest
// of the combining block (U+064B-U+065F), the superscript alef, Quranic
// honorifics and small letters (U+0610-U+061A) and the whole Quranic
// annotation range U+06D6-U+06ED (the non-marks in it too).
bool RemovedByNorm(char32_t c) {
  return (c >= text::kQuranicSignsFirst && c <= text::kQuranicSignsLast) ||
         (c >= text::kFathatan && c <= text::kCombiningMarksLast) ||
         c == text::kSuperscriptAlef ||
         (c >= text::kQuranicAnnotationFirst &&
          c <= text::kQuranicAnnotationLast) ||
         c == text::kTatweel;
}

char32_t MapByNorm(char32_t c) {
  if (text::IsAlefVariant(c)) return text::kAlef;
  switch (c) {
    case text::kAlefMaksura:
      return text::kYeh;
    case text::kTehMarbuta:
      return text::kHeh;
    case text::kWawWithHamzaAbove:
      return text::kWaw;
    case text::kYehWithHamzaAbove:
      return text::kYeh;
    default:
      return c;
  }
}

// What the tokenizer does with one (lower-cased) code point.
enum class CharClass {
  kSeparator,  // whitespace or punctuation: ends the current token
  kDrop,       // control, format, unassigned, U+FFFD: vanishes, no split
  kLetter,     // L* or M*
  kNumber,     // N*
  kSymbol,     // S*: a token of its own
};

// XL-Sum treats every ASCII non-alphanumeric as punctuation, including the
// symbols $ + < = > ^ ` | ~ that Unicode files under S*.
bool IsAsciiPunctuation(char32_t c) {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
         (c >= 123 && c <= 126);
}

CharClass Classify(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r' || c == ' ') {
    return CharClass::kSeparator;
  }
  if (c < 0x80) {
    if (c < 0x20 || c == 0x7F) return CharClass::kDrop;
    if (IsAsciiPunctuation(c)) return CharClass::kSeparator;
    if (c >= '0' && c <= '9') return CharClass::kNumber;
    return CharClass::kLetter;
  }
  if (c == 0 || c == text::kReplacementChar) return CharClass::kDrop;
  switch (u_charType(static_cast<UChar32>(c))) {
    // Python's str.split() also splits at the line and paragraph
    // separators, so Zl and Zp act like Zs.
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kSeparator;
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kNumber;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return CharClass::kSymbol;
    default:  // Cc, Cf, Co, Cs, Cn
      return CharClass::kDrop;
  }
}

// Collects tokens from classified code points, one at a time.
class TokenBuilder {
 public:
  explicit TokenBuilder(std::vector<std::string>* tokens) : tokens_(tokens) {}

  void Add(char32_t c) {
    const CharClass cls = Classify(c);
    switch (cls) {
      case CharClass::kDrop:
        return;
      case CharClass::kSeparator:
        Flush();
        return;
      case CharClass::kSymbol:
        Flush();
        text::AppendUtf8(c, &current_);
        Flush();
        return;
      case CharClass::kLetter:
      case CharClass::kNumber:
        if (!current_.empty() && cls != current_class_) Flush();
        text::AppendUtf8(c, &current_);
        current_class_ = cls;
        return;
    }
  }

  void Flush() {
    if (!current_.empty()) tokens_->push_back(std::move(current_));
    current_.clear();
  }

 private:
  std::vector<std::string>* tokens_;
  std::string current_;
  CharClass current_class_ = CharClass::kSeparator;
};

size_t CountCodePoints(std::string_view token) {
  size_t count = 0;
  for (unsigned char byte : token) {
    if (!text::IsUtf8ContinuationByte(byte)) ++count;
  }
  return count;
}

}  // namespace

std::string NormalizeForRouge(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (RemovedByNorm(c)) continue;
    text::AppendUtf8(MapByNorm(c), &out);
  }
  return out;
}

std::vector<std::string> TokenizeForRouge(
    std::string_view text, const RougeTokenizerOptions& options) {
  std::string normalized;
  if (options.normalize) {
    normalized = NormalizeForRouge(text);
    text = normalized;
  }
  std::vector<std::string> tokens;
  TokenBuilder builder(&tokens);
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (c == kCapitalIWithDotAbove) {
      builder.Add('i');
      builder.Add(kCombiningDotAbove);
      continue;
    }
    builder.Add(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
  builder.Flush();
  if (options.stem) {
    for (std::string& token : tokens) {
      if (CountCodePoints(token) > 3) token = text::StemArabic(token);
    }
    // rouge_ar.py drops tokens the stemmer empties; Snowball never should.
    std::erase_if(tokens, [](const std::string& t) { return t.empty(); });
  }
  return tokens;
}

}  // namespace khulasa::eval
