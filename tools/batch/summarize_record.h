// The per-record work of `khulasa batch` (and of the Python module's
// summarize_record): one input record in, one JSONL output line out.
//
// Input records are JSON objects with an "id" (any JSON value, copied to the
// output) and the article in "html" (read as HTML), "scraped" (the site's
// scraped text) or "text" (plain text; with "title", "date", "section" read
// as `khulasa summarize --input-format json` reads them); the first of those
// three fields present is used. Output lines are
//   {"id":..,"title":..,"date":..,"section":..,
//    "bullets":[{"text":..,"sources":[{"begin":b,"end":e},..]},..]}
// with sources as byte ranges into the article text, or
//   {"id":..,"line":7,"error":{"code":"INVALID_ARGUMENT","message":".."}}
// when the record cannot be read or summarized: "id" is null when it could
// not be read, "line" is the 1-based input line (absent for a folder's
// files, whose id is their path). A blank line is such an error too. A page
// fetched by `khulasa batch --urls` (Record::url set) has its URL as "id"
// and as "url", beside "line", on both kinds of line.
#ifndef KHULASA_TOOLS_BATCH_SUMMARIZE_RECORD_H_
#define KHULASA_TOOLS_BATCH_SUMMARIZE_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "khulasa/article.h"
#include "khulasa/engine.h"
#include "khulasa/speech.h"
#include "khulasa/summary.h"
#include "tools/batch/ordered_pipeline.h"
#include "tools/batch/record.h"

namespace khulasa::batch {

struct RecordOptions {
  // read.format: kAuto lets each record decide (its field name, or a file's
  // extension); any other format is used for "text" fields and files.
  ReadOptions read;
  SummaryOptions summary;
  // When not empty, each summary is also spoken (its bullets, one per line)
  // into the folder `audio_dir` as "<Record::audio_name>.<ext>"
  // (audio_names.h), and the output line gains "audio": "<name>.<ext>", or
  // "audio_error": {code, message} (the line then counts as an error).
  // Files are written atomically.
  std::string audio_dir;
  SpeechOptions speech;
};

// Summarizes one record. Never fails: problems become an error line.
// Thread-safe (the engine is).
RecordResult SummarizeRecord(const Engine& engine, const Record& record,
                             const RecordOptions& options);

// The same for one JSONL line given directly: the output line is the one
// `khulasa batch` writes for it when `line_number` is its 1-based line in
// the input (0: error lines carry no "line"). Never speaks.
RecordResult SummarizeJsonLine(const Engine& engine, std::string_view line,
                               const RecordOptions& options,
                               uint64_t line_number = 0);

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_SUMMARIZE_RECORD_H_
