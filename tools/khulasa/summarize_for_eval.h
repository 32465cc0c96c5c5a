// The single place where `khulasa eval summary` asks the summarizer (the
// summary Engine) for a summary; everything else in the command is scoring.
#ifndef KHULASA_TOOLS_KHULASA_SUMMARIZE_FOR_EVAL_H_
#define KHULASA_TOOLS_KHULASA_SUMMARIZE_FOR_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace khulasa::cli {

// The summary bullets (at most `bullets`, in order) of the article `text`,
// given as plain text (a record's "text" field). Errors are the
// summarizer's.
absl::StatusOr<std::vector<std::string>> SummarizeForEval(std::string_view text,
                                                          int bullets);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_SUMMARIZE_FOR_EVAL_H_
