#include "src/text/abbreviations.h"

#include <array>
#include <cstddef>
#include <string_view>

#include "src/text/arabic.h"
#include "src/text/char_class.h"
#include "src/text/split_scan.h"

namespace khulasa::text::internal {

bool StartsWithUrl(std::string_view word) {
  auto has = [&](std::string_view p) {
    if (word.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char ch = word[i];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
      if (ch != p[i]) return false;
    }
    return true;
  };
  return has("http://") || has("https://") || has("www.");
}

bool IsLatinAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kAbbreviations = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr",
      "Jr", "St",  "vs", "Mt", "Gen",  "Col"};
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

// "في" (V) is also the preposition "in", which cannot end a sentence: "في."
// does not occur in EASC, ARGEn or Tashkeela (val, test).
bool IsLetterName(std::string_view word) {
  // In order: A A B C D E E F F G H H H H I J J K K L L M M N N O O Q R R
  // S S T U V V V W X X Y Z.
  static constexpr std::array<std::string_view, 42> kNames = {
      "\u0625\u064A\u0647",
      "\u0627\u064A\u0647",
      "\u0628\u064A",
      "\u0633\u064A",
      "\u062F\u064A",
      "\u0625\u064A",
      "\u0627\u064A",
      "\u0625\u0641",
      "\u0627\u0641",
      "\u062C\u064A",
      "\u0625\u062A\u0634",
      "\u0627\u062A\u0634",
      "\u0625\u064A\u062A\u0634",
      "\u0627\u064A\u062A\u0634",
      "\u0622\u064A",
      "\u062C\u064A\u0647",
      "\u062C\u0627\u064A",
      "\u0643\u064A\u0647",
      "\u0643\u0627\u064A",
      "\u0625\u0644",
      "\u0627\u0644",
      "\u0625\u0645",
      "\u0627\u0645",
      "\u0625\u0646",
      "\u0627\u0646",
      "\u0623\u0648",
      "\u0627\u0648",
      "\u0643\u064A\u0648",
      "\u0622\u0631",
      "\u0627\u0631",
      "\u0625\u0633",
      "\u0627\u0633",
      "\u062A\u064A",
      "\u064A\u0648",
      "\u0641\u064A",
      "\u06A4\u064A",
      "\u0641\u0649",
      "\u062F\u0628\u0644\u064A\u0648",
      "\u0625\u0643\u0633",
      "\u0627\u0643\u0633",
      "\u0648\u0627\u064A",
      "\u0632\u062F"};
  for (std::string_view name : kNames) {
    if (word == name) return true;
  }
  return false;
}

std::string_view StripOpeners(std::string_view word) {
  while (!word.empty() &&
         (word.front() == '(' || word.front() == '[' || word.front() == '"')) {
    word.remove_prefix(1);
  }
  for (std::string_view opener : {"\xC2\xAB", "\xE2\x80\x9C"}) {
    if (word.substr(0, opener.size()) == opener)
      word.remove_prefix(opener.size());
  }
  return word;
}

WordShape ShapeOf(std::string_view word) {
  WordShape shape;
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t c;
    size_t next;
    const CharClass cls = ClassifyAt(word, pos, &c, &next);
    pos = next;
    if (cls == CharClass::kArabic) {
      if (IsArabicLetter(c) || IsArabicPresentationForm(c)) {
        if (shape.letters == 0) shape.first_letter = c;
        ++shape.letters;
      }
    } else if (cls == CharClass::kLatin) {
      if (shape.letters == 0) shape.first_letter = c;
      ++shape.letters;
    } else if (cls == CharClass::kDigit) {
      ++shape.digits;
      shape.only_letters_and_dots = false;
    } else if (c != '.') {
      shape.only_letters_and_dots = false;
    }
  }
  return shape;
}

bool IsAbbreviationPart(std::string_view part) {
  if (part.empty() || IsLetterName(part)) return !part.empty();
  const WordShape shape = ShapeOf(part);
  if (!shape.only_letters_and_dots || shape.letters == 0) return false;
  if (shape.letters == 1) return true;
  return shape.letters == 2 && IsAsciiAlnum(shape.first_letter);
}

bool IsDottedAbbreviation(std::string_view word) {
  size_t parts = 0;
  while (!word.empty()) {
    const size_t dot = word.find('.');
    const std::string_view part = word.substr(0, dot);
    if (!part.empty()) {
      if (!IsAbbreviationPart(part)) return false;
      ++parts;
    }
    if (dot == std::string_view::npos) break;
    word.remove_prefix(dot + 1);
  }
  return parts > 0;
}

bool IsEraAbbreviation(std::string_view word) {
  return word == "\u0645" || word == "\u0647" || word == "\u0647\u0640" ||
         word == "\u0642.\u0645";
}

bool IsPreposition(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kPrepositions = {
      "\u0641\u064A",       "\u0641\u0649",       "\u0645\u0646",
      "\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0639\u0644\u0649",
      "\u0639\u0646",       "\u062D\u062A\u0649", "\u0628\u064A\u0646",
      "\u0645\u0646\u0630"};
  for (std::string_view p : kPrepositions) {
    if (word == p) return true;
  }
  return false;
}

bool IsEtcetera(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word == "\u0627\u0644\u062E" || word == "\u0625\u0644\u062E";
}

}  // namespace khulasa::text::internal
