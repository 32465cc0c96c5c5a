// Normalization pass: removes Arabic harakat U+064B-U+0652 and the superscript
// alef U+0670 (lossy; for matching and scoring only, never for speech).
#ifndef KHULASA_SRC_TEXT_STRIP_DIACRITICS_H_
#define KHULASA_SRC_TEXT_STRIP_DIACRITICS_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// True for the code points the pass removes (see IsArabicDiacritic).
inline constexpr bool StripsDiacritic(char32_t c) {
  return IsArabicDiacritic(c);
}

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string StripDiacritics(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_STRIP_DIACRITICS_H_
