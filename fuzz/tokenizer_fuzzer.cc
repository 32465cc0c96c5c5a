// Fuzzes Tokenize(): token ranges non-empty, in bounds, ordered, on
// code-point boundaries; bytes between tokens are only whitespace or
// format controls.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "src/text/tokenizer.h"
#include "src/text/utf8.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

bool IsSkippable(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || c == 0x2028 ||
         c == 0x2029 || (c >= 0x202A && c <= 0x202F) || c == 0x205F ||
         (c >= 0x2060 && c <= 0x2069) || c == 0x3000 || c == 0xFEFF ||
         c == 0x061C;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  using namespace khulasa::text;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  size_t previous_end = 0;
  for (const Token& t : tokens) {
    Check(t.range.begin < t.range.end);
    Check(t.range.end <= text.size());
    Check(previous_end <= t.range.begin);
    Check(!TokenKindName(t.kind).empty());
    // The gap before the token holds only skippable code points.
    size_t pos = previous_end;
    while (pos < t.range.begin) {
      const char32_t c = DecodeUtf8(text, &pos);
      Check(IsSkippable(c));
    }
    Check(pos == t.range.begin);  // token starts on a code-point boundary
    previous_end = t.range.end;
  }
  size_t pos = previous_end;
  while (pos < text.size()) Check(IsSkippable(DecodeUtf8(text, &pos)));
  Check(Tokenize(text) == tokens);
  return 0;
}
