#include "src/speech/diacritizer_trainer.h"

#include <algorithm>
#include <random>
#include <utility>

#include "absl/strings/str_cat.h"

#include "src/speech/diacritizer.h"
#include "src/speech/diacritizer_features.h"
#include "src/text/arabic.h"

namespace khulasa::speech {

namespace {

// Stands for "mark left out" in the training labels (see
// DiacritizerTrainerOptions::skip_unmarked).
constexpr uint8_t kUnmarked = 0xFF;

// Marks with kUnmarked the letters of `text` that should carry a mark but
// have none: the consonants of partly diacritized words, except the lam of
// the article (after an unmarked alef); only words' last letters when
// `last_only`.
void MarkUnmarkedLetters(bool last_only, LabeledText* text) {
  const std::u32string& chars = text->chars;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (!IsDiacritizableLetter(chars[i]) || text->labels[i] != 0 ||
        MayGoUnmarked(chars[i])) {
      continue;
    }
    if (last_only && i + 1 < chars.size() &&
        IsDiacritizableLetter(chars[i + 1])) {
      continue;
    }
    const bool article_lam =
        chars[i] == text::kLam && i > 0 &&
        (chars[i - 1] == text::kAlef || chars[i - 1] == text::kAlefWasla) &&
        text->labels[i - 1] == 0;
    if (!article_lam) text->labels[i] = kUnmarked;
  }
}

}  // namespace

DiacritizerTrainer::DiacritizerTrainer(const DiacritizerTrainerOptions& options)
    : options_(options) {}

void DiacritizerTrainer::AddLine(std::string_view diacritized_line,
                                 int repeat) {
  LabeledText text = ParseDiacritized(diacritized_line);
  if (options_.skip_unmarked > 0) {
    MarkUnmarkedLetters(options_.skip_unmarked == 1, &text);
  }
  size_t letters = 0;
  const std::u32string_view chars = text.chars;
  for (const WordSpan& span : FindWords(chars)) {
    const std::u32string_view word =
        chars.substr(span.begin, span.end - span.begin);
    std::string form(text.labels.begin() + static_cast<ptrdiff_t>(span.begin),
                     text.labels.begin() + static_cast<ptrdiff_t>(span.end));
    // Partly diacritized forms are no lexicon candidates; a bare last
    // letter counts as no mark there (the lexicon leaves it to the model).
    std::replace(form.end() - 1, form.end(), static_cast<char>(kUnmarked),
                 '\0');
    const uint64_t hash = HashWordLetters(word);
    ++word_counts_[hash];
    if (word.size() <= 255 &&
        form.find(static_cast<char>(kUnmarked)) == std::string::npos) {
      forms_[hash][form] += static_cast<uint32_t>(repeat);
      if (options_.max_pattern_forms > 0 && word.size() >= 3) {
        pattern_forms_[HashWordPattern(word)][form] +=
            static_cast<uint32_t>(repeat);
      }
    }
    letters += word.size();
  }
  if (letters == 0 || repeat <= 0) return;
  num_letters_ += letters * static_cast<size_t>(repeat);
  lines_.push_back({std::move(text), repeat});
}

absl::StatusOr<std::unique_ptr<DiacritizerModel>> DiacritizerTrainer::Train(
    const std::function<void(int, double)>& progress) {
  absl::Status fit = Fit(progress);
  if (!fit.ok()) return fit;
  return BuildModel(options_.prune_below, options_.weight_step);
}

absl::StatusOr<std::unique_ptr<DiacritizerModel>>
DiacritizerTrainer::BuildModel(float prune_below, float weight_step) const {
  if (averaged_.empty()) {
    return absl::FailedPreconditionError("BuildModel() before Fit()");
  }
  return DiacritizerModel::FromWeights(
      options_.table_bits, averaged_, lexicon_, prune_below, options_.stack,
      patterns_, options_.unknown_word_max_count > 0, weight_step);
}

