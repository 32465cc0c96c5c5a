// `khulasa diacritize [FILE|-] [-o OUT] [--model FILE] [--lenient]
// [--hamza-kasra 0|1] [--helper-vowels 0|1] [--tuning FILE]`: writes the
// input text with its short vowels, shadda, sukun and tanween restored.
#include <memory>
#include <string>

#include "CLI/CLI.hpp"

#include "src/base/model_path.h"
#include "src/speech/diacritizer.h"
#include "src/text/utf8.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/diacritizer_flags.h"

namespace khulasa::cli {
namespace {

struct DiacritizeFlags {
  std::string input = "-";
  std::string output = "-";
  std::string model;
  bool lenient = false;
  DiacritizerFlags diacritizer;
};

int Run(const DiacritizeFlags& flags) {
  absl::StatusOr<speech::DiacritizerOptions> options =
      ResolveDiacritizerOptions(flags.diacritizer);
  if (!options.ok()) return ReportDiacritizerFlagsError(options.status());
  auto input = ReadInput(flags.input);
  if (!input.ok()) return ReportError(input.status());
  std::string text = std::move(*input);
  if (flags.lenient) text = text::RepairUtf8(text);
  auto diacritizer = speech::Diacritizer::Load(flags.model, *options);
  if (!diacritizer.ok()) return ReportError(diacritizer.status());
  auto output = (*diacritizer)->Diacritize(text);
  if (!output.ok()) return ReportError(output.status());
  if (absl::Status s = WriteOutput(flags.output, *output); !s.ok()) {
    return ReportError(s);
  }
  return kExitOk;
}

}  // namespace

Command AddDiacritizeCommand(CLI::App& parent) {
  auto flags = std::make_shared<DiacritizeFlags>();
  flags->model = base::ModelPath("diacritizer.bin");
  CLI::App* app = parent.add_subcommand(
      "diacritize", "restore the diacritics (tashkeel) of Arabic text");
  app->add_option("input", flags->input, "text file, or - for stdin")
      ->capture_default_str();
  app->add_option("-o,--output", flags->output, "output file, or - for stdout")
      ->capture_default_str();
  app->add_option("--model", flags->model, "diacritizer model file")
      ->capture_default_str();
  app->add_flag("--lenient", flags->lenient,
                "replace invalid UTF-8 bytes with U+FFFD instead of failing");
  AddDiacritizerFlags(app, &flags->diacritizer);
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace khulasa::cli
