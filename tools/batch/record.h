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
};

struct Record {
  // 0-based position among the records of this run (after any skipped by
  // --resume); the output is written in this order.
  uint64_t index = 0;
  // 1-based input line (JSONL) or 0 (files), for error messages.
  uint64_t line = 0;
  RecordKind kind = RecordKind::kJsonLine;
  std::string id;  // kFile only: the path relative to the input folder
  // kFile only: how to read the file (kAuto unless the extension or a flag
  // says otherwise).
  InputFormat format = InputFormat::kAuto;
  std::string bytes;
  // Set when the reader could not produce the record's bytes (a line or file
  // past the size limit, an unreadable file). The record still gets its
  // output line, carrying this error.
  absl::Status status;
};

}  // namespace khulasa::batch

#endif  // KHULASA_TOOLS_BATCH_RECORD_H_
