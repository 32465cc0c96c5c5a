// Normalization pass: folds Arabic presentation forms (U+FB50-U+FDFF,
// U+FE70-U+FEFC) back to base letters using their Unicode compatibility
// (NFKC) decompositions. Lam-alef ligatures become two letters, word
// ligatures (U+FDF2 allah, U+FDFA ...) become their words. Isolated harakat
// forms (U+FE70 ...) become the bare mark, without NFKC's leading space.
#ifndef KHULASA_SRC_TEXT_FOLD_PRESENTATION_FORMS_H_
#define KHULASA_SRC_TEXT_FOLD_PRESENTATION_FORMS_H_

#include <string>
#include <string_view>

#include "src/text/arabic.h"

namespace khulasa::text {

// The UTF-8 text a presentation form folds to, or an empty view when `c` is
// not a foldable presentation form. The view points into a static table.
std::string_view PresentationFormFolding(char32_t c);

// Applies the pass to a whole string. Input is valid UTF-8 (engine
// invariant); an invalid byte never crashes and comes out as U+FFFD.
// Allocates the result; Normalize() runs several passes in one sweep with
// an alignment back to the input.
std::string FoldPresentationForms(std::string_view text);

}  // namespace khulasa::text

#endif  // KHULASA_SRC_TEXT_FOLD_PRESENTATION_FORMS_H_
