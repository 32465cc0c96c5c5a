// `khulasa eval diacritics --gold FILE [--pred FILE] [--model FILE]`: DER and
// WER of predicted diacritics against a gold file, line by line, with and
// without case endings (Fadel et al.), strict and after the QCRI
// default-diacritics normalization (the WikiNews convention of
// ../shared/data/tashkeela/tools/score.py --qcri). Without --pred, the gold
// text is stripped of its marks and diacritized with the model.
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "CLI/CLI.hpp"

#include "src/base/model_path.h"
#include "src/eval/diacritization_score.h"
#include "src/speech/diacritizer.h"
#include "src/text/utf8.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"

namespace khulasa::cli {
namespace {

struct EvalDiacriticsFlags {
  std::string gold;
  std::string pred;
  std::string model;
  bool raw = false;
  bool helper_vowels = true;
  bool kasra_under_hamza = true;
  bool stack = true;
  bool enclitics = true;
  bool patterns = true;
  float pattern_prior = speech::DiacritizerOptions{}.pattern_prior;
  float lexicon_prior = speech::DiacritizerOptions{}.lexicon_prior;
  int beam = speech::DiacritizerOptions{}.beam_width;
  int stack_rounds = 1;
  float split_prior = -1.0f;
};

// `gold` without its harakat (U+064B-U+0652), everything else kept.
std::string StripMarks(std::string_view gold) {
  std::string out;
  out.reserve(gold.size());
  size_t pos = 0;
  while (pos < gold.size()) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(gold, &pos);
    if (!speech::IsLabelMark(c)) out.append(gold.substr(start, pos - start));
  }
  return out;
}

int Run(const EvalDiacriticsFlags& flags) {
  auto gold = ReadInput(flags.gold, size_t{256} << 20);
  if (!gold.ok()) return ReportError(gold.status());
  std::string pred;
  if (!flags.pred.empty()) {
    auto read = ReadInput(flags.pred, size_t{256} << 20);
    if (!read.ok()) return ReportError(read.status());
    pred = std::move(*read);
  } else {
    speech::DiacritizerOptions options;
    options.max_input_bytes = size_t{256} << 20;
    options.helper_vowels = flags.helper_vowels;
    options.kasra_under_hamza = flags.kasra_under_hamza;
    options.use_stack = flags.stack;
    options.enclitic_candidates = flags.enclitics;
    options.pattern_candidates = flags.patterns;
    options.pattern_prior = flags.pattern_prior;
    options.lexicon_prior = flags.lexicon_prior;
    options.beam_width = flags.beam;
    options.stack_rounds = flags.stack_rounds;
    options.split_prior = flags.split_prior;
    auto diacritizer = speech::Diacritizer::Load(flags.model, options);
    if (!diacritizer.ok()) return ReportError(diacritizer.status());
    auto out = (*diacritizer)->Diacritize(StripMarks(text::RepairUtf8(*gold)));
    if (!out.ok()) return ReportError(out.status());
    pred = std::move(*out);
  }
  const eval::DiacritizationScores strict =
      eval::ScoreDiacritizedTexts(*gold, pred, {.qcri_normalize = false});
  const eval::DiacritizationScores qcri =
      eval::ScoreDiacritizedTexts(*gold, pred, {.qcri_normalize = true});
  if (flags.raw) {
    std::printf("strict %s\nqcri %s\n", strict.DebugString().c_str(),
                qcri.DebugString().c_str());
    return kExitOk;
  }
  std::printf("%zu reference words, %zu letters\n", strict.words,
              strict.letters);
  std::printf("%-22s %8s %8s %8s %8s\n", "scoring", "DER", "DER-noCE", "WER",
              "WER-noCE");
  std::printf("%-22s %8.2f %8.2f %8.2f %8.2f\n", "strict (Fadel)", strict.der,
              strict.der_no_case, strict.wer, strict.wer_no_case);
  std::printf("%-22s %8.2f %8.2f %8.2f %8.2f\n", "QCRI-norm (WikiNews)",
              qcri.der, qcri.der_no_case, qcri.wer, qcri.wer_no_case);
  return kExitOk;
}

}  // namespace

Command AddEvalDiacriticsCommand(CLI::App& parent) {
  auto flags = std::make_shared<EvalDiacriticsFlags>();
  flags->model = base::ModelPath("diacritizer.bin");
  CLI::App* app = parent.add_subcommand(
      "diacritics", "score diacritized text against a gold file (DER, WER)");
  app->add_option("--gold", flags->gold, "fully diacritized reference")
      ->required();
  app->add_option("--pred", flags->pred,
                  "predicted text, line-aligned (default: run the model)");
  app->add_option("--model", flags->model, "diacritizer model file")
      ->capture_default_str();
  app->add_option("--hamza-kasra", flags->kasra_under_hamza,
                  "give a bare alef with hamza below its kasra (0: leave "
                  "it bare, as much of the Tashkeela text does)")
      ->capture_default_str();
  app->add_option("--helper-vowels", flags->helper_vowels,
                  "when running the model: write helper vowels before wasla "
                  "(0: sukun, as the WikiNews-2014 gold does)")
      ->capture_default_str();
  app->add_option("--stack", flags->stack,
                  "when running the model: its second pass over case endings, "
                  "if it has one (0: first pass only; ablation)")
      ->capture_default_str();
  app->add_option("--enclitics", flags->enclitics,
                  "when running the model: stem forms for unknown words with "
                  "a pronoun suffix (0: off; ablation)")
      ->capture_default_str();
  app->add_option("--patterns", flags->patterns,
                  "when running the model: pattern-lexicon candidates for "
                  "unknown words (0: off; ablation)")
      ->capture_default_str();
  app->add_option("--pattern-prior", flags->pattern_prior,
                  "weight of a pattern template's log count (tuning)")
      ->capture_default_str();
  app->add_option("--lexicon-prior", flags->lexicon_prior,
                  "weight of a lexicon form's log count (tuning)")
      ->capture_default_str();
  app->add_option("--beam", flags->beam,
                  "when running the model: case-ending hypotheses kept by the "
                  "first pass (1: greedy)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  app->add_option("--stack-rounds", flags->stack_rounds,
                  "when running the model: rounds of the second pass (tuning)")
      ->check(CLI::Range(1, 8))
      ->capture_default_str();
  app->add_option("--split-prior", flags->split_prior,
                  "weight of a stem form's log count for unknown words "
                  "(negative: --lexicon-prior; tuning)")
      ->capture_default_str();
  app->add_flag("--raw", flags->raw,
                "print score.py-style key=value lines (strict, qcri)");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
