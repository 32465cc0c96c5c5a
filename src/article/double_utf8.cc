#include "src/article/double_utf8.h"

#include <unicode/ucnv.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/article/line_classifier.h"
#include "src/text/utf8.h"

namespace khulasa::article {
namespace {

// Text encoded more than three times is not seen in practice.
constexpr int kMaxRounds = 3;

// Code point -> byte for the bytes 0x80-0xFF of one charset, sorted.
using ReverseTable = std::vector<std::pair<char32_t, unsigned char>>;

ReverseTable BuildTable(const char* charset, bool latin1_controls) {
  ReverseTable table;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  if (U_FAILURE(status) || conv == nullptr) return table;
  for (int b = 0x80; b <= 0xFF; ++b) {
    const char byte = static_cast<char>(b);
    std::array<UChar, 4> out{};
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv, out.data(), 4, &byte, 1, &status);
    const char32_t c = n == 1 ? out[0] : 0;
    // Unmapped bytes come back as U+001A or U+FFFD: no reverse entry.
    if (U_SUCCESS(status) && c >= 0x80 && c != text::kReplacementChar) {
      table.emplace_back(c, static_cast<unsigned char>(b));
    }
  }
  ucnv_close(conv);
  if (latin1_controls) {
    // Latin-1 readers turn 0x80-0x9F into the C1 controls.
    for (char32_t c = 0x80; c <= 0x9F; ++c) {
      table.emplace_back(c, static_cast<unsigned char>(c));
    }
  }
  std::sort(table.begin(), table.end());
  table.erase(std::unique(table.begin(), table.end(),
                          [](const auto& a, const auto& b) {
                            return a.first == b.first;
                          }),
              table.end());
  return table;
}

const std::array<ReverseTable, 2>& Tables() {
  // Built once (thread-safe static init) and read-only afterwards.
  static const std::array<ReverseTable, 2> tables = {
      BuildTable("windows-1252", /*latin1_controls=*/true),
      BuildTable("windows-1256", /*latin1_controls=*/false)};
  return tables;
}

// The byte `c` came from, or -1.
int ByteOf(const ReverseTable& table, char32_t c) {
  if (c < 0x80) return static_cast<int>(c);
  const auto it =
      std::lower_bound(table.begin(), table.end(),
                       std::make_pair(c, static_cast<unsigned char>(0)));
  return it != table.end() && it->first == c ? it->second : -1;
}

// Maps `text` back to bytes through `table` into *bytes (null: only check),
// giving up as soon as the bytes cannot be UTF-8 (a lead byte without its
// continuations or the reverse). True when all of `text` maps back to
// well-formed lead and continuation bytes, not all ASCII.
bool MapBack(std::string_view text, const ReverseTable& table,
             std::string* bytes) {
  int need = 0;  // continuation bytes still expected
  bool non_ascii = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const int b = ByteOf(table, text::DecodeUtf8(text, &pos));
    if (b < 0) return false;
    if (need > 0) {
      if ((b & 0xC0) != 0x80) return false;
      --need;
    } else if (b >= 0x80) {
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
      } else {
        return false;
      }
      non_ascii = true;
    }
    if (bytes != nullptr) bytes->push_back(static_cast<char>(b));
  }
  return need == 0 && non_ascii;
}

// The bytes `text` maps back to through `table`, when they are valid UTF-8.
// Checked first without building anything: ordinary text fails within a few
// characters, and HTML pages start with long ASCII heads.
std::optional<std::string> Undo(std::string_view text,
                                const ReverseTable& table) {
  if (!MapBack(text, table, nullptr)) return std::nullopt;
  std::string bytes;
  bytes.reserve(text.size());
  MapBack(text, table, &bytes);
  if (!text::IsValidUtf8(bytes)) return std::nullopt;
  return bytes;
}

}  // namespace

std::optional<std::string> UndoDoubleUtf8(std::string_view text) {
  // Each round undoes one encoding; the middle rounds of a triple encoding
  // through windows-1252 hold no Arabic letter yet, so only the last
  // result is checked.
  std::optional<std::string> repaired;
  for (int round = 0; round < kMaxRounds; ++round) {
    const std::string_view current = repaired ? *repaired : text;
    std::optional<std::string> next;
    for (const ReverseTable& table : Tables()) {
      next = Undo(current, table);
      if (next) break;
    }
    if (!next) break;
    repaired = std::move(next);
  }
  if (repaired && !HasArabicLetter(*repaired)) return std::nullopt;
  return repaired;
}

}  // namespace khulasa::article
