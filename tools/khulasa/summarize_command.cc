// `khulasa summarize [FILE|-|URL] [--bullets N] [--max-words W]
// [--format text|json|markdown] [--input-format auto|scraped|text|json|html]
// [--charset X] [--lenient] [--force]`: prints the key-point bullets of one
// article. Text output is the title, then one "- " line per bullet (Arabic
// first, so terminals and editors lay each line out right to left).
#include <memory>
#include <string>
#include <utility>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/summary.h"
#include "tools/batch/bullets_json.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/read_flags.h"

namespace khulasa::cli {
namespace {

using Json = nlohmann::ordered_json;

struct SummarizeFlags {
  std::string path = "-";
  int bullets = 3;
  int max_words = 0;
  std::string format = "text";
  std::string input_format = "auto";
  ReadFlags read;
};

std::string TextOutput(const SummarizedArticle& result) {
  std::string out;
  if (!result.article.title.empty()) out += result.article.title + "\n\n";
  for (const Bullet& bullet : result.summary.bullets) {
    out += "- " + bullet.text + "\n";
  }
  return out;
}

std::string MarkdownOutput(const SummarizedArticle& result) {
  std::string out;
  if (!result.article.title.empty()) {
    out += "## " + result.article.title + "\n\n";
  }
  for (const Bullet& bullet : result.summary.bullets) {
    out += "- " + bullet.text + "\n";
  }
  if (!result.article.site_summary.empty()) {
    out += "\n### site summary\n\n";
    for (const std::string& line : result.article.site_summary) {
      out += "- " + line + "\n";
    }
  }
  return out;
}

std::string JsonOutput(const SummarizedArticle& result) {
  Json out;
  batch::AddSummaryJson(result, &out);
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

int RunSummarize(const SummarizeFlags& flags) {
  ReadOptions read;
  ApplyReadFlags(flags.read, &read);
  if (!ParseInputFormat(flags.input_format, &read.format)) {
    return ReportError(absl::InvalidArgumentError("unknown --input-format " +
                                                  flags.input_format));
  }
  SummaryOptions options;
  options.bullets = flags.bullets;
  options.max_words = flags.max_words;
  absl::StatusOr<std::string> bytes = ReadArticleBytes(flags.path, &read);
  if (!bytes.ok()) return ReportError(bytes.status());
  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (!engine.ok()) return ReportError(engine.status());
  absl::StatusOr<SummarizedArticle> result =
      (*engine)->Summarize(*bytes, read, options);
  if (!result.ok()) return ReportError(result.status());
  std::string output;
  if (flags.format == "json") {
    output = JsonOutput(*result);
  } else if (flags.format == "markdown") {
    output = MarkdownOutput(*result);
  } else {
    output = TextOutput(*result);
  }
  absl::Status written = WriteOutput("-", output);
  if (!written.ok()) return ReportError(written);
  return kExitOk;
}

}  // namespace

Command AddSummarizeCommand(CLI::App& app) {
  auto flags = std::make_shared<SummarizeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "summarize", "print the key-point bullets of an article");
  cmd->add_option("file", flags->path,
                  "article file, - for stdin, or an http(s) URL to fetch")
      ->capture_default_str();
  cmd->add_option("--bullets", flags->bullets, "number of bullets (1-10)")
      ->capture_default_str()
      ->check(CLI::Range(kMinBullets, kMaxBullets));
  cmd->add_option("--max-words", flags->max_words,
                  "most words per bullet (0: automatic)")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  cmd->add_option("--format", flags->format, "output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  cmd->add_option("--input-format", flags->input_format, "input format")
      ->check(CLI::IsMember({"auto", "scraped", "text", "json", "html"}))
      ->capture_default_str();
  AddReadFlags(cmd, &flags->read);
  return Command{cmd, [flags] { return RunSummarize(*flags); }};
}

}  // namespace khulasa::cli
