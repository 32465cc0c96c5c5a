// Checks raw input where it enters the engine: size, binary data, UTF-8,
// blank input, Arabic content and line length. Every failure names what is
// wrong and where (a byte offset or a line number).
#ifndef KHULASA_SRC_ARTICLE_INPUT_CHECK_H_
#define KHULASA_SRC_ARTICLE_INPUT_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "khulasa/article.h"

namespace khulasa::article {

// kResourceExhausted when `bytes` is larger than options.max_input_bytes.
absl::Status CheckInputSize(std::string_view bytes, const ReadOptions& options);

// kInvalidArgument when `bytes` looks binary: a NUL byte anywhere, or more
// than one byte in eight a C0 control other than tab and line breaks.
absl::Status CheckNotBinary(std::string_view bytes);

// Returns the input as valid UTF-8: `bytes` itself, or with each invalid byte
// replaced by U+FFFD when options.lenient (kInvalidArgument when that would
// make more than a fifth of it U+FFFD: CheckMostlyDecoded()). Strict mode
// returns kInvalidArgument naming the first bad byte offset.
absl::StatusOr<std::string> ToValidUtf8(std::string_view bytes,
                                        const ReadOptions& options);

// kInvalidArgument when `text` is empty or only whitespace.
absl::Status CheckNotBlank(std::string_view text);

// kInvalidArgument when `text` has no Arabic letter at all, with the
// RefusedLanguage() payload "other". ReadOptions::force does not lift it:
// there is nothing Arabic to summarize.
absl::Status CheckHasArabic(std::string_view text);

// kResourceExhausted naming the 1-based line and its byte range when a line
// of `text` is longer than options.max_line_bytes.
absl::Status CheckLineLengths(std::string_view text,
                              const ReadOptions& options);

// All of the above in order, for text formats (scraped, plain text).
// `known_valid_utf8`: the caller has already checked that all of `bytes` is
// valid UTF-8, so the UTF-8 pass is skipped (the result is the same).
absl::StatusOr<std::string> CheckTextInput(std::string_view bytes,
                                           const ReadOptions& options,
                                           bool known_valid_utf8 = false);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_INPUT_CHECK_H_
