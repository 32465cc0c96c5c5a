// Normalization pass: removes bidi marks, embeddings, overrides and isolates,
// zero-width characters and the BOM (see IsFormatControl in arabic.h).
#ifndef KHULASA_SRC_TEXT_REMOVE_FORMAT_CONTROLS_H_
#define KHULASA_SRC_TEXT_REMOVE_FORMAT_CONTROLS_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// True for the code points the pass removes.
inline constexpr bool RemovesFormatControl(char32_t c) {
  return IsFormatControl(c);
}

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string RemoveFormatControls(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_REMOVE_FORMAT_CONTROLS_H_
