// Fuzzes the plain-text reader through ReadArticle with the format
// forced, strict and lenient, and checks the article invariants.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/article_invariants.h"
#include "khulasa/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Readers are linear; bigger inputs only slow the search down.
  if (size > (256u << 10)) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (bool lenient : {false, true}) {
    khulasa::ReadOptions options;
    options.format = khulasa::InputFormat::kText;
    options.lenient = lenient;
    // Forced on the lenient pass: text in any language reaches the reader.
    options.force = lenient;
    // Small limits, so the limit paths are fuzzed too.
    options.max_line_bytes = 4096;
    options.max_sentences = 200;
    auto article = khulasa::ReadArticle(bytes, options);
    if (article.ok()) khulasa::fuzz::CheckArticle(*article);
  }
  return 0;
}
