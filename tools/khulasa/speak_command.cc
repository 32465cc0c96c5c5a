// `khulasa speak [FILE|-] [--what summary|article|text|title,summary]
// [--format ogg|mp3|wav] -o OUT [--marks marks.json] [--rate WPM]
// [--pause-ms MS] [--diacritize auto|on|off] [--spoken-text FILE]
// [--charset X] [--lenient] [--force]`: reads Arabic aloud into an audio
// file. The read flags apply to summary, title and article; text is spoken
// as given (UTF-8).
//   summary: the article's key-point bullets (khulasa summarize), one per
//            line with a pause between them;
//   title:   the article's title; "title,summary" reads it before the
//            bullets;
//   article: the article's title, subheadings and paragraphs;
//   text:    the input as plain text, one unit per line.
// --marks writes the word timings as a JSON array of
// {"begin", "end", "start_ms", "end_ms", "text"}: byte ranges into the
// article's text (article.input) for article and title alone, into the input
// file for text, and into the spoken lines joined by "\n" (the title first
// when asked) for summary.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include <nlohmann/json.hpp>

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/speech.h"
#include "khulasa/summary.h"
#include "src/base/model_path.h"
#include "tools/khulasa/cli_io.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/read_flags.h"

namespace khulasa::cli {
namespace {

using Json = nlohmann::ordered_json;

struct SpeakFlags {
  std::string path = "-";
  std::string what = "summary";
  std::string format;  // empty: from the output file's extension, else ogg
  std::string output;
  std::string marks;
  std::string spoken_text;
  int rate = 150;
  int pause_ms = 700;
  std::string diacritize = "auto";
  bool per_bullet = false;  // one file per spoken line: OUT-1.ogg, OUT-2.ogg
  ReadFlags read;
};

// `path` with "-N" before its extension: ("news/out.ogg", 2) ->
// "news/out-2.ogg"; a name without an extension gets "-N" at the end.
std::string NumberedPath(const std::string& path, size_t n) {
  std::filesystem::path numbered(path);
  const std::filesystem::path extension = numbered.extension();
  numbered.replace_extension();
  numbered += "-" + std::to_string(n);
  numbered += extension;
  return numbered.string();
}

// The text to speak and, for each of its lines, where that line sits in the
// text the marks should point into (`anchor`, or none for summaries).
struct Script {
  std::string text;
  struct Line {
    size_t begin;  // in `text`
    size_t end;
    size_t anchor;  // offset of the same bytes in the reference text
  };
  std::vector<Line> lines;
  // In a summary, the index of the first bullet's line (1 after a title);
  // -1 for an article or a text.
  int first_bullet_line = -1;
};

void AddLine(std::string_view line, size_t anchor, Script* script) {
  if (line.empty()) return;
  const size_t begin = script->text.size();
  script->text.append(line);
  script->lines.push_back({begin, script->text.size(), anchor});
  script->text += '\n';
}

// What --what names: "summary", "article", "text", "title", or the title
// with one of the first two ("title,summary").
struct WhatParts {
  bool title = false;
  std::string body;  // "summary", "article", "text" or "" (the title alone)
};

// The parts of a --what value, or an error message.
std::variant<WhatParts, std::string> ParseWhat(const std::string& what) {
  WhatParts parts;
  size_t begin = 0;
  while (begin <= what.size()) {
    size_t end = what.find(',', begin);
    if (end == std::string::npos) end = what.size();
    const std::string part = what.substr(begin, end - begin);
    begin = end + 1;
    if (part == "title" && !parts.title) {
      parts.title = true;
    } else if ((part == "summary" || part == "article" || part == "text") &&
               parts.body.empty()) {
      parts.body = part;
    } else {
      return "--what takes summary, article, text or title, or title with "
             "summary or article (title,summary); got '" +
             what + "'";
    }
  }
  if (parts.title && parts.body == "text") {
    return std::string(
        "--what text speaks the input as given; it has no title");
  }
  return parts;
}

// The article's title as one line, anchored into article.input.
void AddTitle(const Article& article, Script* script) {
  if (article.title.empty()) return;
  const size_t title_at = article.input.find(article.title);
  AddLine(article.title, title_at == std::string::npos ? 0 : title_at, script);
}

// The article's title and body blocks (no embeds), each on its own line.
Script ArticleScript(const Article& article) {
  Script script;
  AddTitle(article, &script);
  for (const Block& block : article.blocks) {
    if (block.kind == BlockKind::kEmbed) continue;
    // Blocks are single paragraphs; a hard line wrap inside one is spoken
    // as a space so the paragraph stays one unit.
    std::string text = block.text;
    for (char& c : text) {
      if (c == '\n') c = ' ';
    }
    AddLine(text, block.range.begin, &script);
  }
  return script;
}

// Where the summarizer plugs in: the bullets of `bytes`, one per line, after
// the title when `with_title`.
absl::StatusOr<Script> SummaryScript(std::string_view bytes,
                                     const ReadOptions& read, bool with_title) {
  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (!engine.ok()) return engine.status();
  absl::StatusOr<SummarizedArticle> result =
      (*engine)->Summarize(bytes, read, SummaryOptions{});
  if (!result.ok()) return result.status();
  Script script;
  if (with_title && !result->article.title.empty()) {
    AddLine(result->article.title, 0, &script);
  }
  // Bullet marks count from the start of their bullet, as the server's do.
  script.first_bullet_line = static_cast<int>(script.lines.size());
  for (const Bullet& bullet : result->summary.bullets) {
    AddLine(bullet.text, 0, &script);
  }
  return script;
}

// The marks as JSON, in time order: {"bullet": i (summaries; "line" for
// an article, a text or a title), "word": its index in that bullet or line,
// "begin", "end" (bytes: into the bullet for a summary, as the server's
// marks; into the article or the input otherwise), "start_ms", "end_ms",
// "text"}. `first_line` numbers the script's first line (--per-bullet).
std::string MarksJson(const SpeechResult& result, const Script& script,
                      size_t first_line = 0) {
  Json marks = Json::array();
  size_t line_index = 0;
  size_t word = 0;
  for (const SpeechMark& mark : result.marks) {
    size_t found = script.lines.size();
    for (size_t i = 0; i < script.lines.size(); ++i) {
      const Script::Line& line = script.lines[i];
      if (mark.source.begin >= line.begin && mark.source.end <= line.end) {
        found = i;
        break;
      }
    }
    if (found != line_index) word = 0;
    line_index = found;
    ByteRange anchored = mark.source;
    Json item;
    if (found < script.lines.size()) {
      const Script::Line& line = script.lines[found];
      anchored = {line.anchor + mark.source.begin - line.begin,
                  line.anchor + mark.source.end - line.begin};
      const size_t number = first_line + found;
      const int first = script.first_bullet_line;
      if (first >= 0 && number >= static_cast<size_t>(first)) {
        item["bullet"] = number - static_cast<size_t>(first);
      } else {
        item["line"] = number;
      }
    }
    item["word"] = word++;
    item["begin"] = anchored.begin;
    item["end"] = anchored.end;
    item["start_ms"] = mark.start_ms;
    item["end_ms"] = mark.end_ms;
    item["text"] = script.text.substr(mark.source.begin, mark.source.size());
    marks.push_back(std::move(item));
  }
  return marks.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

// The audio format: --format, else the -o extension (.ogg / .opus, .mp3,
// .wav; "-" and a name without an extension are Ogg). An extension of
// another audio format is refused rather than written as Ogg under it.
absl::StatusOr<AudioFormat> FormatFor(const SpeakFlags& flags) {
  std::string format = flags.format;
  if (format.empty()) {
    std::string extension =
        std::filesystem::path(flags.output).extension().string();
    if (!extension.empty())
      extension = absl::AsciiStrToLower(extension.substr(1));
    if (extension.empty() || extension == "ogg" || extension == "opus" ||
        extension == "oga") {
      format = "ogg";
    } else if (extension == "mp3" || extension == "wav") {
      format = extension;
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "cannot write audio as \"", extension.substr(0, 16),
          "\": khulasa writes Ogg/Opus (.ogg, .opus), MP3 (.mp3) and WAV "
          "(.wav); name the output so, or pass --format"));
    }
  }
  return format == "mp3"   ? AudioFormat::kMp3
         : format == "wav" ? AudioFormat::kWav
                           : AudioFormat::kOgg;
}

// With --diacritize auto (the default) and no diacritizer model, espeak-ng
// reads the letters without their vowels, which listeners find hard to
// follow: say so once instead of going on silently.
void WarnWhenNotDiacritized(const SpeechOptions& options,
                            const SpeechResult& speech, bool* warned) {
  if (*warned || speech.diacritized ||
      options.diacritize != Diacritization::kAuto) {
    return;
  }
  *warned = true;
  std::fprintf(stderr,
               "khulasa: warning: no diacritizer model (%s), so the speech is "
               "read without vowel marks and is harder to follow; install "
               "the model or set KHULASA_MODEL_DIR (--diacritize on makes "
               "this an error, --diacritize off reads the text as given "
               "without this warning)\n",
               base::ModelPath("diacritizer.bin").c_str());
}

int RunSpeak(const SpeakFlags& flags) {
  if (flags.per_bullet && flags.output == "-") {
    std::fprintf(stderr,
                 "khulasa: --per-bullet writes several files; name them with "
                 "-o FILE, not -\n");
    return kExitUsage;
  }
  const absl::StatusOr<AudioFormat> format = FormatFor(flags);
  if (!format.ok()) return ReportError(format.status());
  ReadOptions read;
  ApplyReadFlags(flags.read, &read);
  absl::StatusOr<std::string> bytes = ReadArticleBytes(flags.path, &read);
  if (!bytes.ok()) return ReportError(bytes.status());
  const WhatParts what = std::get<WhatParts>(ParseWhat(flags.what));
  Script script;
  if (what.body == "text" && flags.per_bullet) {
    // One file per non-blank input line.
    size_t begin = 0;
    while (begin <= bytes->size()) {
      size_t end = bytes->find('\n', begin);
      if (end == std::string::npos) end = bytes->size();
      AddLine(std::string_view(*bytes).substr(begin, end - begin), begin,
              &script);
      begin = end + 1;
    }
  } else if (what.body == "text") {
    script.text = *bytes;
    script.lines.push_back({0, script.text.size(), 0});
  } else if (what.body == "summary") {
    absl::StatusOr<Script> summary = SummaryScript(*bytes, read, what.title);
    if (!summary.ok()) return ReportError(summary.status());
    script = *std::move(summary);
  } else {
    absl::StatusOr<Article> article = ReadArticle(*bytes, read);
    if (!article.ok()) return ReportError(article.status());
    if (what.body == "article") {
      script = ArticleScript(*article);
    } else {
      AddTitle(*article, &script);
      if (script.lines.empty()) {
        return ReportError(
            absl::InvalidArgumentError("the article has no title to speak"));
      }
    }
  }
  SpeechOptions options;
  options.format = *format;
  options.rate_wpm = flags.rate;
  options.pause_between_bullets_ms = flags.pause_ms;
  options.diacritize = flags.diacritize == "off"  ? Diacritization::kOff
                       : flags.diacritize == "on" ? Diacritization::kRequired
                                                  : Diacritization::kAuto;
  bool warned = false;
  if (flags.per_bullet) {
    // One audio file (and marks file) per line: the title, each bullet or
    // each paragraph, numbered from 1 in reading order.
    std::string spoken;
    for (size_t i = 0; i < script.lines.size(); ++i) {
      const Script::Line& line = script.lines[i];
      Script one;
      one.first_bullet_line = script.first_bullet_line;
      AddLine(std::string_view(script.text)
                  .substr(line.begin, line.end - line.begin),
              line.anchor, &one);
      absl::StatusOr<SpeechResult> part = SpeakText(one.text, options);
      if (!part.ok()) return ReportError(part.status());
      WarnWhenNotDiacritized(options, *part, &warned);
      absl::Status written =
          WriteOutput(NumberedPath(flags.output, i + 1), part->audio);
      if (written.ok() && !flags.marks.empty()) {
        written = WriteOutput(NumberedPath(flags.marks, i + 1),
                              MarksJson(*part, one, i));
      }
      if (!written.ok()) return ReportError(written);
      spoken += part->spoken_text;
    }
    if (!flags.spoken_text.empty()) {
      absl::Status written = WriteOutput(flags.spoken_text, spoken);
      if (!written.ok()) return ReportError(written);
    }
    return kExitOk;
  }
  absl::StatusOr<SpeechResult> speech = SpeakText(script.text, options);
  if (!speech.ok()) return ReportError(speech.status());
  WarnWhenNotDiacritized(options, *speech, &warned);
  absl::Status written = WriteOutput(flags.output, speech->audio);
  if (!written.ok()) return ReportError(written);
  if (!flags.marks.empty()) {
    written = WriteOutput(flags.marks, MarksJson(*speech, script));
    if (!written.ok()) return ReportError(written);
  }
  if (!flags.spoken_text.empty()) {
    written = WriteOutput(flags.spoken_text, speech->spoken_text);
    if (!written.ok()) return ReportError(written);
  }
  return kExitOk;
}

}  // namespace

