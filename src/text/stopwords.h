// Arabic stopwords (particles, prepositions, pronouns, demonstratives,
// relative pronouns, auxiliary verbs). The list is data:
// data/arabic_stopwords.txt, embedded by scripts/gen/gen_stopwords.py.
#ifndef KHULASA_SRC_TEXT_STOPWORDS_H_
#define KHULASA_SRC_TEXT_STOPWORDS_H_

#include <string_view>
#include <vector>

namespace khulasa::text {

// True when `word` (already passed through NormalizeForMatching) is a
// stopword. Allocation-free after the first call; thread-safe.
bool IsStopword(std::string_view word);

// The normalized stopword set, sorted, unique (for tests and tools).
const std::vector<std::string_view>& NormalizedStopwords();

// The list as written in data/arabic_stopwords.txt, in file order (for the
// test that checks the embedded copy is up to date).
const std::vector<std::string_view>& RawStopwords();

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_STOPWORDS_H_
