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
#include "tools/khulasa/diacritizer_flags.h"

namespace khulasa::cli {
namespace {

struct EvalDiacriticsFlags {
  std::string gold;
  std::string pred;
  std::string model;
  bool raw = false;
  // Score with the two writing conventions normalized on both sides
  // (eval::DiacritizationScoreOptions::conventions).
  bool conventions = true;
  // Used when --pred is not given: the model diacritizes the gold text.
  DiacritizerFlags diacritizer;
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
  // Checked with --pred too, so a bad tuning file never passes unseen.
  absl::StatusOr<speech::DiacritizerOptions> resolved =
      ResolveDiacritizerOptions(flags.diacritizer);
  if (!resolved.ok()) return ReportDiacritizerFlagsError(resolved.status());
  auto gold = ReadInput(flags.gold, size_t{256} << 20);
  if (!gold.ok()) return ReportError(gold.status());
  std::string pred;
  if (!flags.pred.empty()) {
    auto read = ReadInput(flags.pred, size_t{256} << 20);
    if (!read.ok()) return ReportError(read.status());
    pred = std::move(*read);
  } else {
    speech::DiacritizerOptions options = *resolved;
    options.max_input_bytes = size_t{256} << 20;
    auto diacritizer = speech::Diacritizer::Load(flags.model, options);
    if (!diacritizer.ok()) return ReportError(diacritizer.status());
    auto out = (*diacritizer)->Diacritize(StripMarks(text::RepairUtf8(*gold)));
    if (!out.ok()) return ReportError(out.status());
    pred = std::move(*out);
  }
  const eval::DiacritizationScores strict = eval::ScoreDiacritizedTexts(
      *gold, pred, {.qcri_normalize = false, .conventions = flags.conventions});
  const eval::DiacritizationScores qcri = eval::ScoreDiacritizedTexts(
      *gold, pred, {.qcri_normalize = true, .conventions = flags.conventions});
  if (flags.raw) {
    std::printf("strict %s\nqcri %s\n", strict.DebugString().c_str(),
                qcri.DebugString().c_str());
    return kExitOk;
  }
  std::printf(
      "%zu reference words, %zu letters%s\n", strict.words, strict.letters,
      flags.conventions ? "; conventions normalized (helper vowel before "
                          "hamzat al-wasl, kasra under hamza-below alef; "
                          "--conventions 0: as score.py)"
                        : "");
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
  AddDiacritizerFlags(app, &flags->diacritizer);  // when running the model
  app->add_option("--conventions", flags->conventions,
                  "normalize the helper vowel before hamzat al-wasl and the "
                  "kasra under a hamza-below alef on both sides (0: score "
                  "exactly as ../shared/data/tashkeela/tools/score.py)")
      ->capture_default_str();
  app->add_flag("--raw", flags->raw,
                "print score.py-style key=value lines (strict, qcri)");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
