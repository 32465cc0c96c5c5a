// Reads articles given as JSON objects {"title", "text", "date", "section",
// "url"} (other fields are ignored), one object or JSONL (one per line).
#ifndef KHULASA_SRC_ARTICLE_JSON_READER_H_
#define KHULASA_SRC_ARTICLE_JSON_READER_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include "khulasa/article.h"

namespace khulasa::article {

// Reads one JSON object from valid UTF-8 `json`. The "text" field is read as
// plain text (ReadPlainText without title detection) and becomes
// Article::input, so all ranges point into it. "title", "section" and "url"
// are copied; "date" is kept when it starts with an ISO date (its first 10
// bytes), else left empty. Fields may be null (read as empty).
// kInvalidArgument for malformed JSON (with the byte offset), a top level
// that is not an object, a known field that is not a string, or a missing
// or unusable "text" (checked like plain-text input). Sentences are filled.
absl::StatusOr<Article> ReadJsonArticle(std::string_view json,
                                        const ReadOptions& options);

// Reads JSONL: one object per line, blank lines skipped. Errors are
// prefixed with "line N: ". Each record is bounded by
// options.max_input_bytes.
absl::StatusOr<std::vector<Article>> ReadJsonLines(std::string_view jsonl,
                                                   const ReadOptions& options);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_JSON_READER_H_
