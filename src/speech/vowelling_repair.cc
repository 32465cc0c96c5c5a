#include "src/speech/vowelling_repair.h"

#include <array>
#include <utility>

#include "src/speech/diacritizer_labels.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

uint8_t VowelOf(uint8_t label) { return label & kVowelMask; }
bool HasShadda(uint8_t label) { return (label & kShaddaBit) != 0; }
bool IsTanween(uint8_t vowel) {
  return vowel >= kVowelFathatan && vowel <= kVowelKasratan;
}
bool IsShort(uint8_t vowel) {
  return vowel >= kVowelFatha && vowel <= kVowelKasra;
}

// عمرو: its final waw is silent and the tanween sits on the ra (عَمْرٍو),
// with at most two proclitic letters before it (وَلِعَمْرٍو).
bool IsAmr(std::u32string_view letters) {
  constexpr std::u32string_view kAmr = U"\u0639\u0645\u0631\u0648";
  return letters.size() >= kAmr.size() && letters.size() <= kAmr.size() + 2 &&
         letters.substr(letters.size() - kAmr.size()) == kAmr;
}

// Whether letters[i] (not the last) may carry the tanween `vowel`.
bool IsTanweenSeat(std::u32string_view letters, size_t i, uint8_t vowel) {
  const size_t n = letters.size();
  if (i + 2 != n) return false;
  const char32_t last = letters[n - 1];
  if ((last == text::kAlef || last == text::kAlefMaksura) &&
      vowel == kVowelFathatan) {
    return true;
  }
  return last == text::kWaw && IsAmr(letters);
}

// Whether letters[i] may carry `label` (kMarkOnLongVowel).
bool CanCarry(std::u32string_view letters, size_t i, uint8_t label) {
  if (label == 0) return true;
  const uint8_t vowel = VowelOf(label);
  const bool last = i + 1 == letters.size();
  switch (letters[i]) {
    case text::kAlefWithMaddaAbove:
    case text::kAlefWasla:
      return false;
    case text::kAlef:
      if (HasShadda(label)) return false;
      return (i == 0 && IsShort(vowel)) || (last && vowel == kVowelFathatan);
    case text::kAlefMaksura:
      return HasShadda(label) || (last && vowel == kVowelFathatan);
    default:
      return true;
  }
}

// A long vowel written with sukun: yeh after kasra, waw after damma.
bool IsLongVowelWithSukun(std::u32string_view letters, const uint8_t* labels,
                          size_t i) {
  if (i == 0 || HasShadda(labels[i])) return false;
  const uint8_t before = VowelOf(labels[i - 1]);
  return (letters[i] == text::kYeh && before == kVowelKasra) ||
         (letters[i] == text::kWaw && before == kVowelDamma);
}

// The index of the h of a final -huma, -hum or -hunna whose h has damma
// after a kasra or a yeh (kPronounHarmony), or 0.
size_t DisharmonicPronoun(std::u32string_view letters, const uint8_t* labels) {
  const size_t n = letters.size();
  size_t h = 0;
  if (n >= 4 && letters.substr(n - 3) == U"\u0647\u0645\u0627") {
    h = n - 3;
  } else if (n >= 3 && (letters.substr(n - 2) == U"\u0647\u0645" ||
                        letters.substr(n - 2) == U"\u0647\u0646")) {
    h = n - 2;
  }
  if (h == 0 || VowelOf(labels[h]) != kVowelDamma) return 0;
  const uint8_t before = VowelOf(labels[h - 1]);
  const bool yeh = letters[h - 1] == text::kYeh &&
                   (before == kVowelSukun || before == kNoVowel);
  return before == kVowelKasra || yeh ? h : 0;
}

