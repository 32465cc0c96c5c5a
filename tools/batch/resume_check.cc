#include "tools/batch/resume_check.h"

#include <fstream>
#include <optional>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include <nlohmann/json.hpp>

#include "tools/batch/record_id.h"

namespace khulasa::batch {
namespace {

using Json = nlohmann::ordered_json;

constexpr char kWhatToDo[] =
    "write to a new output file, or drop --resume to start it over";

std::string Shorten(const Json& id) {
  std::string text = id.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > 80) text = text.substr(0, 77) + "...";
  return text;
}

}  // namespace

absl::StatusOr<InputFingerprint> SkipWrittenRecords(
    RecordReader& reader, const std::string& output_path,
    uint64_t output_lines) {
  // An empty output keeps nothing that could be mixed up: a resume file
  // left by an earlier run (its output deleted) does not matter.
  if (output_lines == 0) return InputFingerprint();
  absl::StatusOr<std::optional<InputFingerprint>> state =
      ReadResumeState(ResumeStatePath(output_path));
  if (!state.ok()) return state.status();
  const uint64_t vouched = state->has_value() ? (*state)->records : 0;
  if (vouched > output_lines) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot resume: ", output_path, " has ", output_lines,
        " results but its resume file vouches for ", vouched,
        "; the output was cut after the run: drop --resume to start over"));
  }
  std::ifstream output;
  if (vouched < output_lines) {
    output.open(output_path, std::ios::binary);
    std::string skipped;
    for (uint64_t i = 0; i < vouched && std::getline(output, skipped); ++i) {
    }
  }
  InputFingerprint fingerprint;
  std::string line;
  for (uint64_t i = 0; i < output_lines; ++i) {
    Record record;
    absl::StatusOr<bool> got = reader.Next(&record);
    if (!got.ok()) return got.status();
    if (!*got) {
      return absl::InvalidArgumentError(
          absl::StrCat(output_path, " already has ", output_lines,
                       " results but the input has only ", i,
                       " records; is this the output of another input?"));
    }
    fingerprint.Add(record.digest);
    if (i < vouched) {
      if (i + 1 == vouched && fingerprint != **state) {
        return absl::InvalidArgumentError(absl::StrCat(
            "cannot resume: ", output_path,
            " was written from another input (the fingerprint of its first ",
            vouched, " records does not match this input); ", kWhatToDo));
      }
      continue;
    }
    // Lines past the checkpoint: each must answer its record.
    if (!std::getline(output, line)) {
      return absl::InternalError("cannot read " + output_path +
                                 " back to check its ids");
    }
    const Json result = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    const Json expected = RecordId(record);
    if (result.is_discarded() || !result.is_object() ||
        result.value("id", Json()) != expected) {
      const std::string found =
          result.is_object()
              ? "the result for id " + Shorten(result.value("id", Json()))
              : "not a batch result";
      return absl::InvalidArgumentError(absl::StrCat(
          "cannot resume: line ", i + 1, " of ", output_path, " is ", found,
          ", but record ", i + 1, " of the input has id ", Shorten(expected),
          "; the output was written from another input: ", kWhatToDo));
    }
  }
  return fingerprint;
}

}  // namespace khulasa::batch
