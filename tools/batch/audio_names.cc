#include "tools/batch/audio_names.h"

#include <string_view>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "src/text/arabic.h"
#include "src/text/utf8.h"
#include "tools/batch/record_id.h"

namespace khulasa::batch {
namespace {

constexpr size_t kMaxNameBytes = 96;

bool IsSafeAscii(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

}  // namespace

std::string SafeFileName(const nlohmann::ordered_json& id) {
  std::string text;
  if (id.is_string()) {
    text = id.get<std::string>();
  } else if (id.is_number()) {
    text = id.dump();
  } else {
    return "";
  }
  std::string name;
  // DecodeUtf8 moves on at least one byte per step, invalid bytes included
  // (they come back as U+FFFD and become '_').
  for (size_t pos = 0; pos < text.size();) {
    const char32_t c = text::DecodeUtf8(text, &pos);
    std::string piece;
    if (IsSafeAscii(c) || text::IsArabicLetter(c) || text::IsAnyDigit(c)) {
      text::AppendUtf8(c, &piece);
    } else {
      piece = "_";
    }
    if (name.size() + piece.size() > kMaxNameBytes) break;
    name += piece;
  }
  if (!name.empty() && name.front() == '.') name.front() = '_';
  return name;
}

absl::StatusOr<bool> AudioNamingReader::Next(Record* record) {
  absl::StatusOr<bool> got = inner_->Next(record);
  if (!got.ok() || !*got) return got;
  // Records in input order: a folder's file has no line, its position does.
  const std::string number = record->line > 0 ? absl::StrCat(record->line)
                                              : absl::StrCat(record->index + 1);
  std::string name = SafeFileName(RecordId(*record));
  if (name.empty()) {
    name = absl::StrCat(record->line > 0 ? "line-" : "file-", number);
  }
  if (!used_.insert(absl::AsciiStrToLower(name)).second) {
    absl::StrAppend(&name, "~", number);
    used_.insert(absl::AsciiStrToLower(name));
  }
  record->audio_name = std::move(name);
  return true;
}

}  // namespace khulasa::batch
