// `khulasa train diacritizer [--data DIR] [-o FILE] [options]`: trains the
// diacritizer from the TRAIN files of $KHULASA_SHARED_DIR/data/tashkeela
// (never its test sets: Fadel test.txt, WikiNews, SadeedDiac-25) and writes
// the model file. Deterministic: same data and flags, same bytes.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"

#include "src/base/file_reader.h"
#include "src/base/model_path.h"
#include "src/eval/diacritization_score.h"
#include "src/speech/diacritizer.h"
#include "src/speech/diacritizer_trainer.h"
#include "src/text/utf8.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"

namespace khulasa::cli {
namespace {

struct TrainDiacritizerFlags {
  std::string data_dir;
  std::string output;
  int epochs = 8;
  int table_bits = 24;
  int msa_repeat = 3;
  int news_repeat = 12;
  int classical_repeat = 1;
  int classical_every = 1;
  int holdout_every = 0;
  int val_lines = 0;
  float prune_below = 2.0f;
  // Fadel val.txt did not move from 0.1 to 0.4 and lost from 0.5.
  float weight_step = 0.25f;
  int max_forms = 6;
  int min_form_count = 1;
  bool stack = true;
  int skip_unmarked = 1;
  int unknown_below = 1;
  int stack_folds = 0;
  int stack_fold_epochs = 4;
  int max_pattern_forms = 0;
  int min_pattern_count = 3;
  std::vector<float> also_prune;
  std::vector<float> also_step;
};

// Modern Standard Arabic training files (relative to tashkeela/extra). The
// news-like ones get `news_repeat`, the rest `msa_repeat`.
constexpr const char* kNewsFiles[] = {
    "tashkeela_msa/aljazeera.txt",
    "tashkeela_msa/manual.txt",
    "arabic_speech_corpus/asc_train.txt",
};
constexpr const char* kMsaFiles[] = {
    "tashkeela_msa/al-kalema.org.txt",
    "tashkeela_msa/enfal.de.txt",
    "tashkeela_msa/sulaity.txt",
    "tashkeela_msa/\u0645\u0646\u0648\u0639.txt",
    "tashkeela_msa/\u0643\u062a\u0628_\u062d\u062f\u064a\u062b\u0629.part1.txt",
    "tashkeela_msa/\u0643\u062a\u0628_\u062d\u062f\u064a\u062b\u0629.part2.txt",
};
constexpr const char* kClassicalDir = "tashkeela_classical";
// The held-out news lines come from this file when --holdout-every is set.
constexpr const char* kHoldoutFile = "tashkeela_msa/aljazeera.txt";

std::string DefaultDataDir() {
  const char* shared = std::getenv("KHULASA_SHARED_DIR");
  std::string base = shared != nullptr && *shared != '\0'
                         ? std::string(shared)
                         : base::ModelDir() + "/../../shared";
  return base + "/data/tashkeela";
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since)
      .count();
}

// Scores `diacritizer` on gold lines (their marks stripped first).
eval::DiacritizationScores ScoreOn(const speech::Diacritizer& diacritizer,
                                   const std::vector<std::string>& gold,
                                   bool qcri) {
  eval::DiacritizationScorer scorer({.qcri_normalize = qcri});
  for (const std::string& line : gold) {
    speech::LabeledText text = speech::ParseDiacritized(line);
    std::fill(text.labels.begin(), text.labels.end(), 0);
    const std::vector<uint8_t> labels = diacritizer.PredictLabels(text);
    std::string predicted;
    for (size_t i = 0; i < text.chars.size(); ++i) {
      text::AppendUtf8(text.chars[i], &predicted);
      speech::AppendLabelMarks(labels[i], &predicted);
    }
    scorer.AddLine(line, predicted);
  }
  return scorer.Scores();
}

int Run(const TrainDiacritizerFlags& flags) {
  const auto start = std::chrono::steady_clock::now();
  const std::string extra = flags.data_dir + "/extra";
  speech::DiacritizerTrainer trainer(
      {.table_bits = flags.table_bits,
       .epochs = flags.epochs,
       .prune_below = flags.prune_below,
       .weight_step = flags.weight_step,
       .max_forms_per_word = flags.max_forms,
       .skip_unmarked = flags.skip_unmarked,
       .stack = flags.stack,
       .stack_folds = flags.stack_folds,
       .stack_fold_epochs = flags.stack_fold_epochs,
       .min_form_count = static_cast<uint32_t>(flags.min_form_count),
       .max_pattern_forms = flags.max_pattern_forms,
       .min_pattern_count = static_cast<uint32_t>(flags.min_pattern_count),
       .unknown_word_max_count = static_cast<uint32_t>(flags.unknown_below)});
  std::vector<std::string> holdout;
  auto add_file = [&](const std::string& relative, int repeat,
                      int every) -> absl::Status {
    auto bytes = base::ReadFileOrStdin(extra + "/" + relative, 64u << 20);
    if (!bytes.ok()) return bytes.status();
    const bool hold = flags.holdout_every > 0 && relative == kHoldoutFile;
    size_t index = 0;
    for (std::string_view line : SplitLines(*bytes)) {
      ++index;
      if (hold && index % static_cast<size_t>(flags.holdout_every) == 0) {
        holdout.emplace_back(line);
        continue;
      }
      if (every > 1 && index % static_cast<size_t>(every) != 0) continue;
      trainer.AddLine(line, repeat);
    }
    return absl::OkStatus();
  };
  for (const char* file : kNewsFiles) {
    if (absl::Status s = add_file(file, flags.news_repeat, 1); !s.ok()) {
      return ReportError(s);
    }
  }
  for (const char* file : kMsaFiles) {
    if (absl::Status s = add_file(file, flags.msa_repeat, 1); !s.ok()) {
      return ReportError(s);
    }
  }
  if (flags.classical_repeat > 0) {
    std::vector<std::string> books;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(
             extra + "/" + kClassicalDir, error)) {
      if (entry.path().extension() == ".txt") {
        books.push_back(entry.path().filename().string());
      }
    }
    if (error) {
      return ReportError(absl::NotFoundError("cannot list " + extra + "/" +
                                             kClassicalDir + ": " +
                                             error.message()));
    }
    std::sort(books.begin(), books.end());  // fixed order: determinism
    for (const std::string& book : books) {
      if (absl::Status s =
              add_file(std::string(kClassicalDir) + "/" + book,
                       flags.classical_repeat, flags.classical_every);
          !s.ok()) {
        return ReportError(s);
      }
    }
  }
  std::fprintf(stderr,
               "loaded %zu lines, %zu letter visits per epoch (%.1fs)\n",
               trainer.num_lines(), trainer.num_letters(), Seconds(start));
  absl::Status fit = trainer.Fit([&](int epoch, double error_rate) {
    std::fprintf(stderr,
                 "epoch %d: training letter error %.4f, second-pass case "
                 "ending error %.4f (%.1fs)\n",
                 epoch, error_rate, trainer.stack_error_rate(), Seconds(start));
  });
  if (!fit.ok()) return ReportError(fit);
  // Tuning: other pruning thresholds and weight steps, each with the
  // other setting at its flag's value.
  std::vector<std::pair<float, float>> extras;
  for (float prune : flags.also_prune) extras.push_back({prune, -1.0f});
  for (float step : flags.also_step) extras.push_back({-1.0f, step});
  for (const auto& [prune, step] : extras) {
    auto extra_model =
        trainer.BuildModel(prune >= 0 ? prune : flags.prune_below,
                           step > 0 ? step : flags.weight_step);
    if (!extra_model.ok()) return ReportError(extra_model.status());
    const std::string path = prune >= 0
                                 ? absl::StrCat(flags.output, ".prune", prune)
                                 : absl::StrCat(flags.output, ".step", step);
    const std::string extra_bytes = (*extra_model)->Serialize();
    std::fprintf(stderr, "%s: %zu rows, %zu bytes\n", path.c_str(),
                 (*extra_model)->num_nonzero_rows(), extra_bytes.size());
    if (absl::Status s = WriteOutput(path, extra_bytes); !s.ok()) {
      return ReportError(s);
    }
  }
  auto model = trainer.BuildModel(flags.prune_below, flags.weight_step);
  if (!model.ok()) return ReportError(model.status());
  const std::string bytes = (*model)->Serialize();
  std::fprintf(stderr,
               "model: %zu non-zero rows, %zu words, %zu patterns, %zu "
               "bytes\n",
               (*model)->num_nonzero_rows(), (*model)->num_words(),
               (*model)->num_patterns(), bytes.size());
  if (absl::Status s = WriteOutput(flags.output, bytes); !s.ok()) {
    return ReportError(s);
  }
  std::fprintf(stderr, "wrote %s (%.1fs)\n", flags.output.c_str(),
               Seconds(start));
  if (holdout.empty() && flags.val_lines <= 0) return kExitOk;

