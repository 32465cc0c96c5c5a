// One input record of a batch run: a JSONL line or a file of a directory,
// numbered in input order.
#ifndef KHULASA_TOOLS_BATCH_RECORD_H_
#define KHULASA_TOOLS_BATCH_RECORD_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"

#include "khulasa/article.h"

namespace khulasa::batch {

enum class RecordKind {
  kJsonLine,  // `bytes` is one JSON object {"id", "text"|"html"|"scraped"}
  kFile,      // `bytes` is a whole article file; `id` is its relative path
  kUrl,       // `bytes` is a line of a URL list (`khulasa batch --urls`);
              // `id` is the URL on it, "" for a blank line
};

struct Record {
  // 0-based position among the records of this run (after any skipped by
  // --resume); the output is written in this order.
  uint64_t index = 0;
  // 1-based input line (JSONL or a URL list; blank lines are records too)
  // or 0 (a folder's files), for error lines.
  uint64_t line = 0;
  RecordKind kind = RecordKind::kJsonLine;
  std::string id;  // kFile only: the path relative to the input folder
  // kFile only: how to read the file (kAuto unless the extension or a flag
  // says otherwise).
  InputFormat format = InputFormat::kAuto;
  std::string bytes;
  // kFile only, for pages fetched by `khulasa batch --urls`: the URL (the
  // output line carries it as "url") and the charset of the HTTP
  // Content-Type header (read as the page's charset; "" when none).
  std::string url;
  std::string charset;
  // CRC-32 of what was read for the record, whole: the line without its
  // '\n' (bytes past the size limit included), or the file's relative path,
  // a NUL and its raw (still compressed) bytes. Chained in input order, it
  // is the input's fingerprint that --resume checks (resume_state.h).
  uint32_t digest = 0;
  // With --speak: the audio file's name without extension, unique in the
  // run (audio_names.h); empty when no name could be given.
  std::string audio_name;
  // Set when the reader could not produce the record's bytes (a line or file
  // past the size limit, an unreadable file). The record still gets its
  // output line, carrying this error.
  absl::Status status;
};

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_RECORD_H_
