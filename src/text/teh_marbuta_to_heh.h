// Normalization pass: maps teh marbuta U+0629 to heh U+0647, the usual
// spelling variation of the feminine ending (lossy; for matching only).
#ifndef KHULASA_SRC_TEXT_TEH_MARBUTA_TO_HEH_H_
#define KHULASA_SRC_TEXT_TEH_MARBUTA_TO_HEH_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// The code point after the pass.
inline constexpr char32_t TehMarbutaToHehChar(char32_t c) {
  return c == kTehMarbuta ? kHeh : c;
}

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string TehMarbutaToHeh(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_TEH_MARBUTA_TO_HEH_H_