void RepairLongVowelMarks(std::u32string_view letters, const uint8_t* given,
                          uint8_t* labels) {
  for (size_t i = 0; i < letters.size(); ++i) {
    if (CanCarry(letters, i, labels[i])) continue;
    // The helper kasra of al- before a wasl noun written on the noun's alef
    // (الاِتِّصَال) belongs on the article's lam (الِاتِّصَال), as it is said.
    const uint8_t vowel = VowelOf(labels[i]);
    if (letters[i] == text::kAlef && vowel == kVowelKasra && i >= 2 &&
        letters[i - 1] == text::kLam && letters[i - 2] == text::kAlef &&
        given[i - 1] == 0 &&
        (labels[i - 1] == 0 || labels[i - 1] == kVowelSukun)) {
      labels[i - 1] = kVowelKasra;
    }
    labels[i] = 0;
  }
}

}  // namespace

std::string VowellingProblemNames(uint32_t problems) {
  static constexpr std::array<std::pair<uint32_t, const char*>, 8> kNames = {{
      {kTwoSukuns, "two_sukuns"},
      {kDoubleTanween, "double_tanween"},
      {kTanweenNotLast, "tanween_not_last"},
      {kMarkOrder, "mark_order"},
      {kShaddaWithoutVowel, "shadda_without_vowel"},
      {kWaslaGlyph, "wasla_glyph"},
      {kMarkOnLongVowel, "mark_on_long_vowel"},
      {kPronounHarmony, "pronoun_harmony"},
  }};
  std::string out;
  for (const auto& [bit, name] : kNames) {
    if ((problems & bit) == 0) continue;
    if (!out.empty()) out += ',';
    out += name;
  }
  return out;
}

uint32_t CheckWordLabels(std::u32string_view letters, const uint8_t* labels) {
  uint32_t problems = 0;
  int tanween_letters = 0;
  const size_t n = letters.size();
  for (size_t i = 0; i < n; ++i) {
    const uint8_t vowel = VowelOf(labels[i]);
    const bool last = i + 1 == n;
    if (!CanCarry(letters, i, labels[i])) problems |= kMarkOnLongVowel;
    if (IsTanween(vowel)) {
      ++tanween_letters;
      if (!last && !IsTanweenSeat(letters, i, vowel)) {
        problems |= kTanweenNotLast;
      }
    }
    if (HasShadda(labels[i]) &&
        (i == 0 || (!last && (vowel == kNoVowel || vowel == kVowelSukun)))) {
      problems |= kShaddaWithoutVowel;
    }
    if (!last && vowel == kVowelSukun &&
        VowelOf(labels[i + 1]) == kVowelSukun) {
      problems |= kTwoSukuns;
    }
  }
  if (tanween_letters > 1) problems |= kDoubleTanween;
  if (DisharmonicPronoun(letters, labels) != 0) problems |= kPronounHarmony;
  return problems;
}

