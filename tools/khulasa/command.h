// The subcommands of the khulasa CLI. Each Add*Command() registers its flags
// on its parent app and returns the function that runs it once parsed.
#ifndef KHULASA_TOOLS_KHULASA_COMMAND_H_
#define KHULASA_TOOLS_KHULASA_COMMAND_H_

#include <functional>

#include "CLI/CLI.hpp"

namespace khulasa::cli {

// Exit codes: 0 success, 1 runtime failure, 2 usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct Command {
  CLI::App* app;             // owned by its parent CLI::App
  std::function<int()> run;  // returns the exit code
};

// Top-level commands take the root app; `eval X` and `train X` take the
// "eval" / "train" apps that main() creates.
Command AddParseCommand(CLI::App& app);
Command AddServeCommand(CLI::App& app);
Command AddExtractCommand(CLI::App& app);
Command AddEvalExtractCommand(CLI::App& parent);
Command AddDiacritizeCommand(CLI::App& parent);
Command AddEvalDiacriticsCommand(CLI::App& parent);
Command AddEvalSummaryCommand(CLI::App& parent);
Command AddEvalEditorialCommand(CLI::App& parent);
Command AddSummarizeCommand(CLI::App& app);
Command AddBatchCommand(CLI::App& app);
Command AddSpeakCommand(CLI::App& app);
Command AddTrainSummaryCommand(CLI::App& parent);
Command AddTrainDiacritizerCommand(CLI::App& parent);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_COMMAND_H_
