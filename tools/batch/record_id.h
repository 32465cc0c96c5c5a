// The id of a batch input record, as the output line carries it.
#ifndef KHULASA_TOOLS_BATCH_RECORD_ID_H_
#define KHULASA_TOOLS_BATCH_RECORD_ID_H_

#include <nlohmann/json.hpp>

#include "tools/batch/json_record.h"
#include "tools/batch/record.h"

namespace khulasa::batch {

// A scanned record's "id" member: any JSON value, exactly as written
// (numbers and nested values kept); null when absent or not readable
// (e.g. invalid UTF-8 in it).
nlohmann::ordered_json IdFromJson(const JsonValue& id);

// The id of any record: a file's relative path, a URL list's URL, or the
// "id" of a JSONL line (null for a line that is not a JSON object, a blank line
// or one past the size limit). Scans the line: for checks, not for the hot
// path.
nlohmann::ordered_json RecordId(const Record& record);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_RECORD_ID_H_
