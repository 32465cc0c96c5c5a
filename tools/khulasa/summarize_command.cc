// `khulasa summarize [FILE|-|URL ...] [--bullets N | --length N|P%]
// [--max-words W] [--format text|json|markdown]
// [--input-format auto|scraped|text|json|html] [--charset X] [--lenient]
// [--force]`: prints the key-point bullets of each article given. Text
// output is the title, then one "- " line per bullet (Arabic first, so
// terminals and editors lay each line out right to left). With several
// inputs each result follows a "==> FILE <==" line (JSON: an array of
// objects, each with its "input"); a failed input is reported and the
// others go on (exit 1 at the end).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
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
  std::vector<std::string> paths = {"-"};
  int bullets = 3;
  std::string length;  // "N" bullets or "P%" of the body sentences
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

// The bullet count --length asks for: "N" bullets, or "P%" of the
// article's body sentences (at least 1, at most kMaxBullets); 0 when the
// value is malformed.
int BulletsForLength(std::string_view length, const Article& article) {
  const bool percent = !length.empty() && length.back() == '%';
  if (percent) length.remove_suffix(1);
  if (length.empty() || length.size() > 6 ||
      length.find_first_not_of("0123456789.") != std::string_view::npos) {
    return 0;
  }
  const double value = std::strtod(std::string(length).c_str(), nullptr);
  double bullets = value;
  if (percent) {
    if (value <= 0 || value > 100) return 0;
    size_t sentences = 0;
    for (const Block& block : article.blocks) {
      if (block.kind == BlockKind::kParagraph) {
        sentences += block.sentences.size();
      }
    }
    bullets = std::round(value / 100.0 * static_cast<double>(sentences));
  } else if (value != std::floor(value) || value < kMinBullets ||
             value > kMaxBullets) {
    return 0;
  }
  return static_cast<int>(
      std::clamp<double>(bullets, kMinBullets, kMaxBullets));
}

// One input summarized (`read` is this input's copy: a URL may set its
// charset).
absl::StatusOr<SummarizedArticle> SummarizeOne(const Engine& engine,
                                               const SummarizeFlags& flags,
                                               const std::string& path,
                                               ReadOptions read) {
  absl::StatusOr<std::string> bytes = ReadArticleBytes(path, &read);
  if (!bytes.ok()) return bytes.status();
  SummarizedArticle result;
  absl::StatusOr<Article> article = ReadArticle(*bytes, read);
  if (!article.ok()) return article.status();
  result.article = *std::move(article);
  SummaryOptions options;
  options.bullets = flags.bullets;
  options.max_words = flags.max_words;
  if (!flags.length.empty()) {
    options.bullets = BulletsForLength(flags.length, result.article);
    if (options.bullets == 0) {
      return absl::InvalidArgumentError(
          "--length takes a bullet count (1-10) or a share of the body "
          "sentences (1%-100%), got " +
          flags.length.substr(0, 16));
    }
  }
  absl::StatusOr<Summary> summary = engine.Summarize(result.article, options);
  if (!summary.ok()) return summary.status();
  result.summary = *std::move(summary);
  return result;
}

int RunSummarize(const SummarizeFlags& flags) {
  ReadOptions read;
  ApplyReadFlags(flags.read, &read);
  if (!ParseInputFormat(flags.input_format, &read.format)) {
    return ReportError(absl::InvalidArgumentError("unknown --input-format " +
                                                  flags.input_format));
  }
  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (!engine.ok()) return ReportError(engine.status());
  const bool several = flags.paths.size() > 1;
  int exit_code = kExitOk;
  std::string output;
  Json all = Json::array();
  for (const std::string& path : flags.paths) {
    absl::StatusOr<SummarizedArticle> result =
        SummarizeOne(**engine, flags, path, read);
    if (!result.ok()) {
      exit_code =
          several ? ReportError(absl::Status(
                        result.status().code(),
                        absl::StrCat(path, ": ", result.status().message())))
                  : ReportError(result.status());
      if (flags.format == "json" && several) {
        Json failed;
        failed["input"] = path;
        failed["error"] = {
            {"code", absl::StatusCodeToString(result.status().code())},
            {"message", std::string(result.status().message())}};
        all.push_back(std::move(failed));
      }
      continue;
    }
    if (flags.format == "json") {
      if (!several) {
        output = JsonOutput(*result);
        continue;
      }
      Json one;
      one["input"] = path;
      batch::AddSummaryJson(*result, &one);
      all.push_back(std::move(one));
      continue;
    }
    if (several) {
      if (!output.empty()) output += "\n";
      output += "==> " + path + " <==\n";
    }
    output += flags.format == "markdown" ? MarkdownOutput(*result)
                                         : TextOutput(*result);
  }
  if (flags.format == "json" && several) {
    output = all.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  if (!output.empty()) {
    absl::Status written = WriteOutput("-", output);
    if (!written.ok()) return ReportError(written);
  }
  return exit_code;
}

}  // namespace

Command AddSummarizeCommand(CLI::App& app) {
  auto flags = std::make_shared<SummarizeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "summarize", "print the key-point bullets of an article");
  cmd->add_option("files", flags->paths,
                  "article files, - for stdin, or http(s) URLs to fetch "
                  "(each summarized in turn)")
      ->capture_default_str();
  CLI::Option* bullets =
      cmd->add_option("--bullets", flags->bullets, "number of bullets (1-10)")
          ->capture_default_str()
          ->check(CLI::Range(kMinBullets, kMaxBullets));
  cmd->add_option("--length", flags->length,
                  "summary length as sumy takes it: a bullet count (3) or a "
                  "share of the body sentences (10%), 1-10 bullets")
      ->excludes(bullets);
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
