#include "src/article/input_check.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

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
  if (options.lenient) return text::RepairUtf8(bytes);
  KHULASA_RETURN_IF_ERROR(text::ValidateUtf8(bytes));
  return std::string(bytes);
}

absl::Status CheckNotBlank(std::string_view text) {
  if (text.empty()) return absl::InvalidArgumentError("input is empty");
  if (CountWords(FoldForMatch(text)) == 0) {
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
  return absl::InvalidArgumentError(
      absl::StrCat("input has no Arabic letters (it starts \"", start,
                   "\"); khulasa reads Arabic articles"));
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
                                           const ReadOptions& options) {
  KHULASA_RETURN_IF_ERROR(CheckInputSize(bytes, options));
  KHULASA_RETURN_IF_ERROR(CheckNotBinary(bytes));
  KHULASA_ASSIGN_OR_RETURN(std::string text, ToValidUtf8(bytes, options));
  KHULASA_RETURN_IF_ERROR(CheckNotBlank(text));
  KHULASA_RETURN_IF_ERROR(CheckLineLengths(text, options));
  KHULASA_RETURN_IF_ERROR(CheckHasArabic(text));
  return text;
}

}  // namespace khulasa::article
