// Bullet trimming: keeps the point of a sentence and drops its wrapping:
// a leading dateline ("عمان - الرأي -"), a trailing circumstantial or
// framing clause ("، مؤكدا أن ..."، "، حيث ..."، "وذلك في ..."), and, past a
// word limit, everything after the last clause boundary within it.
// The rules are measured in docs/summary.md: they raise ROUGE against
// headlines and lower it against whole-sentence extracts, so the engine
// uses them for single-bullet gists and explicit word limits only.
#ifndef KHULASA_SRC_SUMMARY_TRIMMER_H_
#define KHULASA_SRC_SUMMARY_TRIMMER_H_

#include <cstddef>
#include <string_view>

#include "khulasa/byte_range.h"

namespace khulasa::summary {

struct TrimOptions {
  bool drop_dateline = true;
  bool drop_trailing_clause = true;
  // Most words to keep; 0 = no limit.
  size_t max_words = 0;
  // When the limit is passed and no clause boundary lies between a third of
  // the limit and the limit: cut at the limit (hard) or keep all (soft).
  bool hard_limit = false;
};

// The part of `text` (one bullet, valid UTF-8) to keep, as a byte range
// into `text`, trimmed of surrounding blanks and of a dangling comma. Never
// empty for a non-blank `text`; a rule never leaves fewer than 6 words.
ByteRange TrimBullet(std::string_view text, const TrimOptions& options);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_TRIMMER_H_
