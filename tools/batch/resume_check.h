// The start of a resumed batch run: passes over the input records whose
// results the output already has, checking that the output was written from
// this input (resume_state.h), and returns their fingerprint so the run can
// go on chaining it.
#ifndef KHULASA_TOOLS_BATCH_RESUME_CHECK_H_
#define KHULASA_TOOLS_BATCH_RESUME_CHECK_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"

#include "tools/batch/record_reader.h"
#include "tools/batch/resume_state.h"

namespace khulasa::batch {

// Reads the first `output_lines` records of `reader` (the complete lines of
// the output at `output_path`; none when it is 0, whatever a resume file
// left beside it says). The records the resume file vouches for
// must have its fingerprint; each later line (written after the last
// checkpoint, or every line when there is no resume file) must carry the id
// of its record. kInvalidArgument, saying which and what to do, when
// either does not hold or the input has fewer records than the output
// lines; kDataLoss for a damaged resume file.
absl::StatusOr<InputFingerprint> SkipWrittenRecords(
    RecordReader& reader, const std::string& output_path,
    uint64_t output_lines);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_RESUME_CHECK_H_
