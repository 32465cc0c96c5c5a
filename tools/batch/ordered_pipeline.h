// Runs a function over a stream of records on several threads and hands the
// results to a sink in input order, with bounded memory: a reader thread,
// `jobs` workers and the calling thread as the in-order writer.
//
// At most `window_records` records (and about `window_bytes` of input,
// working copies and output) are between the reader and the sink at any
// time: the reader waits when the window is full, results that finish early
// wait in a ring buffer until every earlier one has been written. Memory is
// so bounded whatever the input size (plus one record held by the reader).
#ifndef KHULASA_TOOLS_BATCH_ORDERED_PIPELINE_H_
#define KHULASA_TOOLS_BATCH_ORDERED_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "tools/batch/record.h"
#include "tools/batch/record_reader.h"

namespace khulasa::batch {

// What the work function made of one record: its output line (without the
// newline) and whether that line reports an error. The pipeline adds the
// record's Record::digest, for the sink to fingerprint the input in order.
struct RecordResult {
  std::string line;
  bool error = false;
  uint32_t input_digest = 0;
};

// Called from the worker threads at once: must be thread-safe. Must not
// throw.
using WorkFunction = std::function<RecordResult(const Record& record)>;

// Called on the calling thread, once per record, in input order (`index`
// is the record's Record::index). A non-OK status stops the run and is
// returned by RunOrdered().
using SinkFunction =
    std::function<absl::Status(uint64_t index, const RecordResult& result)>;

struct PipelineOptions {
  int jobs = 1;  // worker threads, >= 1
  // Records in flight at most; 0 means 64 per job.
  size_t window_records = 0;
  // Bytes in flight at most, counting each record read but not yet done
  // as `input_charge` times its size (the copies parsing makes) and each
  // result waiting to be written as its size. A record that does not fit
  // waits (in the reader) until the window has room; one record is always
  // let through, however large: 64 MiB.
  size_t window_bytes = size_t{64} << 20;
  size_t input_charge = 4;
};

struct PipelineStats {
  uint64_t records = 0;  // records written by the sink
  uint64_t errors = 0;   // of which error lines
};

// Reads `reader` to its end, runs `work` on every record and gives each
// result to `sink` in order. Record::index counts from 0 in this run. Returns
// the reader's or the sink's first error (after stopping all threads), else
// the counts.
absl::StatusOr<PipelineStats> RunOrdered(RecordReader& reader,
                                         const WorkFunction& work,
                                         const SinkFunction& sink,
                                         const PipelineOptions& options);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_ORDERED_PIPELINE_H_
