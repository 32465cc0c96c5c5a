#include "src/article/legacy_charset.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/statusor.h"

#include "src/article/html_charset.h"
#include "src/text/arabic.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

constexpr size_t kMinArabicChars = 4;
constexpr double kMinCleanShare = 0.9;

enum class Fit { kArabic, kForeign, kNeutral };

Fit FitOf(char32_t c) {
  if (text::IsInArabicBlock(c)) return Fit::kArabic;
  if (c == 0x00A0 || c == 0x00AB || c == 0x00BB ||
      (c >= text::kZeroWidthNonJoiner && c <= text::kRightToLeftMark)) {
    return Fit::kArabic;
  }
  // Dashes, quotes, bullets, the ellipsis: Arabic text uses them, and so
  // does everything else.
  if (c >= 0x2010 && c <= 0x2026) return Fit::kNeutral;
  return Fit::kForeign;
}

LegacyDecoding Decode(std::string_view bytes, const char* charset) {
  LegacyDecoding out;
  out.charset = charset;
  absl::StatusOr<std::string> converted = ConvertHtmlToUtf8(bytes, charset);
  // Both converters ship with ICU; a failure leaves an empty reading that
  // scores 0 and so is never chosen.
  if (!converted.ok()) return out;
  out.text = *std::move(converted);
  size_t pos = 0;
  while (pos < out.text.size()) {
    if (static_cast<unsigned char>(out.text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    switch (FitOf(text::DecodeUtf8(out.text, &pos))) {
      case Fit::kArabic:
        ++out.arabic;
        break;
      case Fit::kForeign:
        ++out.foreign;
        break;
      case Fit::kNeutral:
        break;
    }
  }
  return out;
}

// Well-formed multi-byte UTF-8 sequences against bytes that start none.
bool LooksLikeDamagedUtf8(std::string_view bytes) {
  size_t multibyte = 0;
  size_t invalid = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t c = text::DecodeUtf8(bytes, &pos);
    if (c == text::kReplacementChar && pos == start + 1) {
      ++invalid;
    } else {
      ++multibyte;
    }
  }
  return multibyte >= invalid;
}

}  // namespace

double LegacyDecoding::ArabicShare() const {
  const size_t counted = arabic + foreign;
  return counted == 0
             ? 0.0
             : static_cast<double>(arabic) / static_cast<double>(counted);
}

LegacyDecoding DecodeArabicLegacy(std::string_view bytes) {
  LegacyDecoding windows = Decode(bytes, "windows-1256");
  LegacyDecoding iso = Decode(bytes, "iso-8859-6");
  return iso.ArabicShare() > windows.ArabicShare() ? std::move(iso)
                                                   : std::move(windows);
}

bool IsCleanArabicLegacy(std::string_view bytes,
                         const LegacyDecoding& decoding) {
  return decoding.arabic >= kMinArabicChars &&
         decoding.ArabicShare() >= kMinCleanShare &&
         !LooksLikeDamagedUtf8(bytes);
}

}  // namespace khulasa::article
