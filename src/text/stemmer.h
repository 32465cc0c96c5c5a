// Arabic stemming with libstemmer's Snowball "arabic" stemmer.
#ifndef KHULASA_SRC_TEXT_STEMMER_H_
#define KHULASA_SRC_TEXT_STEMMER_H_

#include <string>
#include <string_view>

namespace khulasa::text {

// Stem of one word (UTF-8). Thread-safe: each thread lazily creates its own
// Snowball stemmer (libstemmer instances are not thread-safe) and its own
// 4096-entry stem cache (~256 KiB per thread), so repeated words cost a
// hash and a compare. The Snowball
// stemmer also normalizes (diacritics, alef forms, ...). Empty input gives
// an empty result; words longer than 256 bytes and invalid UTF-8 are
// returned unchanged.
std::string StemArabic(std::string_view word);

// Same, writing into *out (cleared first) to reuse its capacity.
void StemArabic(std::string_view word, std::string* out);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_STEMMER_H_
