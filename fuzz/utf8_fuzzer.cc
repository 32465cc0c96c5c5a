// Differential fuzzer for src/text/utf8: the fast validator and decoder
// against a simple reference decoder written straight from the Unicode
// definition of well-formed UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "src/text/utf8.h"

namespace {

// Reference: length of the valid sequence at `pos`, or 0 when invalid.
size_t ReferenceSequence(std::string_view s, size_t pos, char32_t* out) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  size_t length;
  char32_t value;
  if (b0 < 0x80) {
    *out = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    length = 2;
    value = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3;
    value = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4;
    value = b0 & 0x07;
  } else {
    return 0;
  }
  if (pos + length > s.size()) return 0;
  for (size_t i = 1; i < length; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kMin[length]) return 0;                // overlong
  if (value >= 0xD800 && value <= 0xDFFF) return 0;  // surrogate
  if (value > 0x10FFFF) return 0;                    // too large
  *out = value;
  return length;
}

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace khulasa::text;

  // Walk with both decoders side by side.
  size_t reference_first_bad = text.size();
  std::string reference_repair;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t expected = 0;
    const size_t length = ReferenceSequence(text, pos, &expected);
    size_t next = pos;
    const char32_t got = DecodeUtf8(text, &next);
    if (length == 0) {
      if (reference_first_bad == text.size()) reference_first_bad = pos;
      Check(got == kReplacementChar && next == pos + 1);
      AppendUtf8(kReplacementChar, &reference_repair);
      pos += 1;
    } else {
      Check(got == expected && next == pos + length);
      std::string encoded;
      AppendUtf8(got, &encoded);
      Check(encoded == text.substr(pos, length));
      Check(Utf8EncodedLength(got) == length);
      reference_repair.append(text.substr(pos, length));
      pos += length;
    }
  }
  Check(FindInvalidUtf8(text) == reference_first_bad);
  Check(IsValidUtf8(text) == (reference_first_bad == text.size()));
  Check(ValidateUtf8(text).ok() == (reference_first_bad == text.size()));
  const std::string repaired = RepairUtf8(text);
  Check(repaired == reference_repair);
  Check(IsValidUtf8(repaired));
  return 0;
}
