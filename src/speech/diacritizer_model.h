// The diacritizer's trained parameters: a hashed table of per-label weights
// (whole multiples of one weight step) and a lexicon of the diacritized
// forms seen in training for each undiacritized word, with their counts.
// Built once, immutable afterwards; const methods are thread-safe.
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_MODEL_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

#include "src/speech/diacritizer_labels.h"

namespace khulasa::speech {

// One diacritized form of a word: a label per letter and how often it was
// seen in training.
struct LexiconForm {
  std::vector<uint8_t> labels;
  uint32_t count = 0;
};

class DiacritizerModel {
 public:
  // Largest table the format accepts (2^kMaxTableBits rows).
  static constexpr int kMaxTableBits = 24;
  // The default weight step: fine enough for any training set (a small
  // one has small averaged weights). `khulasa train diacritizer` uses a
  // coarser one chosen on Fadel val.txt (--weight-step).
  static constexpr float kDefaultWeightStep = 1.0f / 64;

  // Builds a model from float weights (rows x kNumLabels, row-major) and a
  // lexicon keyed by HashWordLetters(). Rows whose largest |weight| is at
  // most `prune_below` are dropped (set to zero). Weights are rounded to
  // whole multiples of `weight_step` (> 0); the rows of a perceptron sum to
  // zero (each update adds to one label what it takes from another), and
  // each row's lowest non-zero label takes minus the sum of the others, so
  // that the file need not store it. `table_bits` must match
  // weights.size() == kNumLabels << table_bits.
  static absl::StatusOr<std::unique_ptr<DiacritizerModel>> FromWeights(
      int table_bits, const std::vector<float>& weights,
      absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon,
      float prune_below, bool stacked = false,
      absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> patterns = {},
      bool unknown_word_rows = false, float weight_step = kDefaultWeightStep);

  // Parses the bytes written by Serialize(). kDataLoss when they are
  // truncated, corrupt (checksum) or of another format or version (files
  // of versions before 5 are refused: retrain them).
  static absl::StatusOr<std::unique_ptr<DiacritizerModel>> Parse(
      std::string_view bytes);

  // Reads and parses a model file: kNotFound when it does not exist,
  // kDataLoss when it is corrupt.
  static absl::StatusOr<std::unique_ptr<DiacritizerModel>> Load(
      const std::string& path);

  // Holds a large table: not copyable.
  DiacritizerModel(const DiacritizerModel&) = delete;
  DiacritizerModel& operator=(const DiacritizerModel&) = delete;

  // The compact binary form (Huffman-coded sparse rows and lexicon,
  // checksum).
  std::string Serialize() const;

  // The file bytes of a model body (what follows the magic and precedes
  // the checksum): the magic, `body`, then the checksum. Serialize() uses
  // it; diacritizer_model_fuzzer builds files with it.
  static std::string Seal(std::string_view body);

  uint32_t row_mask() const { return row_mask_; }
  float weight_step() const { return weight_step_; }

  // Whether the table also holds the second pass's stack features
  // (kStackFeatures in diacritizer_features.h) for case endings.
  bool stacked() const { return stacked_; }

  // Whether the model was trained with unknown-word rows
  // (UseUnknownWordRows in diacritizer_features.h) for its rarest words:
  // words without lexicon forms should then use them.
  bool unknown_word_rows() const { return unknown_word_rows_; }

  // Adds the weights of `num_rows` feature rows to scores[0..kNumLabels).
  void AddScores(const uint32_t* rows, int num_rows, float* scores) const;

  // The forms of the word with HashWordLetters() == `word_hash`, or nullptr.
  const std::vector<LexiconForm>* FindForms(uint64_t word_hash) const;

  // The forms of the word pattern with HashWordPattern() == `pattern_hash`
  // (labels of whole words of that pattern, with counts), or nullptr.
  const std::vector<LexiconForm>* FindPatternForms(uint64_t pattern_hash) const;
  size_t num_patterns() const { return patterns_.size(); }

  // Number of non-zero weight rows and lexicon words (for reports).
  size_t num_nonzero_rows() const;
  size_t num_words() const { return lexicon_.size(); }

 private:
  DiacritizerModel() = default;

  int table_bits_ = 0;
  uint32_t row_mask_ = 0;
  bool stacked_ = false;
  bool unknown_word_rows_ = false;
  float weight_step_ = kDefaultWeightStep;
  // The non-zero rows, packed: slots_[row] is the row's index in packed_,
  // 0 for an empty row (packed_[0] is unused). Most rows of a large table
  // are empty, so this takes half the memory of a dense table. A weight is
  // weights[k] * weight_step_; 32-byte rows never straddle a cache line.
  struct alignas(32) PackedRow {
    int16_t weights[kNumLabels] = {};
  };
  std::vector<uint32_t> slots_;
  std::vector<PackedRow> packed_;
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon_;
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> patterns_;
};

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_MODEL_H_
