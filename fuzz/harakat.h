// Shared by the diacritizer fuzz targets: the text without its harakat
// (the label marks the diacritizer adds), to check that vowelling leaves
// every letter as it was.
#ifndef KHULASA_FUZZ_HARAKAT_H_
#define KHULASA_FUZZ_HARAKAT_H_

#include <string>
#include <string_view>

#include "src/speech/diacritizer_labels.h"
#include "src/text/utf8.h"

namespace khulasa::fuzz {

inline std::string StripHarakat(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(text, &pos);
    if (!speech::IsLabelMark(c)) out.append(text.substr(start, pos - start));
  }
  return out;
}

}  // namespace khulasa::fuzz

#endif  // KHULASA_FUZZ_HARAKAT_H_