void RepairWordLabels(std::u32string_view letters, const uint8_t* given,
                      uint8_t* labels) {
  const size_t n = letters.size();
  if (n == 0 || CheckWordLabels(letters, labels) == 0) return;
  RepairLongVowelMarks(letters, given, labels);
  // Tanween inside the word: its short vowel (مُخْتَبِرًات -> مُخْتَبِرَات).
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint8_t vowel = VowelOf(labels[i]);
    if (IsTanween(vowel) && !IsTanweenSeat(letters, i, vowel)) {
      labels[i] = static_cast<uint8_t>((labels[i] & kShaddaBit) |
                                       (vowel - kVowelFathatan + kVowelFatha));
    }
  }
  // Fathatan both before a final alef and on it: one is kept, the input's
  // when it wrote one (جزءاً -> جُزْءاً), else the modern seat before the
  // alef (عَنِيفًا).
  if (n >= 2 && IsTanween(VowelOf(labels[n - 1])) &&
      IsTanween(VowelOf(labels[n - 2]))) {
    if (given[n - 1] != 0 && given[n - 2] == 0) {
      labels[n - 2] = HasShadda(labels[n - 2]) ? kShaddaBit | kVowelFatha : 0;
    } else {
      labels[n - 1] = 0;
    }
  }
  // A doubled consonant needs a letter before it and a vowel after it:
  // shadda on a word's first letter goes; shadda alone (or with sukun)
  // before the last letter takes fatha, the commonest vowel after shadda
  // (وَسَلّمَ, تَخَلّفَ, إِنّا in the Tashkeela text).
  if (HasShadda(labels[0])) labels[0] &= kVowelMask;
  for (size_t i = 1; i + 1 < n; ++i) {
    const uint8_t vowel = VowelOf(labels[i]);
    if (HasShadda(labels[i]) && (vowel == kNoVowel || vowel == kVowelSukun)) {
      labels[i] = kShaddaBit | kVowelFatha;
    }
  }
  if (const size_t h = DisharmonicPronoun(letters, labels); h != 0) {
    labels[h] = kVowelKasra;
  }
  // Two sukuns in a row. A long vowel written with sukun (زِيْلْعِي) loses
  // it. A past verb before the feminine -t (جَدَّدْتْ) takes the fatha of
  // -at (جَدَّدَتْ). Otherwise the second letter is left bare: a consonant
  // cluster (هُونْغْ كُونْغْ, اسْتْرَاتِيجِيَّة) that espeak-ng reads the same
  // way, with no vowel it was not given.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (VowelOf(labels[i]) != kVowelSukun ||
        VowelOf(labels[i + 1]) != kVowelSukun) {
      continue;
    }
    if (IsLongVowelWithSukun(letters, labels, i)) {
      labels[i] = 0;
    } else if (i + 2 == n && letters[i + 1] == text::kTeh && i > 0 &&
               IsShort(VowelOf(labels[i - 1]))) {
      labels[i] = static_cast<uint8_t>((labels[i] & kShaddaBit) | kVowelFatha);
    } else {
      labels[i + 1] &= kShaddaBit;
    }
  }
}

void RepairVowelling(std::u32string_view chars,
                     const std::vector<uint8_t>& given,
                     std::vector<uint8_t>* labels) {
  size_t begin = 0;
  while (begin < chars.size()) {
    if (!IsDiacritizableLetter(chars[begin])) {
      ++begin;
      continue;
    }
    size_t end = begin + 1;
    while (end < chars.size() && IsDiacritizableLetter(chars[end])) ++end;
    RepairWordLabels(chars.substr(begin, end - begin), &given[begin],
                     &(*labels)[begin]);
    begin = end;
  }
}

std::vector<IllFormedWord> FindIllFormedWords(std::string_view text,
                                              bool allow_wasla) {
  std::vector<IllFormedWord> out;
  std::u32string letters;
  std::vector<uint8_t> labels;
  uint32_t problems = 0;  // found while reading the word's marks
  size_t word_begin = 0, word_end = 0;
  bool vowel_seen = false, shadda_seen = false;  // on the current letter
  auto finish = [&] {
    if (!letters.empty()) {
      const uint32_t all = problems | CheckWordLabels(letters, labels.data());
      if (all != 0) out.push_back({word_begin, word_end, all});
    }
    letters.clear();
    labels.clear();
    problems = 0;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (IsDiacritizableLetter(c)) {
      if (letters.empty()) word_begin = start;
      letters.push_back(c);
      labels.push_back(0);
      vowel_seen = shadda_seen = false;
      if (c == text::kAlefWasla && !allow_wasla) problems |= kWaslaGlyph;
      word_end = pos;
    } else if (IsLabelMark(c) && !letters.empty()) {
      const bool shadda = c == text::kShadda;
      if (shadda ? (shadda_seen || vowel_seen) : vowel_seen) {
        problems |= kMarkOrder;
      }
      (shadda ? shadda_seen : vowel_seen) = true;
      labels.back() = AddMark(labels.back(), c);
      word_end = pos;
    } else if ((c == text::kTatweel || c == text::kSuperscriptAlef) &&
               !letters.empty()) {
      word_end = pos;
    } else {
      finish();
    }
  }
  finish();
  return out;
}

}  // namespace khulasa::speech
