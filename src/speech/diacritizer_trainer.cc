#include "src/speech/diacritizer_trainer.h"

#include <algorithm>
#include <random>
#include <utility>

#include "absl/strings/str_cat.h"

#include "src/speech/diacritizer_features.h"

namespace khulasa::speech {

DiacritizerTrainer::DiacritizerTrainer(const DiacritizerTrainerOptions& options)
    : options_(options) {}

void DiacritizerTrainer::AddLine(std::string_view diacritized_line,
                                 int repeat) {
  LabeledText text = ParseDiacritized(diacritized_line);
  size_t letters = 0;
  const std::u32string_view chars = text.chars;
  for (size_t i = 0; i < chars.size();) {
    if (!IsDiacritizableLetter(chars[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < chars.size() && IsDiacritizableLetter(chars[end])) ++end;
    if (end - i <= 255) {
      std::string form(text.labels.begin() + static_cast<ptrdiff_t>(i),
                       text.labels.begin() + static_cast<ptrdiff_t>(end));
      forms_[HashWordLetters(chars.substr(i, end - i))][form] +=
          static_cast<uint32_t>(repeat);
    }
    letters += end - i;
    i = end;
  }
  if (letters == 0 || repeat <= 0) return;
  num_letters_ += letters * static_cast<size_t>(repeat);
  lines_.push_back({std::move(text), repeat});
}

absl::StatusOr<std::unique_ptr<DiacritizerModel>> DiacritizerTrainer::Train(
    const std::function<void(int, double)>& progress) {
  absl::Status fit = Fit(progress);
  if (!fit.ok()) return fit;
  return BuildModel(options_.prune_below);
}

absl::StatusOr<std::unique_ptr<DiacritizerModel>>
DiacritizerTrainer::BuildModel(float prune_below) const {
  if (averaged_.empty()) {
    return absl::FailedPreconditionError("BuildModel() before Fit()");
  }
  return DiacritizerModel::FromWeights(options_.table_bits, averaged_, lexicon_,
                                       prune_below);
}

absl::Status DiacritizerTrainer::Fit(
    const std::function<void(int, double)>& progress) {
  if (options_.table_bits < 1 ||
      options_.table_bits > DiacritizerModel::kMaxTableBits) {
    return absl::InvalidArgumentError(
        absl::StrCat("table_bits ", options_.table_bits, " out of range"));
  }
  if (lines_.empty()) {
    return absl::InvalidArgumentError("no diacritized training lines");
  }
  const size_t rows = size_t{1} << options_.table_bits;
  const uint32_t mask = static_cast<uint32_t>(rows - 1);
  // Averaged perceptron with the usual trick: `weights` is the current
  // vector, `totals` sums step * update, and the average is
  // weights - totals / steps.
  std::vector<float> weights(rows * kNumLabels, 0.0f);
  std::vector<double> totals(rows * kNumLabels, 0.0);
  double step = 1;

  std::vector<uint32_t> order;
  for (size_t i = 0; i < lines_.size(); ++i) {
    for (int r = 0; r < lines_[i].repeat; ++r) {
      order.push_back(static_cast<uint32_t>(i));
    }
  }
  std::vector<uint32_t> feature_rows;
  for (int epoch = 1; epoch <= options_.epochs; ++epoch) {
    // Fisher-Yates with mt19937_64 (std::shuffle's algorithm differs
    // between standard libraries; this is the same everywhere).
    std::mt19937_64 rng(options_.seed + static_cast<uint64_t>(epoch));
    for (size_t i = order.size(); i > 1; --i) {
      const size_t j = static_cast<size_t>(rng() % i);
      std::swap(order[i - 1], order[j]);
    }
    size_t errors = 0, seen = 0;
    for (uint32_t line_index : order) {
      const LabeledText& text = lines_[line_index].text;
      feature_rows.clear();
      ExtractFeatures(text.chars, mask, &feature_rows);
      size_t letter = 0;
      size_t prev_begin = 0, prev_end = 0;
      int prev_label = kNoHistoryLabel, prev2_label = kNoHistoryLabel;
      const size_t n = text.chars.size();
      for (size_t b = 0; b < n;) {
        if (!IsDiacritizableLetter(text.chars[b])) {
          ++b;
          continue;
        }
        size_t e = b;
        while (e < n && IsDiacritizableLetter(text.chars[e])) ++e;
        uint32_t f[kFeaturesPerLetter + kHistoryFeatures];
        int predicted = 0;
        for (size_t p = b; p < e; ++p) {
          std::copy_n(&feature_rows[letter * kFeaturesPerLetter],
                      kFeaturesPerLetter, f);
          ++letter;
          int num_rows = kFeaturesPerLetter;
          if (p + 1 == e) {
            ExtractHistoryFeatures(text.chars, b, e, prev_begin, prev_end,
                                   prev_label, prev2_label, mask,
                                   &f[kFeaturesPerLetter]);
            num_rows += kHistoryFeatures;
          }
          float scores[kNumLabels] = {};
          for (int k = 0; k < num_rows; ++k) {
            const float* w = &weights[size_t{f[k]} * kNumLabels];
            for (int l = 0; l < kNumLabels; ++l) scores[l] += w[l];
          }
          predicted = 0;
          for (int l = 1; l < kNumLabels; ++l) {
            if (scores[l] > scores[predicted]) predicted = l;
          }
          const int gold = text.labels[p];
          ++seen;
          if (predicted != gold) {
            ++errors;
            for (int k = 0; k < num_rows; ++k) {
              const size_t base = size_t{f[k]} * kNumLabels;
              weights[base + static_cast<size_t>(gold)] += 1.0f;
              weights[base + static_cast<size_t>(predicted)] -= 1.0f;
              totals[base + static_cast<size_t>(gold)] += step;
              totals[base + static_cast<size_t>(predicted)] -= step;
            }
          }
          step += 1;
        }
        // The history is what the model predicted, as at inference time.
        prev2_label = prev_label;
        prev_label = predicted;
        prev_begin = b;
        prev_end = e;
        b = e;
      }
    }
    if (progress) {
      progress(epoch, seen == 0 ? 0.0
                                : static_cast<double>(errors) /
                                      static_cast<double>(seen));
    }
  }
  for (size_t i = 0; i < weights.size(); ++i) {
    weights[i] -= static_cast<float>(totals[i] / step);
  }
  totals.clear();
  totals.shrink_to_fit();

  averaged_ = std::move(weights);
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>>& lexicon = lexicon_;
  lexicon.clear();
  for (const auto& [hash, counts] : forms_) {
    std::vector<std::pair<std::string, uint32_t>> sorted(counts.begin(),
                                                         counts.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::vector<LexiconForm> kept;
    for (const auto& [labels, count] : sorted) {
      if (static_cast<int>(kept.size()) >= options_.max_forms_per_word ||
          count < options_.min_form_count) {
        break;
      }
      // A hash shared by words of different lengths keeps the first length.
      if (!kept.empty() && kept.front().labels.size() != labels.size()) {
        continue;
      }
      kept.push_back(
          {std::vector<uint8_t>(labels.begin(), labels.end()), count});
    }
    if (!kept.empty()) lexicon.emplace(hash, std::move(kept));
  }
  return absl::OkStatus();
}

}  // namespace khulasa::speech
