// Trains the diacritizer's model: an averaged perceptron over the hashed
// letter features of diacritizer_features.h, plus the lexicon of diacritized
// forms per word. Deterministic: the same lines in the same order with the
// same options give a byte-identical model.
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_TRAINER_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

#include "src/speech/diacritizer_labels.h"
#include "src/speech/diacritizer_model.h"

namespace khulasa::speech {

struct DiacritizerTrainerOptions {
  // The weight table has 2^table_bits rows of kNumLabels weights.
  int table_bits = 21;
  // Passes over the training lines.
  int epochs = 6;
  // Seed of the per-epoch shuffle.
  uint64_t seed = 20261129;
  // Rows whose largest averaged |weight| is at most this are dropped.
  float prune_below = 0.0f;
  // The averaged weights are rounded to whole multiples of this
  // (DiacritizerModel::FromWeights).
  float weight_step = DiacritizerModel::kDefaultWeightStep;
  // Forms kept per lexicon word (most frequent first).
  int max_forms_per_word = 6;
  // Whether a consonant without marks in the training text (partly
  // diacritized words: much of the Tashkeela text leaves case endings and
  // whole formulas bare) is taken as "mark left out" rather than "no mark":
  // no update for that letter, and the word's form stays out of the
  // lexicon. Long vowels, alef forms and the article's lam may go bare.
  // 0: off; 1: only at words' last letters (the case endings); 2: all
  // letters.
  int skip_unmarked = 1;
  // Whether to train the second (stacked) pass over case endings.
  bool stack = true;
  // Folds of the jackknife that gives the second pass first-pass output on
  // lines the first pass never saw (below 2, the default: the online first
  // pass's own predictions, which scored better), and the epochs of each
  // fold's first pass.
  int stack_folds = 0;
  int stack_fold_epochs = 4;
  // Forms seen fewer times than this are not kept in the lexicon.
  uint32_t min_form_count = 1;
  // Pattern lexicon (whole-word label sequences per word pattern, the
  // candidates of unknown words): forms kept per pattern and their least
  // count; 0 forms: no pattern lexicon (the default: it made Fadel val and
  // WikiNews slightly worse).
  int max_pattern_forms = 0;
  uint32_t min_pattern_count = 3;
  // Words that occur at most this many times in the training text (each
  // added line counted once, whatever its repeat) are trained as
  // unknown words (UseUnknownWordRows): their word-keyed rows are replaced
  // by rows shared by all unknown words, which then learn what a word never
  // seen looks like, as the diacritizer treats words without lexicon forms.
  // 0: off. 1 was best (Fadel val and WikiNews); 3 was worse on both.
  uint32_t unknown_word_max_count = 1;
};

class DiacritizerTrainer {
 public:
  explicit DiacritizerTrainer(const DiacritizerTrainerOptions& options);

  // Holds the training set: not copyable.
  DiacritizerTrainer(const DiacritizerTrainer&) = delete;
  DiacritizerTrainer& operator=(const DiacritizerTrainer&) = delete;

  // Adds one diacritized line, visited `repeat` times per epoch (weighting
  // one source over another). Lines without letters are ignored.
  void AddLine(std::string_view diacritized_line, int repeat);

  size_t num_lines() const { return lines_.size(); }
  size_t num_letters() const { return num_letters_; }

  // Case-ending error rate of the second pass in the last epoch (0 when
  // not stacked).
  double stack_error_rate() const {
    return stack_seen_ == 0 ? 0.0
                            : static_cast<double>(stack_errors_) /
                                  static_cast<double>(stack_seen_);
  }

  // Runs the epochs and builds the model. `progress`, when set, is called
  // after each epoch with the epoch number (1-based) and the fraction of
  // training letters mispredicted during it.
  absl::StatusOr<std::unique_ptr<DiacritizerModel>> Train(
      const std::function<void(int, double)>& progress = nullptr);

  // The two halves of Train(): Fit() runs the epochs, BuildModel() prunes,
  // quantizes and packs the result (callable several times after Fit(), e.g.
  // to compare pruning thresholds and weight steps).
  absl::Status Fit(const std::function<void(int, double)>& progress = nullptr);
  absl::StatusOr<std::unique_ptr<DiacritizerModel>> BuildModel(
      float prune_below,
      float weight_step = DiacritizerModel::kDefaultWeightStep) const;

 private:
  struct Line {
    LabeledText text;
    int repeat;
  };
  // What a first pass that never saw a line made of it: its labels (one
  // per code point) and the scores of each word's last letter.
  struct FirstPassOutput {
    std::vector<uint8_t> labels;
    std::vector<float> last_scores;
  };
  using FormCounts =
      absl::flat_hash_map<uint64_t, absl::flat_hash_map<std::string, uint32_t>>;

  // Counts the forms of the lines outside `fold` (all lines when folds < 2).
  FormCounts CountForms(int fold, int folds) const;
  // The most frequent forms of each word.
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> BuildLexicon(
      const FormCounts& forms, int max_forms, uint32_t min_count) const;
  // Trains on the lines outside `fold` and returns the averaged weights.
  std::vector<float> RunEpochs(
      int fold, int folds, int epochs, uint64_t seed, bool stack,
      const std::vector<FirstPassOutput>* first_pass,
      const std::function<void(int, double)>& progress);

  DiacritizerTrainerOptions options_;
  std::vector<Line> lines_;
  size_t num_letters_ = 0;
  size_t stack_errors_ = 0;
  size_t stack_seen_ = 0;
  // Word hash -> (labels as bytes -> count).
  absl::flat_hash_map<uint64_t, absl::flat_hash_map<std::string, uint32_t>>
      forms_;
  // Word hash -> occurrences in the added lines (a line's repeat not
  // counted); compared with unknown_word_max_count.
  absl::flat_hash_map<uint64_t, uint32_t> word_counts_;
  // Word pattern hash -> (labels as bytes -> count).
  absl::flat_hash_map<uint64_t, absl::flat_hash_map<std::string, uint32_t>>
      pattern_forms_;
  // Set by Fit(): averaged weights and the pruned lexicon.
  std::vector<float> averaged_;
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon_;
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> patterns_;
};

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_TRAINER_H_