Command AddSpeakCommand(CLI::App& app) {
  auto flags = std::make_shared<SpeakFlags>();
  CLI::App* cmd =
      app.add_subcommand("speak", "read Arabic aloud into an audio file");
  cmd->add_option("file", flags->path,
                  "input file, - for stdin, or an http(s) URL to fetch")
      ->capture_default_str();
  cmd->add_option("--what", flags->what,
                  "what to read: the summary bullets, the whole article, the "
                  "input as plain text, or the title (title,summary: the "
                  "title, then the bullets)")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            auto parts = ParseWhat(value);
            auto* error = std::get_if<std::string>(&parts);
            return error == nullptr ? std::string() : *error;
          },
          "summary|article|text|title[,summary|article]"))
      ->capture_default_str();
  cmd->add_option("--format", flags->format,
                  "audio format (default: from the -o extension, else ogg)")
      ->check(CLI::IsMember({"ogg", "mp3", "wav"}));
  cmd->add_option("-o,--output", flags->output,
                  "audio file to write (- for stdout)")
      ->required();
  cmd->add_option("--marks", flags->marks,
                  "also write word timings as JSON to this file");
  cmd->add_flag("--per-bullet", flags->per_bullet,
                "one audio file per bullet (or title / paragraph): -o "
                "out.ogg writes out-1.ogg, out-2.ogg, ... (and --marks "
                "m.json m-1.json, ...)");
  cmd->add_option("--spoken-text", flags->spoken_text,
                  "also write the text espeak-ng read (diacritized and "
                  "prepared), one line per spoken line");
  cmd->add_option("--rate", flags->rate, "words per minute (80-450)")
      ->check(CLI::Range(80, 450))
      ->capture_default_str();
  cmd->add_option("--pause-ms", flags->pause_ms,
                  "silence between bullets or paragraphs (0-5000 ms)")
      ->check(CLI::Range(0, 5000))
      ->capture_default_str();
  cmd->add_option("--diacritize", flags->diacritize,
                  "restore short vowels first: auto (when the model is "
                  "there), on (fail without it), off")
      ->check(CLI::IsMember({"auto", "on", "off"}))
      ->capture_default_str();
  AddReadFlags(cmd, &flags->read);
  return Command{cmd, [flags] { return RunSpeak(*flags); }};
}

}  // namespace khulasa::cli
