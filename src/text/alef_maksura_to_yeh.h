// Normalization pass: maps alef maksura U+0649 to yeh U+064A, the usual
// spelling variation of final yeh (lossy; for matching and scoring only).
#ifndef KHULASA_SRC_TEXT_ALEF_MAKSURA_TO_YEH_H_
#define KHULASA_SRC_TEXT_ALEF_MAKSURA_TO_YEH_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// The code point after the pass.
inline constexpr char32_t AlefMaksuraToYehChar(char32_t c) {
  return c == kAlefMaksura ? kYeh : c;
}

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string AlefMaksuraToYeh(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_ALEF_MAKSURA_TO_YEH_H_