absl::flat_hash_map<uint64_t, absl::flat_hash_map<std::string, uint32_t>>
DiacritizerTrainer::CountForms(int fold, int folds) const {
  absl::flat_hash_map<uint64_t, absl::flat_hash_map<std::string, uint32_t>>
      forms;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (folds > 1 && static_cast<int>(i % static_cast<size_t>(folds)) == fold) {
      continue;
    }
    const LabeledText& text = lines_[i].text;
    for (const WordSpan& word : FindWords(text.chars)) {
      if (word.end - word.begin > 255) continue;
      std::string form(text.labels.begin() + static_cast<ptrdiff_t>(word.begin),
                       text.labels.begin() + static_cast<ptrdiff_t>(word.end));
      std::replace(form.end() - 1, form.end(), static_cast<char>(kUnmarked),
                   '\0');
      if (form.find(static_cast<char>(kUnmarked)) != std::string::npos) {
        continue;
      }
      forms[HashWordLetters(std::u32string_view(text.chars)
                                .substr(word.begin, word.end - word.begin))]
           [form] += static_cast<uint32_t>(lines_[i].repeat);
    }
  }
  return forms;
}

absl::flat_hash_map<uint64_t, std::vector<LexiconForm>>
DiacritizerTrainer::BuildLexicon(const FormCounts& forms, int max_forms,
                                 uint32_t min_count) const {
  absl::flat_hash_map<uint64_t, std::vector<LexiconForm>> lexicon;
  for (const auto& [hash, counts] : forms) {
    std::vector<std::pair<std::string, uint32_t>> sorted(counts.begin(),
                                                         counts.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::vector<LexiconForm> kept;
    for (const auto& [labels, count] : sorted) {
      if (static_cast<int>(kept.size()) >= max_forms || count < min_count) {
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
  return lexicon;
}

std::vector<float> DiacritizerTrainer::RunEpochs(
    int fold, int folds, int epochs, uint64_t seed, bool stack,
    const std::vector<FirstPassOutput>* first_pass,
    const std::function<void(int, double)>& progress) {
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
    if (folds > 1 && static_cast<int>(i % static_cast<size_t>(folds)) == fold) {
      continue;
    }
    for (int r = 0; r < lines_[i].repeat; ++r) {
      order.push_back(static_cast<uint32_t>(i));
    }
  }
  // Updates the rows `f[0..num_rows)` towards `gold` and away from
  // `predicted`.
  auto update = [&](const uint32_t* f, int num_rows, int gold, int predicted) {
    for (int k = 0; k < num_rows; ++k) {
      const size_t base = size_t{f[k]} * kNumLabels;
      weights[base + static_cast<size_t>(gold)] += 1.0f;
      weights[base + static_cast<size_t>(predicted)] -= 1.0f;
      totals[base + static_cast<size_t>(gold)] += step;
      totals[base + static_cast<size_t>(predicted)] -= step;
    }
  };
  auto argmax = [](const float* scores) {
    int best = 0;
    for (int l = 1; l < kNumLabels; ++l) {
      if (scores[l] > scores[best]) best = l;
    }
    return best;
  };
  const uint32_t unknown_below = options_.unknown_word_max_count;
  std::vector<uint32_t> feature_rows;
  std::vector<float> last_scores;
  std::vector<uint8_t> stack_labels;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    // Fisher-Yates with mt19937_64 (std::shuffle's algorithm differs
    // between standard libraries; this is the same everywhere).
    std::mt19937_64 rng(seed + static_cast<uint64_t>(epoch));
    for (size_t i = order.size(); i > 1; --i) {
      const size_t j = static_cast<size_t>(rng() % i);
      std::swap(order[i - 1], order[j]);
    }
    size_t errors = 0, seen = 0;
    stack_errors_ = 0;
    stack_seen_ = 0;
    for (uint32_t line_index : order) {
      const LabeledText& text = lines_[line_index].text;
      feature_rows.clear();
      ExtractFeatures(text.chars, mask, &feature_rows);
      const std::vector<WordSpan> words = FindWords(text.chars);
      if (unknown_below > 0) {
        UseUnknownWordRowsWhere(
            text.chars, words, mask,
            [&](uint64_t word) {
              const auto found = word_counts_.find(word);
              return found == word_counts_.end() ||
                     found->second <= unknown_below;
            },
            &feature_rows);
      }
      // First-pass scores of each word's last letter, and the labels the
      // second pass sees: gold cores (at inference the lexicon gets most
      // cores right) with the first pass's case endings.
      last_scores.assign(words.size() * kNumLabels, 0.0f);
      stack_labels.assign(text.labels.begin(), text.labels.end());
      size_t letter = 0;
      size_t prev_begin = 0, prev_end = 0;
      int prev_label = kNoHistoryLabel, prev2_label = kNoHistoryLabel;
      for (size_t w = 0; w < words.size(); ++w) {
        const size_t b = words[w].begin, e = words[w].end;
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
            const float* row = &weights[size_t{f[k]} * kNumLabels];
            for (int l = 0; l < kNumLabels; ++l) scores[l] += row[l];
          }
          predicted = argmax(scores);
          if (p + 1 == e) {
            std::copy_n(scores, kNumLabels, &last_scores[w * kNumLabels]);
          }
          const int gold = text.labels[p];
          if (gold == kUnmarked) {
            // The text left this mark out: nothing to learn; the second
            // pass sees the prediction.
            stack_labels[p] = static_cast<uint8_t>(predicted);
          } else {
            ++seen;
            if (predicted != gold) {
              ++errors;
              update(f, num_rows, gold, predicted);
            }
          }
          step += 1;
        }
        // The history is what the model predicted, as at inference time.
        stack_labels[e - 1] = static_cast<uint8_t>(predicted);
        prev2_label = prev_label;
        prev_label = predicted;
        prev_begin = b;
        prev_end = e;
      }
      if (!stack) continue;
      // Second pass: the case endings again, with both neighbours' labels.
      // With `first_pass` it sees what a model that never saw this line
      // predicted (labels and last-letter scores), as at inference.
      if (first_pass != nullptr) {
        const FirstPassOutput& held_out = (*first_pass)[line_index];
        stack_labels = held_out.labels;
        last_scores = held_out.last_scores;
      }
      const std::vector<StackWordInfo> infos =
          SummarizeWords(text.chars, words, stack_labels.data());
      for (size_t w = 0; w < words.size(); ++w) {
        uint32_t f[kStackFeatures];
        ExtractStackFeatures(infos, w, mask, f);
        float* scores = &last_scores[w * kNumLabels];
        for (int k = 0; k < kStackFeatures; ++k) {
          const float* row = &weights[size_t{f[k]} * kNumLabels];
          for (int l = 0; l < kNumLabels; ++l) scores[l] += row[l];
        }
        const int predicted = argmax(scores);
        const int gold = text.labels[words[w].end - 1];
        if (gold == kUnmarked) continue;
        if (predicted != gold) {
          ++stack_errors_;
          update(f, kStackFeatures, gold, predicted);
        }
        ++stack_seen_;
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
  return weights;
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
  const int folds = options_.stack_folds;
  std::vector<FirstPassOutput> first_pass;
  if (options_.stack && folds >= 2) {
    // Jackknife: each fold's lines are diacritized by a first-pass model
    // (weights and lexicon) trained on the other folds, so that the second
    // pass learns from first-pass errors as they happen on unseen text.
    first_pass.resize(lines_.size());
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<float> weights =
          RunEpochs(fold, folds, options_.stack_fold_epochs,
                    options_.seed + 1000 * static_cast<uint64_t>(fold + 1),
                    false, nullptr, nullptr);
      auto model = DiacritizerModel::FromWeights(
          options_.table_bits, weights,
          BuildLexicon(CountForms(fold, folds), options_.max_forms_per_word,
                       options_.min_form_count),
          0.0f, false, {}, options_.unknown_word_max_count > 0,
          options_.weight_step);
      if (!model.ok()) return model.status();
      weights.clear();
      weights.shrink_to_fit();
      DiacritizerOptions decode;
      decode.use_stack = false;
      decode.kasra_under_hamza = false;
      auto diacritizer = Diacritizer::Create(std::move(*model), decode);
      if (!diacritizer.ok()) return diacritizer.status();
      for (size_t i = static_cast<size_t>(fold); i < lines_.size();
           i += static_cast<size_t>(folds)) {
        LabeledText bare = lines_[i].text;
        std::fill(bare.labels.begin(), bare.labels.end(), 0);
        (*diacritizer)
            ->FirstPass(bare, &first_pass[i].labels,
                        &first_pass[i].last_scores);
      }
    }
  }
  averaged_ = RunEpochs(-1, 0, options_.epochs, options_.seed, options_.stack,
                        first_pass.empty() ? nullptr : &first_pass, progress);
  lexicon_ = BuildLexicon(forms_, options_.max_forms_per_word,
                          options_.min_form_count);
  patterns_ = BuildLexicon(pattern_forms_, options_.max_pattern_forms,
                           options_.min_pattern_count);
  return absl::OkStatus();
}

}  // namespace khulasa::speech