  auto diacritizer = speech::Diacritizer::Load(flags.output);
  if (!diacritizer.ok()) return ReportError(diacritizer.status());
  if (!holdout.empty()) {
    std::fprintf(stderr, "held-out news (%zu lines) strict: %s\n",
                 holdout.size(),
                 ScoreOn(**diacritizer, holdout, false).DebugString().c_str());
    std::fprintf(stderr, "held-out news qcri-norm: %s\n",
                 ScoreOn(**diacritizer, holdout, true).DebugString().c_str());
  }
  if (flags.val_lines > 0) {
    auto val = base::ReadFileOrStdin(flags.data_dir + "/val.txt", 64u << 20);
    if (!val.ok()) return ReportError(val.status());
    std::vector<std::string> gold;
    for (std::string_view line : SplitLines(*val)) {
      if (static_cast<int>(gold.size()) >= flags.val_lines) break;
      gold.emplace_back(line);
    }
    std::fprintf(stderr, "fadel val (%zu lines) strict: %s\n", gold.size(),
                 ScoreOn(**diacritizer, gold, false).DebugString().c_str());
  }
  return kExitOk;
}

}  // namespace

Command AddTrainDiacritizerCommand(CLI::App& parent) {
  auto flags = std::make_shared<TrainDiacritizerFlags>();
  flags->data_dir = DefaultDataDir();
  flags->output = base::ModelPath("diacritizer.bin");
  CLI::App* app = parent.add_subcommand(
      "diacritizer", "train the diacritizer from ../shared/data/tashkeela");
  app->add_option("--data", flags->data_dir, "the tashkeela data folder")
      ->capture_default_str();
  app->add_option("-o,--output", flags->output, "model file to write")
      ->capture_default_str();
  app->add_option("--epochs", flags->epochs, "perceptron epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  app->add_option("--table-bits", flags->table_bits, "log2 of weight rows")
      ->capture_default_str()
      ->check(CLI::Range(10, 24));
  app->add_option("--news-repeat", flags->news_repeat,
                  "visits per epoch of news-like MSA lines")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
  app->add_option("--msa-repeat", flags->msa_repeat,
                  "visits per epoch of other MSA lines")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
  app->add_option("--classical-repeat", flags->classical_repeat,
                  "visits per epoch of classical lines (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
  app->add_option("--classical-every", flags->classical_every,
                  "use every Nth classical line")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app->add_option("--holdout-every", flags->holdout_every,
                  "hold out every Nth aljazeera line as news dev (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  app->add_option("--val-lines", flags->val_lines,
                  "score the first N lines of Fadel val.txt after training")
      ->capture_default_str()
      ->check(CLI::Range(0, 100000));
  app->add_option("--prune-below", flags->prune_below,
                  "drop weight rows whose largest |weight| is at most this")
      ->capture_default_str();
  app->add_option("--weight-step", flags->weight_step,
                  "weights are stored as whole multiples of this")
      ->capture_default_str()
      ->check(CLI::Range(0.001f, 100.0f));
  app->add_option("--max-forms", flags->max_forms, "lexicon forms per word")
      ->capture_default_str()
      ->check(CLI::Range(1, 255));
  app->add_option("--min-form-count", flags->min_form_count,
                  "least count of a lexicon form")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app->add_option("--unknown-below", flags->unknown_below,
                  "train words that occur at most N times as unknown words "
                  "(their word features replaced by shared ones; 0: off)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  app->add_option("--skip-unmarked", flags->skip_unmarked,
                  "take bare consonants in the training text as marks left "
                  "out (no update, no lexicon form): 1 at words' last "
                  "letters, 2 everywhere, 0 never")
      ->capture_default_str()
      ->check(CLI::Range(0, 2));
  app->add_option("--stack", flags->stack,
                  "train the second pass over case endings (0: no)")
      ->capture_default_str();
  app->add_option("--stack-folds", flags->stack_folds,
                  "jackknife folds for the second pass's training input "
                  "(below 2: the first pass's own online predictions)")
      ->capture_default_str()
      ->check(CLI::Range(0, 10));
  app->add_option("--stack-fold-epochs", flags->stack_fold_epochs,
                  "epochs of each jackknife fold's first pass")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  app->add_option("--pattern-forms", flags->max_pattern_forms,
                  "label sequences kept per word pattern (0: no pattern "
                  "lexicon)")
      ->capture_default_str()
      ->check(CLI::Range(0, 255));
  app->add_option("--min-pattern-count", flags->min_pattern_count,
                  "least count of a pattern's label sequence")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app->add_option("--also-prune", flags->also_prune,
                  "also write OUTPUT.pruneX for each threshold X (tuning)");
  app->add_option("--also-step", flags->also_step,
                  "also write OUTPUT.stepX for each weight step X (tuning)");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
