// The fingerprint of the input a batch output was written from, kept in a
// small file beside the output ("OUT.resume"), so that --resume can refuse
// an output that came from another input. The output itself stays plain
// JSONL, one line per input line.
//
// The fingerprint chains the CRC-32 of every record (Record::digest) in
// input order. The run rewrites the file (atomically) at each checkpoint,
// after the output is fsynced: it then vouches for the first `records`
// lines of the output. Lines written after the last checkpoint (a kill -9
// keeps them) are checked by their ids instead (resume_check.h).
#ifndef KHULASA_TOOLS_BATCH_RESUME_STATE_H_
#define KHULASA_TOOLS_BATCH_RESUME_STATE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace khulasa::batch {

struct InputFingerprint {
  uint64_t records = 0;
  uint32_t chain = 0;

  // Adds the next record's digest.
  void Add(uint32_t digest);

  bool operator==(const InputFingerprint& other) const = default;
};

// "OUT.resume" for the output "OUT".
std::string ResumeStatePath(const std::string& output_path);

// Reads the file: nullopt when it does not exist, kDataLoss when it is not
// one this program wrote.
absl::StatusOr<std::optional<InputFingerprint>> ReadResumeState(
    const std::string& path);

// Replaces the file atomically (written beside it, fsynced, renamed).
absl::Status WriteResumeState(const std::string& path,
                              const InputFingerprint& fingerprint);

// Deletes the file; OK when it is not there.
absl::Status RemoveResumeState(const std::string& path);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_RESUME_STATE_H_
