#include "src/article/html_charset.h"

#include <unicode/ucnv.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/article/html_text.h"
#include "src/article/legacy_charset.h"
#include "src/text/spaces.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// Pages declare their charset near the top; 8 KiB also covers sites that put
// a long block of scripts or link tags before the meta tag.
constexpr size_t kPrescanBytes = 8192;

// Lower-cased charset label from the text after "charset=".
std::string LabelAfter(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (text::IsHtmlSpace(s[i]) || s[i] == '=')) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) ++i;
  size_t j = i;
  while (j < s.size() && !text::IsHtmlSpace(s[j]) && s[j] != '"' &&
         s[j] != '\'' && s[j] != ';' && s[j] != '>' && s[j] != '/') {
    ++j;
  }
  return AsciiLower(s.substr(i, j - i));
}

// The charset label declared by a meta tag in `head`, or "".
std::string FindMetaCharset(std::string_view head) {
  const std::string lower = AsciiLower(head);
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    const size_t close = lower.find('>', pos);
    const std::string_view tag = std::string_view(lower).substr(
        pos, close == std::string::npos ? std::string::npos : close - pos);
    pos += 5;
    const size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    // <meta charset=x> or content="text/html; charset=x"; both read the
    // same way from the word "charset" on.
    std::string label = LabelAfter(tag.substr(cs + 7));
    if (!label.empty()) return label;
  }
  return "";
}

std::string CanonicalLabel(const std::string& label, bool from_meta) {
  if (label == "utf8" || label == "utf-8" || label == "unicode-1-1-utf-8") {
    return "UTF-8";
  }
  if (from_meta && StartsWith(label, "utf-16")) return "UTF-8";
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" ||
      label == "ascii" || label == "iso8859-1" || label == "l1") {
    return "windows-1252";
  }
  if (label == "cp1256" || label == "windows1256" || label == "x-cp1256") {
    return "windows-1256";
  }
  return label;
}

bool HasNonAscii(std::string_view bytes) {
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

bool IcuKnows(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (conv != nullptr) ucnv_close(conv);
  return U_SUCCESS(status) && conv != nullptr;
}

}  // namespace

CharsetGuess DetectHtmlCharset(std::string_view bytes,
                               std::string_view override_name) {
  if (!override_name.empty()) {
    return {CanonicalLabel(AsciiLower(override_name), false),
            CharsetSource::kOverride};
  }
  if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    return {"UTF-8", CharsetSource::kBom};
  }
  if (StartsWith(bytes, "\xFF\xFE")) return {"UTF-16LE", CharsetSource::kBom};
  if (StartsWith(bytes, "\xFE\xFF")) return {"UTF-16BE", CharsetSource::kBom};
  const std::string label =
      FindMetaCharset(bytes.substr(0, std::min(bytes.size(), kPrescanBytes)));
  if (!label.empty()) {
    std::string name = CanonicalLabel(label, true);
    // A label ICU does not know is ignored rather than failing the page.
    // Saved pages are often re-encoded to UTF-8 with the old meta tag left
    // in place; legacy-encoded text with non-ASCII bytes is practically
    // never valid UTF-8 by chance, so valid UTF-8 wins over the label.
    if (name != "UTF-8" && HasNonAscii(bytes) && text::IsValidUtf8(bytes)) {
      return {"UTF-8", CharsetSource::kValidUtf8};
    }
    // The reverse happens too: a template's UTF-8 meta tag over text that
    // was never converted.
    if (name == "UTF-8" && !text::IsValidUtf8(bytes)) {
      LegacyDecoding legacy = DecodeArabicLegacy(bytes);
      if (IsCleanArabicLegacy(bytes, legacy)) {
        return {std::move(legacy.charset), CharsetSource::kMislabelled};
      }
    }
    if (name == "UTF-8" || IcuKnows(name)) return {name, CharsetSource::kMeta};
  }
  if (text::IsValidUtf8(bytes)) return {"UTF-8", CharsetSource::kValidUtf8};
  return {DecodeArabicLegacy(bytes).charset, CharsetSource::kGuess};
}

absl::StatusOr<std::string> ConvertHtmlToUtf8(std::string_view bytes,
                                              std::string_view charset) {
  const std::string name(charset);
  if (name == "UTF-8") {
    if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (text::IsValidUtf8(bytes)) return std::string(bytes);
    return text::RepairUtf8(bytes);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(
      ucnv_open(name.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || conv == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown charset \"", name.substr(0, 40),
                     "\"; pass a known one with --charset (e.g. "
                     "windows-1256, iso-8859-6, utf-8)"));
  }
  if (bytes.size() > (1u << 30)) {
    return absl::ResourceExhaustedError("page too large to convert");
  }
  // Each input byte becomes at most 3 UTF-8 bytes (BMP); 4 for surrogate
  // pairs that take at least 2 input bytes.
  std::string out(bytes.size() * 3 + 16, '\0');
  const int32_t written = ucnv_toAlgorithmic(
      UCNV_UTF8, conv.get(), out.data(), static_cast<int32_t>(out.size()),
      bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot convert the page from ", name, ": ", u_errorName(status)));
  }
  out.resize(static_cast<size_t>(written));
  // Single-byte converters substitute U+001A for unmapped bytes; make every
  // substitution the visible U+FFFD instead of a control character.
  if (out.find('\x1A') != std::string::npos) {
    std::string fixed;
    fixed.reserve(out.size());
    for (const char c : out) {
      if (c == '\x1A') {
        fixed += "\xEF\xBF\xBD";
      } else {
        fixed.push_back(c);
      }
    }
    out = std::move(fixed);
  }
  if (StartsWith(out, "\xEF\xBB\xBF")) out.erase(0, 3);
  // ICU substitutes invalid input, but stay safe against any converter that
  // passes odd sequences through.
  if (!text::IsValidUtf8(out)) return text::RepairUtf8(out);
  return out;
}

}  // namespace khulasa::article
