// Diacritizer: restores the short vowels, shadda, sukun and tanween of
// Arabic text (tashkeel), so that a speech synthesizer reads it correctly.
//
//   KHULASA_ASSIGN_OR_RETURN(auto diacritizer,
//       speech::Diacritizer::Load(base::ModelPath("diacritizer.bin")));
//   KHULASA_ASSIGN_OR_RETURN(std::string vowelled,
//       diacritizer->Diacritize(text));
//
// A linear model scores the 16 possible mark sets of each letter from hashed
// features of its letter window, word and neighbouring words. For a word
// seen in training, the best of its known forms under those scores is taken
// (for all letters but the last, whose case ending depends on the syntax);
// an unknown word takes the forms of its stem after a proclitic or before a
// pronoun suffix, or else the best label per letter. A second pass then
// re-scores each case ending from the first pass's labels of the words on
// both sides. Built once and immutable: Diacritize() is safe to call from
// many threads.
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include "src/speech/diacritizer_features.h"
#include "src/speech/diacritizer_labels.h"
#include "src/speech/diacritizer_model.h"

namespace khulasa::speech {

struct DiacritizerOptions {
  // Inputs longer than this are refused with kResourceExhausted.
  size_t max_input_bytes = size_t{16} << 20;
  // Choose among the forms a word had in training (false: per letter only).
  bool use_lexicon = true;
  // Whether a lexicon form also fixes the word's last letter.
  bool lexicon_covers_last_letter = false;
  // Weight of log(count + 1) of a lexicon form against the model's scores
  // (4 was best on the first 300 lines of Fadel val.txt).
  float lexicon_prior = 4.0f;
  // The same weight for the forms of an unknown word's stem (after a
  // proclitic or before a pronoun); negative: lexicon_prior.
  float split_prior = -1.0f;
  // Whether to write the helper vowel that joins a word ending in sukun to a
  // following hamzat-wasl word, as it is spoken (min-a l-, a'lanat-i l-).
  // False writes the sukun instead, the WikiNews-2014 gold convention. Only
  // words whose training forms end in sukun often enough are changed.
  bool helper_vowels = true;
  // Whether an alef with hamza below (U+0625) left without a mark gets its
  // kasra, which it always carries in speech. Much of the training text
  // (and the Fadel test set) leaves that kasra out; the WikiNews gold writes
  // it.
  bool kasra_under_hamza = true;
  // Whether to run the model's second pass over case endings (when it has
  // one), which sees the labels of the words on both sides.
  bool use_stack = true;
  // Whether every consonant gets a mark, as in fully diacritized text (the
  // last letter a case vowel, tanween or sukun; only the article's lam may
  // stay bare): partly diacritized training forms (قَوْلهُ) and letter scores
  // that favour "no mark" otherwise leave some bare.
  bool mark_all_consonants = true;
  // Whether an unknown word ending in a pronoun (-hu, -ha, -hum, -na, ...)
  // takes its stem's forms from the lexicon.
  bool enclitic_candidates = true;
  // Whether an unknown word ending in an inflection suffix (-at, -un, -in,
  // -an, -iyya, -u, -t, ...) takes its stem's forms the same way (with
  // enclitic_candidates).
  bool suffix_candidates = true;
  // Whether a word that neither the lexicon nor a known stem explains and
  // that looks like a transliterated name (no article, at least two long-
  // vowel letters ا و ي inside, no Arabic plural, dual or pronoun ending, not
  // ending in ة) is vowelled as news text writes names: the short vowel that
  // goes with each long vowel, sukun closing a syllable after a long vowel,
  // and sukun at the end (foreign names take no case ending).
  bool transliterated_names = true;
  // Whether an unknown word with no known stem takes whole-word candidates
  // from the pattern lexicon (when the model has one), and the weight of
  // log(count + 1) of such a template.
  bool pattern_candidates = true;
  float pattern_prior = 1.0f;
  // Hypotheses kept by the first pass's beam search over the words' case
  // endings (whose history features see the two previous case endings);
  // 1 is greedy left to right, as in training. 8 was best on Fadel
  // val.txt (DER 4.93 against 4.95 greedy; 16 gave the same).
  int beam_width = 8;
  // Rounds of the second pass, each seeing the labels of the one before.
  int stack_rounds = 1;
  // Whether the labels go through RepairVowelling (vowelling_repair.h) last,
  // so that no word breaks a rule of well-formed vowelling (two sukuns in a
  // row, double tanween, tanween inside a word, shadda without a vowel, a
  // mark on a long vowel). False only to measure what the model alone does.
  bool repair_vowelling = true;
};

class Diacritizer {
 public:
  // Takes ownership of a loaded model.
  static absl::StatusOr<std::unique_ptr<Diacritizer>> Create(
      std::unique_ptr<DiacritizerModel> model,
      const DiacritizerOptions& options = {});

  // Loads the model file at `path`: kNotFound when it is missing, kDataLoss
  // when it is corrupt.
  static absl::StatusOr<std::unique_ptr<Diacritizer>> Load(
      const std::string& path, const DiacritizerOptions& options = {});

  // Holds the model: not copyable.
  Diacritizer(const Diacritizer&) = delete;
  Diacritizer& operator=(const Diacritizer&) = delete;

  // Returns `text` with marks on every Arabic letter. Everything else (Latin,
  // digits, punctuation, spacing, line breaks) is copied unchanged. Marks the
  // input already has are kept and constrain the rest of the word; shadda is
  // always written before the vowel. Lines are diacritized independently.
  // kInvalidArgument for invalid UTF-8 (with the byte offset),
  // kResourceExhausted past options.max_input_bytes.
  absl::StatusOr<std::string> Diacritize(std::string_view text) const;

  // Predicts a label for every code point of `text.chars` (0 for
  // non-letters). Letters with a non-zero label in `text.labels` keep it.
  std::vector<uint8_t> PredictLabels(const LabeledText& text) const;

  // The first pass alone (no second pass over case endings, no helper
  // vowel or hamza kasra conventions): *labels as PredictLabels, and for
  // each word (FindWords) the kNumLabels scores of its last letter; when
  // `known` is set, for each word whether the lexicon knew it or its stem.
  void FirstPass(const LabeledText& text, std::vector<uint8_t>* labels,
                 std::vector<float>* last_scores,
                 std::vector<bool>* known = nullptr) const;

  const DiacritizerModel& model() const { return *model_; }

 private:
  Diacritizer(std::unique_ptr<DiacritizerModel> model,
              const DiacritizerOptions& options);

  // Chooses the labels of one word's letters from their scores. Returns
  // whether the lexicon had forms for the word or for its stem.
  bool DecodeWord(std::u32string_view letters, const float* scores,
                  const uint8_t* given, uint8_t* out) const;

  // FirstPass's case endings by beam search (options_.beam_width > 1).
  void FirstPassBeam(const LabeledText& text, std::vector<uint8_t>* labels,
                     std::vector<float>* last_scores,
                     std::vector<bool>* known) const;

  // Gives the words with no lexicon forms the rows of unknown words
  // (UseUnknownWordRows) when the model was trained with them.
  void MarkUnknownWords(std::u32string_view chars,
                        const std::vector<WordSpan>& words,
                        std::vector<uint32_t>* rows) const;

  // Turns helper vowels before hamzat-wasl words back into sukun.
  void WriteSukunBeforeWasla(std::u32string_view chars,
                             std::vector<uint8_t>* labels) const;

  std::unique_ptr<DiacritizerModel> model_;
  DiacritizerOptions options_;
};

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_H_
