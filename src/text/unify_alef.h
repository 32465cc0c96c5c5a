// Normalization pass: maps the alef forms U+0622 (madda), U+0623 (hamza
// above), U+0625 (hamza below) and U+0671 (wasla) to bare alef U+0627
// (lossy; for matching and scoring only).
#ifndef KHULASA_SRC_TEXT_UNIFY_ALEF_H_
#define KHULASA_SRC_TEXT_UNIFY_ALEF_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// The code point after the pass: an alef variant becomes kAlef, anything
// else is returned unchanged.
inline constexpr char32_t UnifyAlefChar(char32_t c) {
  return IsAlefVariant(c) ? kAlef : c;
}

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string UnifyAlef(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_UNIFY_ALEF_H_
