#include "src/text/language.h"

#include <cstddef>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

// Shares are compared as whole numbers: count * 100 >= total means >= 1 %.
constexpr size_t kPercent = 100;
// A language's own letters must show up at least this often before they
// count, so that one borrowed name (a Persian "گ" in an Arabic story) does
// not turn a short text.
constexpr size_t kMinMarkers = 3;

constexpr bool IsPersianLetter(char32_t c) {
  return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF ||
         c == 0x06A9 || c == kFarsiYeh;
}

constexpr bool IsUrduLetter(char32_t c) {
  return c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA ||
         c == 0x06BE || c == 0x06C1 || c == 0x06C2 || c == 0x06D2 ||
         c == 0x06D3;
}

// Letters Arabic itself writes: the basic alphabet, dotless beh and qaf,
// alef wasla, and the Maghrebi and Levantine letters for foreign sounds
// (veh U+06A4, U+06A5, U+06A8, U+06AD); heh with yeh (U+06C0) is the
// Persian ezafe and counts for no language.
constexpr bool IsArabicOwnLetter(char32_t c) {
  return IsCoreArabicLetter(c) || c == 0x066E || c == 0x066F ||
         c == kAlefWasla || c == 0x06A4 || c == 0x06A5 || c == 0x06A8 ||
         c == 0x06AD || c == 0x06C0;
}

bool AtLeastOnePercent(size_t part, size_t total) {
  return part * kPercent >= total;
}

bool Marks(size_t markers, size_t total) {
  return markers >= kMinMarkers && AtLeastOnePercent(markers, total);
}

}  // namespace

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kArabic:
      return "ar";
    case Language::kPersian:
      return "fa";
    case Language::kUrdu:
      return "ur";
    case Language::kOther:
      return "other";
  }
  return "other";
}

std::string_view LanguageName(Language language) {
  switch (language) {
    case Language::kArabic:
      return "Arabic";
    case Language::kPersian:
      return "Persian";
    case Language::kUrdu:
      return "Urdu";
    case Language::kOther:
      return "not Arabic";
  }
  return "not Arabic";
}

void LetterCounts::Add(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      // ASCII is most of any Latin text and the blanks of every text.
      letters += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z' ? 1 : 0;
      ++pos;
      continue;
    }
    const char32_t c = DecodeUtf8(text, &pos);
    if (IsCoreArabicLetter(c)) {
      // The basic Arabic alphabet, most of an Arabic text: one test.
      ++letters;
      ++arabic_script;
      if (c == kTehMarbuta) ++teh_marbuta;
      continue;
    }
    if (IsArabicLetter(c)) {
      ++letters;
      ++arabic_script;
      if (c == kTehMarbuta) ++teh_marbuta;
      if (IsPersianLetter(c)) {
        ++persian;
      } else if (IsUrduLetter(c)) {
        ++urdu;
      } else if (!IsArabicOwnLetter(c)) {
        ++other_script;
      }
    } else if (IsArabicPresentationForm(c)) {
      ++letters;
      ++arabic_script;
    } else if (c >= 0x0600 && c <= 0x06FF) {
      // The rest of the Arabic block (signs, marks, digits, punctuation)
      // are not letters.
    } else {
      const internal::CharClass cls = internal::ClassOf(c);
      if (cls == internal::CharClass::kLatin ||
          cls == internal::CharClass::kOtherLetter) {
        ++letters;
      }
    }
  }
}

Language GuessLanguage(const LetterCounts& counts) {
  const size_t script = counts.arabic_script;
  if (script == 0 || script * 2 < counts.letters) return Language::kOther;
  if (Marks(counts.urdu, script)) return Language::kUrdu;
  if (Marks(counts.other_script, script)) return Language::kOther;
  if (Marks(counts.persian, script) &&
      !AtLeastOnePercent(counts.teh_marbuta, script)) {
    return Language::kPersian;
  }
  return Language::kArabic;
}

Language GuessLanguage(std::string_view text) {
  LetterCounts counts;
  counts.Add(text);
  return GuessLanguage(counts);
}

}  // namespace khulasa::text
