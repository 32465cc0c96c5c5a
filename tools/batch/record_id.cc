#include "tools/batch/record_id.h"

#include "absl/status/statusor.h"

namespace khulasa::batch {

using Json = nlohmann::ordered_json;

Json IdFromJson(const JsonValue& id) {
  if (!id.present) return nullptr;
  // Small; nlohmann keeps numbers and nested values exactly as written.
  Json parsed = Json::parse(id.raw, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return nullptr;  // e.g. invalid UTF-8 in the id
  return parsed;
}

Json RecordId(const Record& record) {
  if (record.kind == RecordKind::kFile) return record.id;
  if (record.kind == RecordKind::kUrl) {
    return record.id.empty() ? Json(nullptr) : Json(record.id);
  }
  if (!record.status.ok()) return nullptr;
  absl::StatusOr<JsonRecord> scanned = ScanJsonRecord(record.bytes);
  if (!scanned.ok()) return nullptr;
  return IdFromJson(scanned->id);
}

}  // namespace khulasa::batch
