// Finds the fields of one JSONL input record without building a JSON tree:
// the whole line is checked against the JSON grammar in one pass, and only
// the values the batch uses are kept (as views) or decoded. nlohmann's DOM
// parse of a 6.6 KB record was 18% of a batch run's CPU (docs/performance.md).
#ifndef KHULASA_TOOLS_BATCH_JSON_RECORD_H_
#define KHULASA_TOOLS_BATCH_JSON_RECORD_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::batch {

// One top-level member's value, as it appears in the line.
struct JsonValue {
  bool present = false;
  bool is_string = false;
  std::string_view raw;  // the value's JSON text (strings with their quotes)
};

// The members `khulasa batch` reads. For a key given twice, the last wins
// (as with nlohmann::json).
struct JsonRecord {
  JsonValue id, html, scraped, text, title, date, section;
};

// Checks that `line` is one JSON object (whitespace around it allowed) and
// returns its known members. kInvalidArgument, with the byte offset, for
// anything else. Nesting deeper than 64 levels is refused.
absl::StatusOr<JsonRecord> ScanJsonRecord(std::string_view line);

// Decodes a string value's raw text (with its quotes; escapes resolved,
// \u surrogate pairs joined into UTF-8). Invalid UTF-8 bytes pass through
// unchanged: the article readers check the text. kInvalidArgument for a lone
// surrogate escape.
absl::StatusOr<std::string> DecodeJsonString(std::string_view raw);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_JSON_RECORD_H_
