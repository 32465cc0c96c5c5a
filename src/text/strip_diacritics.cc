#include "src/text/strip_diacritics.h"

#include <string>
#include <string_view>

#include "src/text/code_point_map.h"
#include "src/text/utf8.h"

namespace khulasa::text {

std::string StripDiacritics(std::string_view text) {
  return internal::MapCodePoints(text, [](char32_t c, std::string* out) {
    if (!StripsDiacritic(c)) AppendUtf8(c, out);
  });
}

}  // namespace khulasa::text
