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
  // Forms kept per lexicon word (most frequent first).
  int max_forms_per_word = 6;
  // Forms seen fewer times than this are not kept in the lexicon.
  uint32_t min_form_count = 1;
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

  // Runs the epochs and builds the model. `progress`, when set, is called
  // after each epoch with the epoch number (1-based) and the fraction of
  // training letters mispredicted during it.
  absl::StatusOr<std::unique_ptr<DiacritizerModel>> Train(
      const std::function<void(int, double)>& progress = nullptr);

  // The two halves of Train(): Fit() runs the epochs, BuildModel() prunes,
  // quantizes and packs the result (callable several times after Fit(), e.g.
  // to compare pruning thresholds).
  absl::Status Fit(const std::function<void(int, double)>& progress = nullptr);
  absl::StatusOr<std::unique_ptr<DiacritizerModel>> BuildModel(
      float prune_below) const;

 private:
  struct Line {
    LabeledText text;
    int repeat;
  };

  DiacritizerTrainerOptions options_;
  std::vector<Line> lines_;
  size_t num_letters_ = 0;
  // Word hash -> (labels as bytes -> count).
  absl::flat_hash_map<uint64_t, absl::flat_hash_map<std::string, uint32_t>>
      forms_;
  // Set by Fit(): averaged weights and the pruned lexicon.
  std::vector<float> averaged_;
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon_;
};

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_TRAINER_H_
