// Readers for the JSONL files `khulasa eval summary` scores: the reference
// sets of ../shared/data/summarization/ and files of predicted summaries.
//
// Reference set, one object per line (blank lines are skipped):
//   {"id": "easc-topic001", "text": "<article>", "summaries": ["<ref>", ...],
//    "meta": {"is_news": true}}
// Other fields ("source", "title", the rest of "meta") are ignored.
//
// Predictions, one object per line:
//   {"id": "easc-topic001", "summary": "<text>"}  or
//   {"id": "easc-topic001", "bullets": ["<bullet 1>", "<bullet 2>"]}
#ifndef KHULASA_SRC_EVAL_SUMMARY_DATASET_H_
#define KHULASA_SRC_EVAL_SUMMARY_DATASET_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace khulasa::eval {

struct SummaryRecord {
  std::string id;
  std::string text;                    // the article body
  std::vector<std::string> summaries;  // one or more references
  bool is_news = false;                // meta.is_news; false when absent
};

struct PredictedSummary {
  std::string id;
  // The summary text; "bullets" are joined with '\n', one line per bullet
  // (ROUGE-Lsum scores lines).
  std::string summary;
};

// Parses a reference set. Errors are kInvalidArgument and name the 1-based
// line and what is wrong, with a shortened excerpt: invalid JSON (including
// invalid UTF-8), a missing or non-string "id" or "text", "summaries" absent,
// empty or not all strings, a non-boolean "meta.is_news", a repeated id, or
// a file without any record.
absl::StatusOr<std::vector<SummaryRecord>> ParseSummaryDataset(
    std::string_view jsonl);

// Parses a predictions file: each line needs a string "id" and either a
// string "summary" or an array of strings "bullets". Errors as above.
absl::StatusOr<std::vector<PredictedSummary>> ParsePredictions(
    std::string_view jsonl);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_SUMMARY_DATASET_H_
