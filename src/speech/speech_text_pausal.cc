#include "src/speech/speech_text_pausal.h"

#include <string>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
         c == 0x00BB || c == 0x201D || c == 0x2019 || c == 0x203A;
}

// Whether the word ending before cps[end] is the last of its sentence: only
// blanks (a line break ends the line) and closing quotes or brackets, then a
// full stop or the line's end.
bool EndsSentence(const std::vector<CodePoint>& cps, size_t end) {
  while (end < cps.size() && cps[end].c != '\n' &&
         (text::IsBlank(cps[end].c) || IsClosing(cps[end].c))) {
    ++end;
  }
  return end == cps.size() || cps[end].c == '\n' ||
         text::IsSentenceTerminator(cps[end].c);
}

bool IsLetter(char32_t c) {
  return text::IsArabicLetter(c) || text::IsArabicPresentationForm(c);
}

// The marks of the letter at cps[letter] that a pausal form keeps: its
// shadda (and nothing else).
std::string KeptMarks(const std::vector<CodePoint>& cps, size_t letter,
                      size_t end) {
  std::string out;
  for (size_t k = letter + 1; k < end && text::IsArabicMark(cps[k].c); ++k) {
    if (cps[k].c == text::kShadda) text::AppendUtf8(text::kShadda, &out);
  }
  return out;
}

bool HasMark(const std::vector<CodePoint>& cps, size_t letter, size_t end,
             char32_t mark) {
  for (size_t k = letter + 1; k < end && text::IsArabicMark(cps[k].c); ++k) {
    if (cps[k].c == mark) return true;
  }
  return false;
}

// The pausal spelling of the word's tail from cps[tail] to cps[end - 1],
// or false when the word is already in pausal form.
bool PausalTail(const std::vector<CodePoint>& cps, size_t begin, size_t end,
                size_t* tail, std::string* spelled) {
  size_t last = end;  // the word's last letter
  for (size_t k = end; k-- > begin;) {
    if (IsLetter(cps[k].c)) {
      last = k;
      break;
    }
  }
  if (last == end) return false;
  // allah (al-, wa-llah, bi-llah, li-llah): espeak-ng reads any vowelled
  // spelling of it without its long a (wallh); with shadda and dagger alef
  // on the lam it says wall'a:h.
  std::vector<size_t> letters;
  for (size_t k = begin; k < end; ++k) {
    if (IsLetter(cps[k].c)) letters.push_back(k);
  }
  const size_t n = letters.size();
  if (n >= 3 && n <= 5 && cps[letters[n - 3]].c == text::kLam &&
      cps[letters[n - 2]].c == text::kLam && cps[last].c == text::kHeh) {
    *tail = letters[n - 2];
    for (char32_t c :
         {text::kLam, text::kShadda, text::kSuperscriptAlef, text::kHeh}) {
      text::AppendUtf8(c, spelled);
    }
    return true;
  }
  const char32_t c = cps[last].c;
  bool has_vowel = false;
  for (size_t k = last + 1; k < end; ++k) {
    has_vowel =
        has_vowel || (cps[k].c >= text::kFathatan && cps[k].c <= text::kKasra);
  }
  if (c == text::kTehMarbuta) {
    *tail = last;
    text::AppendUtf8(text::kHeh, spelled);
    return true;
  }
  if (c == text::kAlef || c == text::kAlefMaksura) {
    const size_t before = n >= 2 ? letters[n - 2] : last;  // before the alef
    const bool on_alef = HasMark(cps, last, end, text::kFathatan);
    if (before == last ||
        (!on_alef && !HasMark(cps, before, last, text::kFathatan))) {
      return false;
    }
    // -an read as a long a: fatha on the letter before, nothing on the
    // alef.
    *tail = before;
    text::AppendUtf8(cps[before].c, spelled);
    *spelled += KeptMarks(cps, before, last);
    text::AppendUtf8(text::kFatha, spelled);
    text::AppendUtf8(c, spelled);
    return true;
  }
  if (!has_vowel) return false;
  *tail = last;
  text::AppendUtf8(c, spelled);
  *spelled += KeptMarks(cps, last, end);
  return true;
}

}  // namespace

SpeechText ApplyPausalForms(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  SpeechTextBuilder out(in);
  size_t copied = 0;
  size_t i = 0;
  while (i < cps.size()) {
    if (!text::IsArabicWordChar(cps[i].c)) {
      ++i;
      continue;
    }
    size_t end = i;
    bool marked = false;
    while (end < cps.size() && text::IsArabicWordChar(cps[end].c)) {
      marked = marked || text::IsArabicDiacritic(cps[end].c);
      ++end;
    }
    size_t tail = 0;
    std::string spelled;
    if (marked && EndsSentence(cps, end) &&
        PausalTail(cps, i, end, &tail, &spelled)) {
      out.Copy(copied, cps[tail].begin);
      out.Replace(cps[tail].begin, cps[end - 1].end, spelled);
      copied = cps[end - 1].end;
    }
    i = end;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
