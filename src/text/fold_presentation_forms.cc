#include "src/text/fold_presentation_forms.h"

#include <string>
#include <string_view>

#include "src/text/code_point_map.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

#include "src/text/presentation_forms_table.inc"

}  // namespace

std::string_view PresentationFormFolding(char32_t c) {
  if (c < kFoldFirst || c > kFoldLast) return {};
  const FoldEntry& e = kFoldIndex[c - kFoldFirst];
  return std::string_view(kFoldPool + e.offset, e.length);
}

std::string FoldPresentationForms(std::string_view text) {
  return internal::MapCodePoints(text, [](char32_t c, std::string* out) {
    const std::string_view folded = PresentationFormFolding(c);
    if (folded.empty()) {
      AppendUtf8(c, out);
    } else {
      out->append(folded);
    }
  });
}

}  // namespace khulasa::text
