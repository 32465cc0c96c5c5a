#include "src/article/input_decoder.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/article/double_utf8.h"
#include "src/article/html_charset.h"
#include "src/article/html_reader.h"
#include "src/article/html_text.h"
#include "src/article/legacy_charset.h"
#include "src/base/status_macros.h"
#include "src/text/blank.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

using std::string_view_literals::operator""sv;

// More U+FFFD than one visible character in this many: the input was read
// in the wrong charset, and a summary of it would be mostly U+FFFD too.
constexpr size_t kMaxReplacementRatio = 5;

// A legacy reading this good is worth naming in a message, even when it is
// not clean enough to be used unasked.
constexpr double kHintShare = 0.5;

struct ByteOrderMark {
  std::string_view bytes;
  const char* charset;
};

// UTF-32LE first: its mark starts with UTF-16LE's. The UTF-8 mark needs no
// conversion (the readers skip U+FEFF).
constexpr ByteOrderMark kByteOrderMarks[] = {
    {"\xFF\xFE\0\0"sv, "UTF-32LE"},
    {"\0\0\xFE\xFF"sv, "UTF-32BE"},
    {"\xFF\xFE"sv, "UTF-16LE"},
    {"\xFE\xFF"sv, "UTF-16BE"},
};

bool IsUtf8Label(const std::string& label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8";
}

absl::StatusOr<DecodedInput> Converted(std::string_view bytes,
                                       const std::string& charset) {
  DecodedInput out;
  KHULASA_ASSIGN_OR_RETURN(std::string text, ConvertHtmlToUtf8(bytes, charset));
  out.converted = std::move(text);
  out.charset = charset;
  out.valid_utf8 = true;
  return out;
}

}  // namespace

absl::StatusOr<DecodedInput> DecodeInput(std::string_view bytes,
                                         const ReadOptions& options) {
  const std::string label = AsciiLower(options.charset);
  const bool utf8_named = IsUtf8Label(label);
  if (!label.empty() && !utf8_named) {
    return Converted(bytes, DetectHtmlCharset(bytes, label).name);
  }
  if (!utf8_named) {
    for (const ByteOrderMark& mark : kByteOrderMarks) {
      if (StartsWith(bytes, mark.bytes)) return Converted(bytes, mark.charset);
    }
  }
  DecodedInput out;
  // Pages name their charset in a meta tag: the HTML reader reads it.
  if (LooksLikeHtml(bytes)) return out;
  out.charset = "UTF-8";
  if (text::IsValidUtf8(bytes)) {
    out.valid_utf8 = true;
    if (!utf8_named) {
      if (std::optional<std::string> repaired = UndoDoubleUtf8(bytes)) {
        out.converted = std::move(repaired);
        out.charset = "UTF-8 (double-encoded)";
      }
    }
    return out;
  }
  if (!utf8_named) {
    LegacyDecoding legacy = DecodeArabicLegacy(bytes);
    if (IsCleanArabicLegacy(bytes, legacy)) {
      out.converted = std::move(legacy.text);
      out.charset = std::move(legacy.charset);
      out.valid_utf8 = true;
    }
  }
  return out;
}

absl::Status CheckMostlyDecoded(std::string_view text, std::string_view raw) {
  size_t visible = 0;
  size_t replaced = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    if (const size_t blank = text::BlankBytesAt(text, pos); blank > 0) {
      pos += blank;
      continue;
    }
    ++visible;
    if (text::DecodeUtf8(text, &pos) == text::kReplacementChar) ++replaced;
  }
  if (replaced * kMaxReplacementRatio <= visible) return absl::OkStatus();
  const LegacyDecoding legacy = DecodeArabicLegacy(raw);
  const std::string hint =
      legacy.ArabicShare() >= kHintShare
          ? absl::StrCat("it looks like ", legacy.charset, ": pass --charset ",
                         legacy.charset)
          : "name its charset with --charset (e.g. windows-1256, "
            "iso-8859-6, windows-1252, utf-16le)";
  return absl::InvalidArgumentError(
      absl::StrCat("too much of the input is not UTF-8 (", replaced, " of its ",
                   visible, " characters would be U+FFFD); ", hint));
}

}  // namespace khulasa::article
