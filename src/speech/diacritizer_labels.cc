#include "src/speech/diacritizer_labels.h"

#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {

bool IsDiacritizableLetter(char32_t c) {
  return text::IsCoreArabicLetter(c) || c == text::kAlefWasla;
}

bool IsLabelMark(char32_t c) { return text::IsHaraka(c); }

uint8_t AddMark(uint8_t label, char32_t mark) {
  const uint8_t shadda = label & kShaddaBit;
  switch (mark) {
    case text::kShadda:
      return static_cast<uint8_t>(label | kShaddaBit);
    case text::kFatha:
      return static_cast<uint8_t>(shadda | kVowelFatha);
    case text::kDamma:
      return static_cast<uint8_t>(shadda | kVowelDamma);
    case text::kKasra:
      return static_cast<uint8_t>(shadda | kVowelKasra);
    case text::kFathatan:
      return static_cast<uint8_t>(shadda | kVowelFathatan);
    case text::kDammatan:
      return static_cast<uint8_t>(shadda | kVowelDammatan);
    case text::kKasratan:
      return static_cast<uint8_t>(shadda | kVowelKasratan);
    case text::kSukun:
      return static_cast<uint8_t>(shadda | kVowelSukun);
    default:
      return label;
  }
}

void AppendLabelMarks(uint8_t label, std::string* out) {
  static constexpr char32_t kVowelMarks[8] = {0,
                                              text::kFatha,
                                              text::kDamma,
                                              text::kKasra,
                                              text::kFathatan,
                                              text::kDammatan,
                                              text::kKasratan,
                                              text::kSukun};
  if (label & kShaddaBit) text::AppendUtf8(text::kShadda, out);
  const uint8_t vowel = label & kVowelMask;
  if (vowel != kNoVowel) text::AppendUtf8(kVowelMarks[vowel], out);
}

LabeledText ParseDiacritized(std::string_view text) {
  LabeledText result;
  result.chars.reserve(text.size() / 2);
  result.labels.reserve(text.size() / 2);
  bool last_is_letter = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (IsLabelMark(c)) {
      if (last_is_letter)
        result.labels.back() = AddMark(result.labels.back(), c);
      continue;
    }
    // Tatweel and superscript alef sit between a letter and its marks in
    // some sources; skipping them keeps the marks on the letter.
    if (c == text::kTatweel || c == text::kSuperscriptAlef) continue;
    result.chars.push_back(c);
    result.labels.push_back(0);
    last_is_letter = IsDiacritizableLetter(c);
  }
  return result;
}

bool MayGoUnmarked(char32_t c) {
  switch (c) {
    case text::kAlefWithMaddaAbove:
    case text::kAlefWithHamzaBelow:
    case text::kAlef:
    case text::kWaw:
    case text::kAlefMaksura:
    case text::kYeh:
    case text::kAlefWasla:
      return true;
    default:
      return false;
  }
}

}  // namespace khulasa::speech
