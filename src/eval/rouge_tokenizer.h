// ROUGE tokenization for Arabic, following the XL-Sum multilingual scorer
// (csebuetnlp/xl-sum, multilingual_rouge_scoring/) as reimplemented by
// ../shared/data/summarization/rouge_ar.py, so our scores agree with it:
//
//   1. optional --norm pass (NormalizeForRouge);
//   2. lower-case (simple Unicode case mapping);
//   3. tab, newline, CR and space separators (Zs, Zl, Zp) split words; other
//      control, format, private-use, unassigned code points and U+FFFD are
//      dropped without splitting;
//   4. punctuation (every Unicode P* code point and ASCII non-alphanumerics)
//      splits words and is dropped: U+060C, U+061B, U+061F, U+066A-U+066C ...
//   5. approximation of pyonmttok "aggressive" mode: a word is split where a
//      run of letters (L*, M*) meets a run of numbers (N*), and every other
//      symbol (S*) becomes a token of its own;
//   6. optional --stem: tokens longer than 3 code points are stemmed with the
//      Snowball Arabic stemmer (libstemmer; rouge_ar.py uses NLTK's port).
//
// Arabic letters are never deleted (unlike Google rouge-score's default
// tokenizer, which keeps only [a-z0-9]). The categories come from ICU, whose
// Unicode version can differ from Python's for code points assigned lately.
#ifndef KHULASA_SRC_EVAL_ROUGE_TOKENIZER_H_
#define KHULASA_SRC_EVAL_ROUGE_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace khulasa::eval {

struct RougeTokenizerOptions {
  // --norm: NormalizeForRouge() before tokenizing. Off by default (XL-Sum
  // does not normalize); EASC needs it, its references were written on a
  // normalized copy of the articles.
  bool normalize = false;
  // --stem: Snowball Arabic stemming of tokens longer than 3 code points
  // (the XL-Sum rule). Off by default.
  bool stem = false;
};

// The --norm pass of rouge_ar.py: removes tashkeel and Quranic marks
// (U+0610-U+061A, U+064B-U+065F, U+0670, U+06D6-U+06ED) and tatweel; maps
// alef forms (U+0622, U+0623, U+0625, U+0671) to bare alef, alef maksura to
// yeh, teh marbuta to heh, waw-hamza to waw and yeh-hamza to yeh. Invalid
// UTF-8 bytes become U+FFFD. Lossy: for scoring only.
std::string NormalizeForRouge(std::string_view text);

// Splits `text` (UTF-8; invalid bytes are dropped like U+FFFD) into ROUGE
// tokens as described at the top of this file. Tokens are never empty and
// never contain whitespace. Thread-safe.
std::vector<std::string> TokenizeForRouge(std::string_view text,
                                          const RougeTokenizerOptions& options);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_ROUGE_TOKENIZER_H_
