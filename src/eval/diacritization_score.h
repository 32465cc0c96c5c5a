// Diacritization scores: DER and WER, with and without the case ending
// (the last letter of each word), strict or sukun-lenient, optionally after
// the QCRI "default diacritics" normalization. A C++ port of
// ../shared/data/tashkeela/tools/score.py (Fadel et al. conventions): DER
// counts every reference Arabic letter, including letters without marks; a
// letter is right when its set of marks equals the reference's; a word is
// wrong when any of its letters is; letters of the two texts are aligned
// like Python's difflib when their base letters differ.
#ifndef KHULASA_SRC_EVAL_DIACRITIZATION_SCORE_H_
#define KHULASA_SRC_EVAL_DIACRITIZATION_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace khulasa::eval {

struct DiacritizationScoreOptions {
  // Apply EvalDiac.java's removeDefaultDiac rules first (score.py --qcri):
  // drops sukun, fatha before alef, kasra before yeh, damma before waw,
  // marks on bare alef, so spelling conventions are not counted as errors.
  bool qcri_normalize = false;
  // Normalize two writing conventions on both sides (docs/speech.md,
  // "Scoring conventions"), so that a gold set's convention is not counted
  // against the speech path's: a bare alef with hamza below (إ) counts as
  // carrying its kasra, and on the last letter of a word before a
  // hamzat-wasl word (one that starts with a bare alef) a sukun equals a
  // single short vowel (the helper vowel: مِنْ الْ = مِنَ الْ; after
  // qcri_normalize, which drops sukun, no mark does).
  bool conventions = false;
};

// Error rates in percent; "no_case" ignores the last letter of each word,
// "lenient" treats a missing or extra sukun as right.
struct DiacritizationScores {
  double der = 0, der_no_case = 0, der_lenient = 0, der_no_case_lenient = 0;
  double wer = 0, wer_no_case = 0, wer_lenient = 0, wer_no_case_lenient = 0;
  size_t letters = 0;  // reference letters scored
  size_t words = 0;    // reference words scored

  // "der=1.23 der_noce=... wer_noce_len=..." in score.py's order and format.
  std::string DebugString() const;
};

// Accumulates scores line by line. Lines are UTF-8 (invalid bytes count as
// non-letters). Not thread-safe; cheap to create.
class DiacritizationScorer {
 public:
  explicit DiacritizationScorer(const DiacritizationScoreOptions& options = {});

  // Scores one predicted line against its reference line.
  void AddLine(std::string_view reference, std::string_view predicted);

  // Scores of all lines added so far.
  DiacritizationScores Scores() const;

 private:
  DiacritizationScoreOptions options_;
  size_t letter_errors_[4] = {};  // der, der_noce, der_len, der_noce_len
  size_t letter_totals_[4] = {};
  size_t word_errors_[4] = {};  // wer, wer_noce, wer_len, wer_noce_len
  size_t word_total_ = 0;
};

// Scores two whole texts line by line ('\n'), up to the shorter one's line
// count, as score.py does.
DiacritizationScores ScoreDiacritizedTexts(
    std::string_view reference, std::string_view predicted,
    const DiacritizationScoreOptions& options = {});

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_DIACRITIZATION_SCORE_H_
