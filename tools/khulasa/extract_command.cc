// `khulasa extract PAGE.html|URL [--charset X] [--format json|text]`: reads
// a news page (HTML, gzip allowed, "-" = stdin, or fetched from a URL) and
// prints the article found in it: title, date, section, authors and body
// blocks.
#include <memory>
#include <string>
#include <utility>

#include "CLI/CLI.hpp"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "src/article/html_reader.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/gzip_input.h"
#include "tools/khulasa/read_flags.h"
#include "tools/khulasa/url_fetch.h"

namespace khulasa::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ExtractFlags {
  std::string path = "-";
  std::string charset;
  std::string format = "json";
};

std::string ToJson(const article::HtmlExtraction& e) {
  const Article& a = e.article;
  Json out;
  out["format"] = "html";
  out["title"] = a.title;
  out["date"] = a.date;
  out["section"] = a.section;
  out["url"] = a.url;
  out["authors"] = e.authors;
  out["language"] = e.language;
  out["lang"] = a.lang;
  out["charset"] = e.charset;
  Json blocks = Json::array();
  for (const Block& b : a.blocks) {
    blocks.push_back({{"kind", std::string(BlockKindName(b.kind))},
                      {"text", b.text},
                      {"range", Json::array({b.range.begin, b.range.end})},
                      {"sentences", b.sentences.size()}});
  }
  out["blocks"] = std::move(blocks);
  out["input_bytes"] = a.input.size();
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string ToText(const article::HtmlExtraction& e) {
  const Article& a = e.article;
  std::string out;
  if (!a.title.empty()) out += a.title + "\n";
  if (!a.date.empty()) out += a.date + "\n";
  if (!out.empty()) out += "\n";
  for (const Block& b : a.blocks) {
    out += b.text;
    out += "\n\n";
  }
  return out;
}

int RunExtract(const ExtractFlags& flags) {
  article::HtmlReadOptions options;
  options.charset = flags.charset;
  absl::StatusOr<std::string> bytes;
  if (IsUrl(flags.path)) {
    FetchOptions fetch;
    fetch.max_bytes = options.max_input_bytes;
    absl::StatusOr<FetchedPage> page = FetchUrl(flags.path, fetch);
    if (!page.ok()) return ReportError(page.status());
    // The header's charset beats the page's meta; --charset beats both.
    if (options.charset.empty()) options.charset = page->charset;
    bytes = std::move(page->body);
  } else {
    bytes = ReadMaybeGzip(flags.path, options.max_input_bytes);
  }
  if (!bytes.ok()) return ReportError(bytes.status());
  absl::StatusOr<article::HtmlExtraction> page =
      article::ReadHtml(*bytes, options);
  if (!page.ok()) return ReportError(page.status());
  const absl::Status written =
      WriteOutput("-", flags.format == "text" ? ToText(*page) : ToJson(*page));
  if (!written.ok()) return ReportError(written);
  return kExitOk;
}

}  // namespace

Command AddExtractCommand(CLI::App& app) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "find the article in an HTML page and print it");
  cmd->add_option(
         "page", flags->path,
         "HTML file (.html or .html.gz), -, or an http(s) URL to fetch")
      ->capture_default_str();
  cmd->add_option("--charset", flags->charset, kCharsetHelp);
  cmd->add_option("--format", flags->format, "output: json or text")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  return {cmd, [flags] { return RunExtract(*flags); }};
}

}  // namespace khulasa::cli
