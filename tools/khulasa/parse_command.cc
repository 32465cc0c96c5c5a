// `khulasa parse [FILE|-|URL] [--format auto|scraped|text|json|html]
// [--charset X] [--lenient] [--force] [--tokens]`: reads an article and
// prints its model as JSON (one pretty object; JSONL input gives one compact
// object per line).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "CLI/CLI.hpp"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "src/text/tokenizer.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/read_flags.h"

namespace khulasa::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ParseFlags {
  std::string path = "-";
  std::string format = "auto";
  ReadFlags read;
  bool tokens = false;
};

// Adds "begin" and "end" (byte offsets into the input) to `out`.
void AddRange(ByteRange range, Json* out) {
  (*out)["begin"] = range.begin;
  (*out)["end"] = range.end;
}

// The slice of a block's text (same length as its range) for `range`.
std::string_view Slice(const Block& block, ByteRange range) {
  return std::string_view(block.text)
      .substr(range.begin - block.range.begin, range.size());
}

Json BlockJson(const Block& block, bool with_tokens) {
  Json out;
  out["kind"] = std::string(BlockKindName(block.kind));
  AddRange(block.range, &out);
  out["text"] = block.text;
  if (block.kind == BlockKind::kParagraph) {
    Json sentences = Json::array();
    for (const ByteRange& sentence : block.sentences) {
      Json item;
      AddRange(sentence, &item);
      item["text"] = std::string(Slice(block, sentence));
      sentences.push_back(std::move(item));
    }
    out["sentences"] = std::move(sentences);
  }
  if (with_tokens) {
    Json tokens = Json::array();
    for (const text::Token& token : text::Tokenize(block.text)) {
      ByteRange range{token.range.begin + block.range.begin,
                      token.range.end + block.range.begin};
      Json item;
      item["kind"] = std::string(text::TokenKindName(token.kind));
      AddRange(range, &item);
      item["text"] = block.text.substr(token.range.begin, token.range.size());
      tokens.push_back(std::move(item));
    }
    out["tokens"] = std::move(tokens);
  }
  return out;
}

Json ArticleJson(const Article& article, bool with_tokens) {
  Json out;
  out["format"] = std::string(InputFormatName(article.format));
  out["date"] = article.date;
  out["section"] = article.section;
  out["title"] = article.title;
  out["url"] = article.url;
  out["authors"] = article.authors;
  out["dateline"] = article.dateline;
  out["site_summary"] = article.site_summary;
  out["lang"] = article.lang;
  Json blocks = Json::array();
  for (const Block& block : article.blocks) {
    blocks.push_back(BlockJson(block, with_tokens));
  }
  out["blocks"] = std::move(blocks);
  out["input_bytes"] = article.input.size();
  return out;
}

int RunParse(const ParseFlags& flags) {
  ReadOptions options;
  ApplyReadFlags(flags.read, &options);
  if (!ParseInputFormat(flags.format, &options.format)) {
    return ReportError(
        absl::InvalidArgumentError("unknown --format " + flags.format));
  }
  absl::StatusOr<std::string> bytes = ReadArticleBytes(flags.path, &options);
  if (!bytes.ok()) return ReportError(bytes.status());
  absl::StatusOr<std::vector<Article>> articles = ReadArticles(*bytes, options);
  if (!articles.ok()) return ReportError(articles.status());
  std::string output;
  if (articles->size() == 1) {
    output = ArticleJson(articles->front(), flags.tokens)
                 .dump(2, ' ', false, Json::error_handler_t::replace);
    output += "\n";
  } else {
    for (const Article& article : *articles) {
      output += ArticleJson(article, flags.tokens)
                    .dump(-1, ' ', false, Json::error_handler_t::replace);
      output += "\n";
    }
  }
  absl::Status written = WriteOutput("-", output);
  if (!written.ok()) return ReportError(written);
  return kExitOk;
}

}  // namespace

Command AddParseCommand(CLI::App& app) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* parse = app.add_subcommand(
      "parse", "read an article and print its blocks and sentences as JSON");
  parse
      ->add_option("file", flags->path,
                   "article file, - for stdin, or an http(s) URL to fetch")
      ->capture_default_str();
  parse->add_option("--format", flags->format, "input format")
      ->check(CLI::IsMember({"auto", "scraped", "text", "json", "html"}))
      ->capture_default_str();
  AddReadFlags(parse, &flags->read);
  parse->add_flag("--tokens", flags->tokens, "also print each block's tokens");
  return Command{parse, [flags] { return RunParse(*flags); }};
}

}  // namespace khulasa::cli
