// Internal: the page-furniture word lists (furniture_words.h) as sets for
// lookups in constant time, and the prefix test on '|'-separated lists.
// Not part of the module's API.
#ifndef KHULASA_SRC_ARTICLE_FURNITURE_WORD_SETS_H_
#define KHULASA_SRC_ARTICLE_FURNITURE_WORD_SETS_H_

#include <string_view>

#include "absl/container/flat_hash_set.h"

#include "src/article/furniture_words.h"

namespace khulasa::article::internal {

// The blank-separated entries of a word list, for lookups in constant time
// (scanning the lists cost 3 us per short line). Built once and never
// changed: safe to share between threads.
class WordSet {
 public:
  // `list` holds blank-separated entries and must outlive the set (the
  // lists are string literals).
  explicit WordSet(std::string_view list);
  bool Contains(std::string_view word) const { return set_.contains(word); }

 private:
  absl::flat_hash_set<std::string_view> set_;  // views into the lists
};

// One set per list of furniture_words.h, all in folded form (FoldForMatch).
struct WordSets {
  WordSet stamp{furniture_words::kStampWords};
  WordSet filler{furniture_words::kFillerWords};
  WordSet action{furniture_words::kActionWords};
  WordSet date{furniture_words::kDateWords};
  WordSet byline{furniture_words::kBylineKeywords};
  WordSet bare_byline{furniture_words::kBareBylineKeywords};
  WordSet not_tag{furniture_words::kNotTagWords};
  WordSet media_name{furniture_words::kMediaNameWords};
  WordSet title{furniture_words::kTitleWords};
};

// The sets, built on first use (thread-safe) and never destroyed.
const WordSets& Sets();

// True when `text` starts with one of the non-empty '|'-separated entries
// of `list`.
bool StartsWithAny(std::string_view text, std::string_view list);

}  // namespace khulasa::article::internal

#endif  // KHULASA_SRC_ARTICLE_FURNITURE_WORD_SETS_H_
