#include "src/text/teh_marbuta_to_heh.h"

#include <string>
#include <string_view>

#include "src/text/code_point_map.h"
#include "src/text/utf8.h"

namespace khulasa::text {

std::string TehMarbutaToHeh(std::string_view text) {
  return internal::MapCodePoints(text, [](char32_t c, std::string* out) {
    AppendUtf8(TehMarbutaToHehChar(c), out);
  });
}

}  // namespace khulasa::text
