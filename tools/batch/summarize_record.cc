#include "tools/batch/summarize_record.h"

#include <optional>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include <nlohmann/json.hpp>

#include "src/base/file_reader.h"
#include "tools/batch/bullets_json.h"
#include "tools/batch/json_record.h"

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

RecordResult ErrorResult(const Json& id, const absl::Status& status) {
  Json out;
  out["id"] = id;
  out["error"] = ErrorJson(status);
  return RecordResult{Dump(out), true};
}

// Speaks the bullets into options.audio_dir; returns the file name.
absl::StatusOr<std::string> SpeakSummary(const Summary& summary,
                                         uint64_t number,
                                         const RecordOptions& options) {
  std::string text;
  for (const Bullet& bullet : summary.bullets) text += bullet.text + "\n";
  absl::StatusOr<SpeechResult> speech = SpeakText(text, options.speech);
  if (!speech.ok()) return speech.status();
  std::string name = absl::StrCat(
      number, ".", std::string(AudioFormatName(options.speech.format)));
  absl::Status written =
      base::WriteFileAtomically(options.audio_dir + "/" + name, speech->audio);
  if (!written.ok()) return written;
  return name;
}

// The output line of a summarized record; speaks it first when asked
// (`number` set and options.audio_dir not empty).
RecordResult SummaryResult(const Json& id, const SummarizedArticle& result,
                           std::optional<uint64_t> number,
                           const RecordOptions& options) {
  Json out;
  out["id"] = id;
  out["title"] = result.article.title;
  out["date"] = result.article.date;
  out["section"] = result.article.section;
  out["bullets"] = BulletsToJson(result.summary);
  if (!result.summary.note.empty()) out["note"] = result.summary.note;
  bool error = false;
  if (number.has_value() && !options.audio_dir.empty()) {
    absl::StatusOr<std::string> audio =
        SpeakSummary(result.summary, *number, options);
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

RecordResult SummarizeJson(const Engine& engine, std::string_view line,
                           std::optional<uint64_t> number,
                           const RecordOptions& options) {
  absl::StatusOr<JsonRecord> record = ScanJsonRecord(line);
  if (!record.ok()) return ErrorResult(nullptr, record.status());
  Json id = nullptr;
  if (record->id.present) {
    // Small; nlohmann keeps numbers and nested values exactly as written.
    id = Json::parse(record->id.raw, nullptr, /*allow_exceptions=*/false);
    if (id.is_discarded()) id = nullptr;  // e.g. invalid UTF-8 in the id
  }
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
      return ErrorResult(id, absl::InvalidArgumentError(absl::StrCat(
                                 "field \"", field.key, "\" is not a string")));
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
      if (!bytes.ok()) return ErrorResult(id, bytes.status());
      result = engine.Summarize(*bytes, read, options.summary);
      if (result.ok()) FillMetadata(*record, &result->article);
    }
    if (!result.ok()) return ErrorResult(id, result.status());
    return SummaryResult(id, *result, number, options);
  }
  return ErrorResult(id,
                     absl::InvalidArgumentError(
                         "the record has no \"text\", \"html\" or \"scraped\" "
                         "field"));
}

}  // namespace

RecordResult SummarizeRecord(const Engine& engine, const Record& record,
                             const RecordOptions& options) {
  const uint64_t number = options.first_index + record.index;
  if (record.kind == RecordKind::kFile) {
    const Json id = record.id;
    if (!record.status.ok()) return ErrorResult(id, record.status);
    ReadOptions read = options.read;
    read.format = record.format;
    absl::StatusOr<SummarizedArticle> result =
        engine.Summarize(record.bytes, read, options.summary);
    if (!result.ok()) return ErrorResult(id, result.status());
    return SummaryResult(id, *result, number, options);
  }
  if (!record.status.ok()) return ErrorResult(nullptr, record.status);
  return SummarizeJson(engine, record.bytes, number, options);
}

RecordResult SummarizeJsonLine(const Engine& engine, std::string_view line,
                               const RecordOptions& options) {
  return SummarizeJson(engine, line, std::nullopt, options);
}

}  // namespace khulasa::batch
