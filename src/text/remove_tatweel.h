// Normalization pass: removes the tatweel (kashida) U+0640, a purely visual
// letter stretch.
#ifndef KHULASA_SRC_TEXT_REMOVE_TATWEEL_H_
#define KHULASA_SRC_TEXT_REMOVE_TATWEEL_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// True for the code point the pass removes.
inline constexpr bool RemovesTatweel(char32_t c) { return c == kTatweel; }

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string RemoveTatweel(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_REMOVE_TATWEEL_H_
