// The file names of a --speak run's audio: each record's audio is named
// after its id, made safe for any file system, and unique in the run.
#ifndef KHULASA_TOOLS_BATCH_AUDIO_NAMES_H_
#define KHULASA_TOOLS_BATCH_AUDIO_NAMES_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include <nlohmann/json.hpp>

#include "tools/batch/record.h"
#include "tools/batch/record_reader.h"

namespace khulasa::batch {

// A file name (without extension) for a record id: a string id's text or a
// number's JSON text, keeping ASCII letters, digits, '-', '_', '.', Arabic
// letters and digits, and turning every other character into '_' (so no
// '/', '~', control or bidi character gets through); a leading '.' becomes
// '_'; cut to at most 96 bytes. "" when the id is not a string or a number
// or leaves nothing.
std::string SafeFileName(const nlohmann::ordered_json& id);

// Wraps a reader and sets Record::audio_name on each record, in input
// order: SafeFileName(id), or "line-N" (N the input line; "file-N" for a
// folder's N-th file) when that is empty; when the name (compared without
// ASCII case, for case-insensitive file systems) was given to an earlier
// record, "~N" is appended, which no other record can get. A resumed run
// reads the records it skips through the same reader, so every record
// gets the name an uninterrupted run gives it. Keeps every name of the run
// in memory (about 100 bytes a record: --speak runs are slow anyway).
class AudioNamingReader : public RecordReader {
 public:
  explicit AudioNamingReader(std::unique_ptr<RecordReader> inner)
      : inner_(std::move(inner)) {}

  absl::StatusOr<bool> Next(Record* record) override;
  std::optional<uint64_t> total() const override { return inner_->total(); }

 private:
  std::unique_ptr<RecordReader> inner_;
  absl::flat_hash_set<std::string> used_;  // lower-cased names given out
};

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_AUDIO_NAMES_H_
