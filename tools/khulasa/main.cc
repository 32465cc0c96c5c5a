// khulasa: the command-line tool. One file per subcommand; this file only
// dispatches and turns escaped exceptions into an error line and exit 1.
#include <exception>
#include <iostream>
#include <vector>

#include "CLI/CLI.hpp"

#include "tools/khulasa/command.h"

int main(int argc, char** argv) {
  using namespace khulasa::cli;
  CLI::App app{"khulasa: summarize Arabic news articles and read them aloud"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "khulasa 0.1.0");
  CLI::App* eval =
      app.add_subcommand("eval", "score khulasa against references");
  eval->require_subcommand(1);
  CLI::App* train =
      app.add_subcommand("train", "train a model from ../shared/data");
  train->require_subcommand(1);
  std::vector<Command> commands = {
      AddParseCommand(app),
      AddServeCommand(app),
      AddExtractCommand(app),
      AddEvalExtractCommand(*eval),
      AddDiacritizeCommand(app),
      AddEvalDiacriticsCommand(*eval),
      AddEvalSummaryCommand(*eval),
      AddEvalEditorialCommand(*eval),
      AddSummarizeCommand(app),
      AddBatchCommand(app),
      AddSpeakCommand(app),
      AddTrainSummaryCommand(*train),
      AddTrainDiacritizerCommand(*train),
  };
  (void)train;
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version
  } catch (const CLI::ParseError& e) {
    std::cerr << "khulasa: " << e.what() << "\n"
              << "run 'khulasa --help' for usage\n";
    return kExitUsage;
  }
  try {
    for (const Command& command : commands) {
      if (command.app->parsed()) return command.run();
    }
  } catch (const std::exception& e) {
    std::cerr << "khulasa: internal error: " << e.what() << "\n";
    return kExitFailure;
  }
  return kExitUsage;
}
