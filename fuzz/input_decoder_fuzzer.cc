// Fuzzes what runs before any reader: DecodeInput (byte order marks, named
// charsets, double-encoded UTF-8, legacy Arabic charsets), the lenient
// U+FFFD check and the language guess. Invariants: decoded text is valid
// UTF-8; a double-encoding repair gives valid UTF-8 with an Arabic letter
// that differs from its input; the language is one of the four codes.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz/article_invariants.h"
#include "khulasa/article.h"
#include "src/article/double_utf8.h"
#include "src/article/input_decoder.h"
#include "src/article/legacy_charset.h"
#include "src/text/language.h"
#include "src/text/utf8.h"

using khulasa::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Decoding is linear; bigger inputs only slow the search down.
  if (size > (64u << 10)) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* charset : {"", "utf-8", "windows-1256", "utf-16le"}) {
    khulasa::ReadOptions options;
    options.charset = charset;
    auto decoded = khulasa::article::DecodeInput(bytes, options);
    if (!decoded.ok()) continue;
    const std::string_view text =
        khulasa::article::DecodedText(*decoded, bytes);
    if (decoded->valid_utf8) Require(khulasa::text::IsValidUtf8(text));
    if (decoded->converted) Require(khulasa::text::IsValidUtf8(text));
  }
  if (khulasa::text::IsValidUtf8(bytes)) {
    const std::optional<std::string> repaired =
        khulasa::article::UndoDoubleUtf8(bytes);
    if (repaired) {
      Require(khulasa::text::IsValidUtf8(*repaired));
      Require(*repaired != bytes);
      Require(repaired->size() < bytes.size());
    }
  }
  const khulasa::article::LegacyDecoding legacy =
      khulasa::article::DecodeArabicLegacy(bytes);
  Require(khulasa::text::IsValidUtf8(legacy.text));
  const double share = legacy.ArabicShare();
  Require(share >= 0.0 && share <= 1.0);
  const std::string repaired = khulasa::text::RepairUtf8(bytes);
  (void)khulasa::article::CheckMostlyDecoded(repaired, bytes);
  const std::string_view code =
      khulasa::text::LanguageCode(khulasa::text::GuessLanguage(bytes));
  Require(code == "ar" || code == "fa" || code == "ur" || code == "other");
  return 0;
}
