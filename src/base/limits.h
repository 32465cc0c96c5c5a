// Input size limits shared by every entry point, with their documented
// defaults. Passing one returns kResourceExhausted; it never means unbounded
// work.
#ifndef KHULASA_SRC_BASE_LIMITS_H_
#define KHULASA_SRC_BASE_LIMITS_H_

#include <cstddef>

namespace khulasa::base {

// Largest article input accepted (text, scraped, JSON or HTML): 16 MiB.
inline constexpr size_t kMaxInputBytes = 16u << 20;
// Largest single line (a paragraph) accepted in text inputs: 1 MiB.
inline constexpr size_t kMaxLineBytes = 1u << 20;
// Largest number of sentences an article may have: more are refused.
inline constexpr size_t kMaxSentences = 20000;
// Largest JSONL archive line (one article record): 32 MiB.
inline constexpr size_t kMaxRecordBytes = 32u << 20;

}  // namespace khulasa::base

#endif  // KHULASA_SRC_BASE_LIMITS_H_
