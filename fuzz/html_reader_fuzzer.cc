// Fuzzes the HTML reader end to end: charset detection and conversion,
// parsing, metadata, content scoring and block assembly. Invariants: no
// crash or hang; on success the article text is valid UTF-8 and every block
// range lies inside it, in order, and holds exactly the block's text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "khulasa/article.h"
#include "src/article/html_reader.h"
#include "src/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (256u << 10)) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  khulasa::article::HtmlReadOptions options;
  // The first byte picks a charset override now and then, so the legacy
  // converters get fuzzed too.
  if (size > 0 && data[0] == 0x01) options.charset = "windows-1256";
  if (size > 0 && data[0] == 0x02) options.charset = "iso-8859-6";
  if (size > 0 && data[0] == 0x03) options.charset = "UTF-16LE";
  const auto result = khulasa::article::ReadHtml(bytes, options);
  if (!result.ok()) return 0;
  const khulasa::Article& a = result->article;
  if (!khulasa::text::IsValidUtf8(a.input)) std::abort();
  if (!khulasa::text::IsValidUtf8(a.title)) std::abort();
  size_t last = 0;
  for (const khulasa::Block& b : a.blocks) {
    if (b.range.begin < last || b.range.end > a.input.size() ||
        b.range.begin > b.range.end) {
      std::abort();
    }
    if (a.input.compare(b.range.begin, b.range.size(), b.text) != 0) {
      std::abort();
    }
    for (const khulasa::ByteRange& s : b.sentences) {
      if (s.begin < b.range.begin || s.end > b.range.end) std::abort();
    }
    last = b.range.end;
  }
  if (!a.date.empty() && a.date.size() != 10) std::abort();
  return 0;
}
