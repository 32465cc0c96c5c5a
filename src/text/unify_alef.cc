#include "src/text/unify_alef.h"

#include <string>
#include <string_view>

#include "src/text/code_point_map.h"
#include "src/text/utf8.h"

namespace khulasa::text {

std::string UnifyAlef(std::string_view text) {
  return internal::MapCodePoints(text, [](char32_t c, std::string* out) {
    AppendUtf8(UnifyAlefChar(c), out);
  });
}

}  // namespace khulasa::text
