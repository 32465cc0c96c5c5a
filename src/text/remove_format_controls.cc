#include "src/text/remove_format_controls.h"

#include <string>
#include <string_view>

#include "src/text/code_point_map.h"
#include "src/text/utf8.h"

namespace khulasa::text {

std::string RemoveFormatControls(std::string_view text) {
  return internal::MapCodePoints(text, [](char32_t c, std::string* out) {
    if (!RemovesFormatControl(c)) AppendUtf8(c, out);
  });
}

}  // namespace khulasa::text
