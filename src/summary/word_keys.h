// Word keys: a cheap 32-bit identity for each content word of a text, used
// to compare sentences (redundancy, centrality, title overlap). A key is a
// hash of the word after matching normalization (diacritics and tatweel
// dropped, alef forms, alef maksura and teh marbuta unified, Latin lower
// case) and a light stemming (article and conjunction prefixes, common
// plural and pronoun suffixes). Stopwords and one-letter words give no key.
#ifndef KHULASA_SRC_SUMMARY_WORD_KEYS_H_
#define KHULASA_SRC_SUMMARY_WORD_KEYS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace khulasa::summary {

// What one pass over a text found.
struct WordKeyCounts {
  uint32_t words = 0;    // words and numbers seen (stopwords included)
  uint32_t numbers = 0;  // words that start with a digit
};

// Sorted hashes of the normalized stopword list (text::IsStopword's list).
// Immutable; safe to share between threads.
class StopwordKeys {
 public:
  StopwordKeys();
  bool Contains(uint32_t full_word_key) const;

 private:
  std::vector<uint32_t> table_;  // open addressing, 0 = empty
  size_t mask_ = 0;
};

// Appends the keys of the content words of `text` to *keys (unsorted, in
// text order) and returns the counts. Invalid UTF-8 never crashes: a bad
// byte separates words. Allocation-free apart from *keys growing.
WordKeyCounts AppendWordKeys(std::string_view text,
                             const StopwordKeys& stopwords,
                             std::vector<uint32_t>* keys);

// Hash of a whole normalized word (no stemming): what StopwordKeys holds.
uint32_t FullWordKey(std::string_view word);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_WORD_KEYS_H_
