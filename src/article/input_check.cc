#include "src/article/input_check.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/article/article_language.h"
#include "src/article/input_decoder.h"
#include "src/article/line_classifier.h"
#include "src/base/status_macros.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// Binary data: more than one control byte in this many.
constexpr size_t kControlByteRatio = 8;

bool IsTextControl(unsigned char byte) {
  return byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
         byte == '\v';
}

bool IsControlByte(unsigned char byte) {
  return (byte < 0x20 && !IsTextControl(byte)) || byte == 0x7F;
}

// True when one of the 8 bytes at `p` is below 0x20 or is 0x7F (SWAR: the
// high bit of a lane is set in `x - 0x20` only when that byte is below 0x20
// or, through a borrow, when a lower lane already was).
bool HasControlOrBreak(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  uint64_t x;
  std::memcpy(&x, p, sizeof(x));
  const uint64_t below_space = (x - 0x20 * kOnes) & ~x & kHigh;
  const uint64_t del = x ^ (0x7F * kOnes);
  const uint64_t is_del = (del - kOnes) & ~del & kHigh;
  return (below_space | is_del) != 0;
}

}  // namespace

absl::Status CheckInputSize(std::string_view bytes,
                            const ReadOptions& options) {
  if (bytes.size() <= options.max_input_bytes) return absl::OkStatus();
  return absl::ResourceExhaustedError(absl::StrCat(
      "input is ", bytes.size(), " bytes, over the limit of ",
      options.max_input_bytes, " bytes; split the input or raise the limit"));
}

absl::Status CheckNotBinary(std::string_view bytes) {
  size_t controls = 0;
  size_t first_control = bytes.size();
  for (size_t i = 0; i < bytes.size(); ++i) {
    // Fast path: skip 8 bytes at a time while none is below 0x20 (NUL, C0
    // controls, tab, line breaks) or 0x7F; text has few such bytes, and
    // those are checked one by one below. 45k -> 15k instructions per
    // article (callgrind, examples/heatwave.txt).
    if (i + 8 <= bytes.size() && !HasControlOrBreak(bytes.data() + i)) {
      i += 7;
      continue;
    }
    unsigned char byte = static_cast<unsigned char>(bytes[i]);
    if (byte == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("input looks like binary data (NUL byte at byte ", i,
                       "); khulasa reads UTF-8 text, scraped pages and JSON"));
    }
    if (IsControlByte(byte)) {
      if (controls == 0) first_control = i;
      ++controls;
    }
  }
  if (controls > 0 && controls * kControlByteRatio > bytes.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "input looks like binary data (", controls, " control bytes in ",
        bytes.size(), ", the first at byte ", first_control,
        "); khulasa reads UTF-8 text, scraped pages and JSON"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ToValidUtf8(std::string_view bytes,
                                        const ReadOptions& options) {
  if (options.lenient && !text::IsValidUtf8(bytes)) {
    std::string repaired = text::RepairUtf8(bytes);
    KHULASA_RETURN_IF_ERROR(CheckMostlyDecoded(repaired, bytes));
    return repaired;
  }
  KHULASA_RETURN_IF_ERROR(text::ValidateUtf8(bytes));
  return std::string(bytes);
}

absl::Status CheckNotBlank(std::string_view text) {
  if (text.empty()) return absl::InvalidArgumentError("input is empty");
  // Fast path: stop at the first visible character instead of folding the
  // whole input and counting its words (the fold has no word exactly when it
  // is empty). It was 419k of ReadArticle's 1,092k instructions per article
  // on examples/heatwave.txt (callgrind, docs/performance.md); now ~0.
  if (FoldForMatch(text, 1).empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("input is only whitespace (", text.size(), " bytes)"));
  }
  return absl::OkStatus();
}

absl::Status CheckHasArabic(std::string_view text) {
  if (HasArabicLetter(text)) return absl::OkStatus();
  std::string start(text.substr(0, 40));
  start = text::RepairUtf8(start);  // the cut may split a code point
  for (char& c : start) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return LanguageRefusal(
      absl::StrCat("input has no Arabic letters (it starts \"", start,
                   "\"); khulasa reads Arabic articles"),
      "other");
}

absl::Status CheckLineLengths(std::string_view text,
                              const ReadOptions& options) {
  size_t begin = 0;
  size_t line_number = 1;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    if (end - begin > options.max_line_bytes) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "line ", line_number, " (bytes ", begin, "-", end, ") is ",
          end - begin, " bytes, over the limit of ", options.max_line_bytes,
          " bytes per line; break it into paragraphs"));
    }
    if (newline == std::string_view::npos) break;
    begin = newline + 1;
    ++line_number;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> CheckTextInput(std::string_view bytes,
                                           const ReadOptions& options,
                                           bool known_valid_utf8) {
  KHULASA_RETURN_IF_ERROR(CheckInputSize(bytes, options));
  KHULASA_RETURN_IF_ERROR(CheckNotBinary(bytes));
  // Valid UTF-8 is returned as is by both modes of ToValidUtf8.
  KHULASA_ASSIGN_OR_RETURN(std::string text, known_valid_utf8
                                                 ? std::string(bytes)
                                                 : ToValidUtf8(bytes, options));
  KHULASA_RETURN_IF_ERROR(CheckNotBlank(text));
  KHULASA_RETURN_IF_ERROR(CheckLineLengths(text, options));
  KHULASA_RETURN_IF_ERROR(CheckHasArabic(text));
  return text;
}

}  // namespace khulasa::article
