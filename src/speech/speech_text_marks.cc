#include "src/speech/speech_text_marks.h"

#include <string>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {

SpeechText OrderShaddaFirst(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  SpeechTextBuilder out(in);
  size_t i = 0;
  while (i < cps.size()) {
    if (!text::IsArabicMark(cps[i].c)) {
      out.Copy(cps[i].begin, cps[i].end);
      ++i;
      continue;
    }
    size_t j = i;
    size_t shadda = cps.size();
    while (j < cps.size() && text::IsArabicMark(cps[j].c)) {
      if (cps[j].c == text::kShadda && shadda == cps.size()) shadda = j;
      ++j;
    }
    if (shadda == cps.size() || shadda == i) {
      out.Copy(cps[i].begin, cps[j - 1].end);
    } else {
      // The run's marks are one unit for timing: map the reordered run to
      // the whole source run.
      std::string run;
      text::AppendUtf8(text::kShadda, &run);
      for (size_t k = i; k < j; ++k) {
        if (k != shadda)
          run.append(in.text, cps[k].begin, cps[k].end - cps[k].begin);
      }
      out.Replace(cps[i].begin, cps[j - 1].end, run);
    }
    i = j;
  }
  return std::move(out).Build();
}

SpeechText SplitDoubledYeh(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  SpeechTextBuilder out(in);
  size_t copied = 0;  // byte offset in `in` up to which output is written
  for (size_t i = 1; i + 2 < cps.size(); ++i) {
    // kasra, yeh, shadda, vowel-or-tanween
    if (cps[i - 1].c != text::kKasra || cps[i].c != text::kYeh ||
        cps[i + 1].c != text::kShadda) {
      continue;
    }
    const char32_t vowel = cps[i + 2].c;
    std::string spelled;
    text::AppendUtf8(text::kYeh, &spelled);
    text::AppendUtf8(text::kSukun, &spelled);
    text::AppendUtf8(text::kYeh, &spelled);
    size_t end = i + 3;  // code points replaced: yeh, shadda, vowel
    if (text::IsShortVowel(vowel)) {
      text::AppendUtf8(vowel, &spelled);
    } else if (vowel == text::kDammatan || vowel == text::kFathatan) {
      text::AppendUtf8(vowel == text::kDammatan ? text::kDamma : text::kFatha,
                       &spelled);
      text::AppendUtf8(text::kNoon, &spelled);
      text::AppendUtf8(text::kSukun, &spelled);
      // The alef that carries fathatan is silent once noon is written.
      if (vowel == text::kFathatan && end < cps.size() &&
          cps[end].c == text::kAlef) {
        ++end;
      }
    } else if (vowel == text::kKasratan) {
      // Spelled "in" espeak-ng lengthens to "i:n"; the plain kasra is closer.
      text::AppendUtf8(text::kKasra, &spelled);
    } else {
      continue;
    }
    out.Copy(copied, cps[i].begin);
    out.Replace(cps[i].begin, cps[end - 1].end, spelled);
    copied = cps[end - 1].end;
    i = end - 1;
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
