#include "src/speech/speech_text_latin.h"

#include <array>
#include <string>
#include <vector>

#include "src/text/arabic.h"

namespace khulasa::speech {
namespace {

// The letters' names as Arabic news says them, vowelled.
constexpr std::array<const char*, 26> kLetterNames = {
    "\u0625\u0650\u064a\u0647",
    "\u0628\u0650\u064a",
    "\u0633\u0650\u064a",
    "\u062f\u0650\u064a",
    "\u0625\u0650\u064a",
    "\u0625\u0650\u0641",
    "\u062c\u0650\u064a",
    "\u0625\u0650\u062a\u0652\u0634",
    "\u0622\u064a",
    "\u062c\u0650\u064a\u0647",
    "\u0643\u0650\u064a\u0647",
    "\u0625\u0650\u0644",
    "\u0625\u0650\u0645",
    "\u0625\u0650\u0646",
    "\u0623\u064f\u0648",
    "\u0628\u0650\u064a",
    "\u0643\u0650\u064a\u064f\u0648",
    "\u0622\u0631",
    "\u0625\u0650\u0633",
    "\u062a\u0650\u064a",
    "\u064a\u064f\u0648",
    "\u0641\u0650\u064a",
    "\u062f\u064e\u0628\u0652\u0644\u064a\u064f\u0648",
    "\u0625\u0650\u0643\u0652\u0633",
    "\u0648\u064e\u0627\u064a",
    "\u0632\u0650\u062f"};

constexpr char kWa[] = "\u0648\u064e";

bool IsUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool IsLatin(char32_t c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }
bool IsDigitOrDash(char32_t c) { return (c >= '0' && c <= '9') || c == '-'; }

}  // namespace

SpeechText SpellLatinAbbreviations(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  SpeechTextBuilder out(in);
  size_t copied = 0;
  size_t i = 0;
  while (i < cps.size()) {
    if (!IsLatin(cps[i].c) ||
        (i > 0 && (IsLatin(cps[i - 1].c) || cps[i - 1].c == '.' ||
                   (cps[i - 1].c >= '0' && cps[i - 1].c <= '9')))) {
      ++i;
      continue;
    }
    // Letters, with single dots between them (U.S., U.N.).
    size_t end = i;
    int letters = 0, vowels = 0;
    bool upper = true, dotted = false;
    while (end < cps.size() && IsLatin(cps[end].c)) {
      upper = upper && IsUpper(cps[end].c);
      vowels += cps[end].c == 'A' || cps[end].c == 'E' || cps[end].c == 'I' ||
                cps[end].c == 'O' || cps[end].c == 'U';
      ++letters;
      ++end;
      if (end + 1 < cps.size() && cps[end].c == '.' &&
          IsUpper(cps[end + 1].c)) {
        dotted = true;
        ++end;
      }
    }
    // The closing dot of U.S. belongs to it.
    if (dotted && end < cps.size() && cps[end].c == '.') ++end;
    const bool before_number =
        letters == 1 && end < cps.size() && IsDigitOrDash(cps[end].c);
    const bool spell =
        upper && (end >= cps.size() || !IsLatin(cps[end].c)) &&
        (dotted || before_number || (letters >= 2 && letters <= 3) ||
         (letters >= 2 && letters <= 6 && vowels == 0));
    if (spell) {
      std::string words;
      for (size_t k = i; k < end; ++k) {
        if (!IsUpper(cps[k].c)) continue;
        if (!words.empty()) words += ' ';
        words += kLetterNames[cps[k].c - 'A'];
      }
      if (before_number) {
        words += ' ';
        if (cps[end].c == '-') ++end;  // F-16: the dash is not said
      }
      // wa- glued to the letters (wa-BBC) needs its vowel before them.
      if (i > 0 && cps[i - 1].c == text::kWaw &&
          (i == 1 || cps[i - 2].c == ' ') && cps[i - 1].begin >= copied) {
        out.Copy(copied, cps[i - 1].begin);
        out.Replace(cps[i - 1].begin, cps[i - 1].end, kWa);
        copied = cps[i - 1].end;
      }
      out.Copy(copied, cps[i].begin);
      out.Replace(cps[i].begin, cps[end - 1].end, words);
      copied = cps[end - 1].end;
    }
    i = end;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
