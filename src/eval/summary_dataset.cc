#include "src/eval/summary_dataset.h"

#include <cstddef>
#include <functional>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

#include "src/text/utf8.h"

namespace khulasa::eval {
namespace {

using Json = nlohmann::json;

// Excerpts in error messages stop after this many bytes.
constexpr size_t kExcerptBytes = 60;

// The first kExcerptBytes of `line`, cut on a code-point boundary.
std::string Excerpt(std::string_view line) {
  if (line.size() <= kExcerptBytes) return text::RepairUtf8(line);
  size_t end = kExcerptBytes;
  while (end > 0 &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(line[end]))) {
    --end;
  }
  return text::RepairUtf8(line.substr(0, end)) + "...";
}

absl::Status LineError(size_t line_number, std::string_view line,
                       const std::string& what) {
  return absl::InvalidArgumentError(
      absl::StrCat("line ", line_number, ": ", what, " (", Excerpt(line), ")"));
}

// Calls `parse` on each non-blank line as a JSON object, in order.
absl::Status ForEachObject(
    std::string_view jsonl,
    const std::function<absl::Status(const Json&, size_t, std::string_view)>&
        parse) {
  size_t line_number = 0;
  size_t begin = 0;
  while (begin < jsonl.size()) {
    size_t end = jsonl.find('\n', begin);
    if (end == std::string_view::npos) end = jsonl.size();
    std::string_view line = jsonl.substr(begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    // Without exceptions: a parse error (bad syntax or invalid UTF-8 inside
    // a string) comes back as a discarded value.
    const Json object = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) {
      if (!text::IsValidUtf8(line)) {
        return LineError(line_number, line,
                         absl::StrCat("invalid UTF-8 at byte ",
                                      text::FindInvalidUtf8(line)));
      }
      return LineError(line_number, line, "not valid JSON");
    }
    if (!object.is_object()) {
      return LineError(line_number, line, "expected a JSON object");
    }
    if (absl::Status status = parse(object, line_number, line); !status.ok()) {
      return status;
    }
  }
  return absl::OkStatus();
}

// Reads the string member `key`; false when absent or not a string.
bool GetString(const Json& object, const char* key, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return false;
  *out = it->get_ref<const std::string&>();
  return true;
}

// Reads the array-of-strings member `key`; false when absent, not an array
// or holding a non-string.
bool GetStringArray(const Json& object, const char* key,
                    std::vector<std::string>* out) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return false;
  out->clear();
  for (const Json& element : *it) {
    if (!element.is_string()) return false;
    out->push_back(element.get_ref<const std::string&>());
  }
  return true;
}

}  // namespace

absl::StatusOr<std::vector<SummaryRecord>> ParseSummaryDataset(
    std::string_view jsonl) {
  std::vector<SummaryRecord> records;
  absl::flat_hash_set<std::string> ids;
  absl::Status status = ForEachObject(
      jsonl,
      [&](const Json& object, size_t line_number,
          std::string_view line) -> absl::Status {
        SummaryRecord record;
        if (!GetString(object, "id", &record.id) || record.id.empty()) {
          return LineError(line_number, line,
                           "\"id\" must be a non-empty string");
        }
        if (!GetString(object, "text", &record.text)) {
          return LineError(line_number, line, "\"text\" must be a string");
        }
        if (!GetStringArray(object, "summaries", &record.summaries) ||
            record.summaries.empty()) {
          return LineError(line_number, line,
                           "\"summaries\" must be a non-empty array of "
                           "strings");
        }
        auto meta = object.find("meta");
        if (meta != object.end() && meta->is_object()) {
          auto is_news = meta->find("is_news");
          if (is_news != meta->end()) {
            if (!is_news->is_boolean()) {
              return LineError(line_number, line,
                               "\"meta.is_news\" must be true or false");
            }
            record.is_news = is_news->get<bool>();
          }
        }
        if (!ids.insert(record.id).second) {
          return LineError(line_number, line,
                           "repeated id \"" + record.id + "\"");
        }
        records.push_back(std::move(record));
        return absl::OkStatus();
      });
  if (!status.ok()) return status;
  if (records.empty()) {
    return absl::InvalidArgumentError(
        "the data set has no records; expected JSONL with \"id\", \"text\" "
        "and \"summaries\" on each line");
  }
  return records;
}

absl::StatusOr<std::vector<PredictedSummary>> ParsePredictions(
    std::string_view jsonl) {
  std::vector<PredictedSummary> predictions;
  absl::flat_hash_set<std::string> ids;
  absl::Status status = ForEachObject(
      jsonl,
      [&](const Json& object, size_t line_number,
          std::string_view line) -> absl::Status {
        PredictedSummary prediction;
        if (!GetString(object, "id", &prediction.id) || prediction.id.empty()) {
          return LineError(line_number, line,
                           "\"id\" must be a non-empty string");
        }
        std::vector<std::string> bullets;
        if (GetStringArray(object, "bullets", &bullets)) {
          for (size_t i = 0; i < bullets.size(); ++i) {
            if (i > 0) prediction.summary += '\n';
            prediction.summary += bullets[i];
          }
        } else if (!GetString(object, "summary", &prediction.summary)) {
          return LineError(line_number, line,
                           "needs a string \"summary\" or an array of "
                           "strings \"bullets\"");
        }
        if (!ids.insert(prediction.id).second) {
          return LineError(line_number, line,
                           "repeated id \"" + prediction.id + "\"");
        }
        predictions.push_back(std::move(prediction));
        return absl::OkStatus();
      });
  if (!status.ok()) return status;
  return predictions;
}

}  // namespace khulasa::eval
