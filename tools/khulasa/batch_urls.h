// `khulasa batch --urls FILE`: each line of FILE is an http(s) URL, fetched
// and summarized in the batch workers (url_fetch.h), so that output line N
// answers input line N like any other batch input.
#ifndef KHULASA_TOOLS_KHULASA_BATCH_URLS_H_
#define KHULASA_TOOLS_KHULASA_BATCH_URLS_H_

#include <memory>

#include "khulasa/engine.h"
#include "tools/batch/ordered_pipeline.h"
#include "tools/batch/record.h"
#include "tools/batch/record_reader.h"
#include "tools/batch/summarize_record.h"

namespace khulasa::cli {

// Wraps a line reader (batch::OpenRecordReader() of the list): each line
// comes back as a RecordKind::kUrl record whose id is the URL on it, blanks
// around it dropped ("" for a blank line), so that --resume and --speak see
// the URL as the record's id.
std::unique_ptr<batch::RecordReader> NewUrlListReader(
    std::unique_ptr<batch::RecordReader> lines);

// Fetches the URL of a kUrl record and summarizes the page as
// batch::SummarizeRecord() does a folder's file, with the URL as "id" and
// "url". A blank line, a line that is not an http(s) URL or a failed fetch
// becomes an error line with the input line number. The page may be at most
// options.read.max_input_bytes. Never fails; thread-safe.
batch::RecordResult SummarizeUrlRecord(const Engine& engine,
                                       const batch::Record& line,
                                       const batch::RecordOptions& options);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_BATCH_URLS_H_
