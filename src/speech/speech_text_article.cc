#include "src/speech/speech_text_article.h"

#include <string>
#include <vector>

#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::speech {
namespace {

// One word: code points [begin, end) of the decoded text.
struct Word {
  size_t begin;
  size_t end;
};

std::vector<Word> FindWords(const std::vector<CodePoint>& cps) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < cps.size()) {
    if (!text::IsArabicWordChar(cps[i].c)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < cps.size() && text::IsArabicWordChar(cps[j].c)) ++j;
    words.push_back({i, j});
    i = j;
  }
  return words;
}

bool IsPrefixLetter(char32_t c) {
  return c == text::kWaw || c == text::kFeh || c == text::kBeh ||
         c == text::kKaf;
}

// True when cps[i] (a word's first letter) is a one-letter prefix carrying
// its short vowel: wa-, fa-, bi-, ka- (+ li- when `allow_lam`).
bool IsVowelledPrefix(const std::vector<CodePoint>& cps, size_t i, size_t end,
                      bool allow_lam) {
  return i + 1 < end &&
         (IsPrefixLetter(cps[i].c) || (allow_lam && cps[i].c == text::kLam)) &&
         text::IsShortVowel(cps[i + 1].c);
}

// The previous word ends in a vowel and only spaces separate the two.
bool FollowsVowel(const std::vector<CodePoint>& cps, const Word* previous,
                  size_t word_begin) {
  if (previous == nullptr) return false;
  for (size_t k = previous->end; k < word_begin; ++k) {
    if (cps[k].c != ' ') return false;
  }
  const char32_t last = cps[previous->end - 1].c;
  if (text::IsShortVowel(last)) return true;
  // A long vowel letter with no mark after it: alef, alef maksura, or yeh /
  // waw after kasra / damma (fi, abu).
  if (last == text::kAlef || last == text::kAlefMaksura) return true;
  const size_t n = previous->end - previous->begin;
  if (n < 2) return false;
  const char32_t before_last = cps[previous->end - 2].c;
  return (last == text::kYeh && before_last == text::kKasra) ||
         (last == text::kWaw && before_last == text::kDamma);
}

std::string Encode(std::initializer_list<char32_t> cps) {
  std::string out;
  for (char32_t c : cps) text::AppendUtf8(c, &out);
  return out;
}

}  // namespace

SpeechText FixDefiniteArticle(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  const std::vector<Word> words = FindWords(cps);
  SpeechTextBuilder out(in);
  size_t copied = 0;
  const Word* previous = nullptr;
  for (const Word& word : words) {
    const Word* before = previous;
    previous = &word;
    const bool prefixed = IsVowelledPrefix(cps, word.begin, word.end, false);
    const size_t alef = prefixed ? word.begin + 2 : word.begin;
    if (alef + 2 >= word.end || cps[alef].c != text::kAlef ||
        cps[alef + 1].c != text::kLam) {
      continue;
    }
    size_t letter = alef + 2;
    while (letter < word.end && cps[letter].c == text::kSukun) ++letter;
    if (letter >= word.end || !text::IsArabicLetter(cps[letter].c)) continue;
    size_t marks_end = letter + 1;
    while (marks_end < word.end && text::IsArabicMark(cps[marks_end].c)) {
      ++marks_end;
    }
    // Need at least one more letter after the first (not "al" + one letter),
    // and leave allah (al + lam + heh) alone.
    if (marks_end >= word.end) continue;
    if (cps[letter].c == text::kLam && cps[marks_end].c == text::kHeh) {
      size_t k = marks_end + 1;
      while (k < word.end && text::IsArabicMark(cps[k].c)) ++k;
      if (k == word.end) continue;
    }
    if (text::IsSunLetter(cps[letter].c)) {
      std::string marks;
      for (size_t k = letter + 1; k < marks_end; ++k) {
        if (cps[k].c != text::kShadda) text::AppendUtf8(cps[k].c, &marks);
      }
      if (prefixed) {
        out.Copy(copied, cps[alef].begin);
        // The assimilated al- keeps its timing with the letter it became.
        std::string spelled;
        text::AppendUtf8(cps[letter].c, &spelled);
        text::AppendUtf8(text::kShadda, &spelled);
        out.Replace(cps[alef].begin, cps[marks_end - 1].end, spelled + marks);
        copied = cps[marks_end - 1].end;
      } else if (marks_end > letter + 1) {
        out.Copy(copied, cps[letter].end);
        out.Replace(cps[letter + 1].begin, cps[marks_end - 1].end, marks);
        copied = cps[marks_end - 1].end;
      }
      continue;
    }
    if (prefixed || FollowsVowel(cps, before, word.begin)) {
      out.Copy(copied, cps[alef].begin);
      out.Replace(cps[alef].begin, cps[letter].begin,
                  Encode({text::kAlefWasla, text::kLam, text::kSukun}));
      copied = cps[letter].begin;
    }
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

SpeechText MarkHamzatWasl(const SpeechText& in) {
  const std::vector<CodePoint> cps = DecodeCodePoints(in.text);
  SpeechTextBuilder out(in);
  size_t copied = 0;
  auto to_wasla = [&](size_t k) {
    out.Copy(copied, cps[k].begin);
    out.Replace(cps[k].begin, cps[k].end, Encode({text::kAlefWasla}));
    copied = cps[k].end;
  };
  for (const Word& word : FindWords(cps)) {
    // al-i + wasl noun (al-ittifaqiyya, al-istithmar): the lam carries the
    // helper kasra and the noun's own alef is read "a:" unless it is alef
    // wasla; after a vowelled prefix, so is the article's alef.
    const bool prefixed = IsVowelledPrefix(cps, word.begin, word.end, false);
    const size_t al = prefixed ? word.begin + 2 : word.begin;
    if (al + 4 < word.end && cps[al].c == text::kAlef &&
        cps[al + 1].c == text::kLam && cps[al + 2].c == text::kKasra &&
        cps[al + 3].c == text::kAlef) {
      if (prefixed) to_wasla(al);
      to_wasla(al + 3);
      continue;
    }
    // prefix, vowel, alef, consonant, sukun
    const size_t alef = word.begin + 2;
    if (!IsVowelledPrefix(cps, word.begin, word.end, true) ||
        alef + 2 >= word.end || cps[alef].c != text::kAlef ||
        !text::IsArabicLetter(cps[alef + 1].c) ||
        cps[alef + 2].c != text::kSukun || cps[alef + 1].c == text::kLam) {
      continue;  // al- is FixDefiniteArticle's
    }
    to_wasla(alef);
  }
  out.Copy(copied, in.text.size());
  return std::move(out).Build();
}

}  // namespace khulasa::speech
