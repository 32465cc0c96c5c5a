#include "tools/batch/summarize_record.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include <nlohmann/json.hpp>

#include "src/base/file_reader.h"
#include "src/text/spaces.h"
#include "tools/batch/bullets_json.h"
#include "tools/batch/json_record.h"
#include "tools/batch/record_id.h"

namespace khulasa::batch {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& json) {
  // Invalid UTF-8 cannot reach here from a strict read, but a lenient one or
  // an id copied from the input might carry it: replace, never throw.
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json ErrorJson(const absl::Status& status) {
  Json error;
  error["code"] = absl::StatusCodeToString(status.code());
  error["message"] = std::string(status.message());
  return error;
}

// `line` 0: no "line" member (a folder's file, or a line given alone);
// `url` empty: no "url" member (anything but a fetched page).
RecordResult ErrorResult(const Json& id, uint64_t line,
                         const absl::Status& status,
                         const std::string& url = "") {
  Json out;
  out["id"] = id;
  if (!url.empty()) out["url"] = url;
  if (line > 0) out["line"] = line;
  out["error"] = ErrorJson(status);
  return RecordResult{Dump(out), true};
}

// A line of JSON white space only (it holds no '\n').
bool IsJsonBlankLine(std::string_view line) {
  return std::all_of(line.begin(), line.end(), text::IsJsonSpace);
}

// Speaks the bullets into options.audio_dir; returns the file name.
absl::StatusOr<std::string> SpeakSummary(const Summary& summary,
                                         std::string_view audio_name,
                                         const RecordOptions& options) {
  std::string text;
  for (const Bullet& bullet : summary.bullets) text += bullet.text + "\n";
  absl::StatusOr<SpeechResult> speech = SpeakText(text, options.speech);
  if (!speech.ok()) return speech.status();
  std::string name =
      absl::StrCat(std::string(audio_name), ".",
                   std::string(AudioFormatName(options.speech.format)));
  absl::Status written =
      base::WriteFileAtomically(options.audio_dir + "/" + name, speech->audio);
  if (!written.ok()) return written;
  return name;
}

// The output line of a summarized record; speaks it first when asked
// (`audio_name` and options.audio_dir not empty).
RecordResult SummaryResult(const Json& id, const SummarizedArticle& result,
                           std::string_view audio_name,
                           const RecordOptions& options,
                           const std::string& url = "") {
  Json out;
  out["id"] = id;
  if (!url.empty()) out["url"] = url;
  Json summary;
  AddSummaryJson(result, &summary);
  // A fetched page's "url" is the one given (above), before redirects.
  if (!url.empty()) summary.erase("url");
  out.update(summary);
  bool error = false;
  if (!audio_name.empty() && !options.audio_dir.empty()) {
    absl::StatusOr<std::string> audio =
        SpeakSummary(result.summary, audio_name, options);
    if (audio.ok()) {
      out["audio"] = *audio;
    } else {
      out["audio_error"] = ErrorJson(audio.status());
      error = true;
    }
  }
  return RecordResult{Dump(out), error};
}

// The record's own "title", "date", "section" fill what the reader left
// empty (HTML pages and scraped text usually carry their own).
void FillMetadata(const JsonRecord& record, Article* article) {
  auto fill = [](const JsonValue& value, std::string* field) {
    if (!field->empty() || !value.present || !value.is_string) return;
    absl::StatusOr<std::string> decoded = DecodeJsonString(value.raw);
    if (decoded.ok()) *field = *std::move(decoded);
  };
  fill(record.title, &article->title);
  fill(record.date, &article->date);
  fill(record.section, &article->section);
}

// `line_number`: for error lines (0: none); `audio_name`: speak into it
// (empty: do not speak).
RecordResult SummarizeJson(const Engine& engine, std::string_view line,
                           uint64_t line_number, std::string_view audio_name,
                           const RecordOptions& options) {
  if (IsJsonBlankLine(line)) {
    return ErrorResult(nullptr, line_number,
                       absl::InvalidArgumentError(
                           "blank line; each line must be one JSON object"));
  }
  absl::StatusOr<JsonRecord> record = ScanJsonRecord(line);
  if (!record.ok()) return ErrorResult(nullptr, line_number, record.status());
  const Json id = IdFromJson(record->id);
  auto error = [&](const absl::Status& status) {
    return ErrorResult(id, line_number, status);
  };
  struct Field {
    const char* key;
    const JsonValue* value;
    InputFormat format;
  };
  for (const Field& field :
       {Field{"html", &record->html, InputFormat::kHtml},
        Field{"scraped", &record->scraped, InputFormat::kScraped},
        Field{"text", &record->text, InputFormat::kJson}}) {
    if (!field.value->present) continue;
    if (!field.value->is_string) {
      return error(absl::InvalidArgumentError(
          absl::StrCat("field \"", field.key, "\" is not a string")));
    }
    ReadOptions read = options.read;
    absl::StatusOr<SummarizedArticle> result;
    if (field.format == InputFormat::kJson &&
        (read.format == InputFormat::kAuto ||
         read.format == InputFormat::kJson)) {
      // The JSON reader takes "text" with "title", "date", "section", "url"
      // exactly as `khulasa summarize` does for a JSON file.
      read.format = InputFormat::kJson;
      result = engine.Summarize(line, read, options.summary);
    } else {
      if (field.format != InputFormat::kJson) read.format = field.format;
      absl::StatusOr<std::string> bytes = DecodeJsonString(field.value->raw);
      if (!bytes.ok()) return error(bytes.status());
      result = engine.Summarize(*bytes, read, options.summary);
      if (result.ok()) FillMetadata(*record, &result->article);
    }
    if (!result.ok()) return error(result.status());
    return SummaryResult(id, *result, audio_name, options);
  }
  return error(absl::InvalidArgumentError(
      "the record has no \"text\", \"html\" or \"scraped\" field"));
}

}  // namespace

RecordResult SummarizeRecord(const Engine& engine, const Record& record,
                             const RecordOptions& options) {
  if (record.kind == RecordKind::kFile) {
    const Json id = record.id;
    if (!record.status.ok()) {
      return ErrorResult(id, record.line, record.status, record.url);
    }
    ReadOptions read = options.read;
    read.format = record.format;
    if (read.charset.empty()) read.charset = record.charset;
    absl::StatusOr<SummarizedArticle> result =
        engine.Summarize(record.bytes, read, options.summary);
    if (!result.ok()) {
      return ErrorResult(id, record.line, result.status(), record.url);
    }
    return SummaryResult(id, *result, record.audio_name, options, record.url);
  }
  if (!record.status.ok()) {
    return ErrorResult(nullptr, record.line, record.status);
  }
  return SummarizeJson(engine, record.bytes, record.line, record.audio_name,
                       options);
}

RecordResult SummarizeJsonLine(const Engine& engine, std::string_view line,
                               const RecordOptions& options,
                               uint64_t line_number) {
  return SummarizeJson(engine, line, line_number, "", options);
}

}  // namespace khulasa::batch
