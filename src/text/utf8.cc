#include "src/text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace khulasa::text {
namespace {

// Why a sequence at some offset is invalid. kNone means valid.
enum class Utf8Error {
  kNone,
  kLoneContinuation,
  kInvalidLeadByte,
  kTruncated,
  kBadContinuation,
  kOverlong,
  kSurrogate,
  kTooLarge,
};

struct DecodeResult {
  char32_t code_point;
  uint32_t length;  // bytes consumed when valid
  Utf8Error error;
};

// Strict decoder of one sequence at `pos` (pos < text.size()). Follows the
// well-formed byte sequence table of Unicode 15 section 3.9 (table 3-7).
inline DecodeResult DecodeOne(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) return {b0, 1, Utf8Error::kNone};
  if (b0 < 0xC0) return {kReplacementChar, 1, Utf8Error::kLoneContinuation};
  if (b0 < 0xC2) return {kReplacementChar, 1, Utf8Error::kOverlong};
  if (b0 > 0xF4) {
    return {kReplacementChar, 1,
            b0 >= 0xF8 ? Utf8Error::kInvalidLeadByte : Utf8Error::kTooLarge};
  }
  const uint32_t need = b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4);
  // Second-byte bounds exclude overlongs, surrogates and > U+10FFFF.
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  Utf8Error range_error = Utf8Error::kBadContinuation;
  if (b0 == 0xE0) {
    lo = 0xA0;
    range_error = Utf8Error::kOverlong;
  } else if (b0 == 0xED) {
    hi = 0x9F;
    range_error = Utf8Error::kSurrogate;
  } else if (b0 == 0xF0) {
    lo = 0x90;
    range_error = Utf8Error::kOverlong;
  } else if (b0 == 0xF4) {
    hi = 0x8F;
    range_error = Utf8Error::kTooLarge;
  }
  if (pos + 1 >= n) return {kReplacementChar, 1, Utf8Error::kTruncated};
  const unsigned char b1 = s[pos + 1];
  if (b1 < lo || b1 > hi) {
    const bool is_continuation = IsUtf8ContinuationByte(b1);
    return {kReplacementChar, 1,
            is_continuation ? range_error : Utf8Error::kBadContinuation};
  }
  if (need == 2) {
    return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (b1 & 0x3F)), 2,
            Utf8Error::kNone};
  }
  if (pos + 2 >= n) return {kReplacementChar, 1, Utf8Error::kTruncated};
  const unsigned char b2 = s[pos + 2];
  if (!IsUtf8ContinuationByte(b2)) {
    return {kReplacementChar, 1, Utf8Error::kBadContinuation};
  }
  if (need == 3) {
    return {static_cast<char32_t>(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) |
                                  (b2 & 0x3F)),
            3, Utf8Error::kNone};
  }
  if (pos + 3 >= n) return {kReplacementChar, 1, Utf8Error::kTruncated};
  const unsigned char b3 = s[pos + 3];
  if (!IsUtf8ContinuationByte(b3)) {
    return {kReplacementChar, 1, Utf8Error::kBadContinuation};
  }
  return {static_cast<char32_t>(((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) |
                                ((b2 & 0x3F) << 6) | (b3 & 0x3F)),
          4, Utf8Error::kNone};
}

const char* ErrorText(Utf8Error error) {
  switch (error) {
    case Utf8Error::kNone:
      return "valid";
    case Utf8Error::kLoneContinuation:
      return "lone continuation byte";
    case Utf8Error::kInvalidLeadByte:
      return "invalid lead byte";
    case Utf8Error::kTruncated:
      return "truncated sequence";
    case Utf8Error::kBadContinuation:
      return "missing continuation byte after lead byte";
    case Utf8Error::kOverlong:
      return "overlong encoding";
    case Utf8Error::kSurrogate:
      return "encoded UTF-16 surrogate";
    case Utf8Error::kTooLarge:
      return "code point above U+10FFFF";
  }
  return "invalid";
}

// Skips 16-byte blocks that hold only ASCII and well-formed two-byte
// sequences (U+0080-U+07FF: all of the Arabic block): the bulk of any Arabic
// text. Returns the start of the first block holding anything else, or of
// the tail shorter than a block, backed up to the lead byte of a pair that
// the block boundary split. Without SSE2, returns `pos`.
inline size_t SkipAsciiAndTwoByteBlocks(const unsigned char* s, size_t pos,
                                        size_t n) {
#if defined(__SSE2__)
  // As signed bytes: continuation bytes 0x80-0xBF are -128..-65, two-byte
  // lead bytes 0xC2-0xDF are -62..-33, ASCII is 0..127.
  const __m128i continuation_end = _mm_set1_epi8(-64);
  const __m128i lead_floor = _mm_set1_epi8(-63);
  const __m128i lead_end = _mm_set1_epi8(-32);
  unsigned carry = 0;  // the block before ended on a lead byte
  while (pos + 16 <= n) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
    if ((high | carry) == 0) {
      pos += 16;
      continue;
    }
    const unsigned continuation = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(v, continuation_end)));
    const unsigned lead = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpgt_epi8(v, lead_floor), _mm_cmplt_epi8(v, lead_end))));
    // Every high byte is a lead or a continuation, and the continuations
    // are exactly the bytes after a lead.
    if ((high & ~(continuation | lead)) != 0 ||
        continuation != (((lead << 1) | carry) & 0xFFFF)) {
      break;
    }
    carry = lead >> 15;
    pos += 16;
  }
  return pos - carry;
#else
  (void)s;
  (void)n;
  return pos;
#endif
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t pos = 0;
  while (pos < n) {
    pos = SkipAsciiAndTwoByteBlocks(s, pos, n);
    // The block that stopped the fast scan (or the tail), one sequence at a
    // time; then back to blocks.
    const size_t stop = std::min(n, pos + 16);
    while (pos < stop) {
      const unsigned char b0 = s[pos];
      if (b0 < 0x80) {
        ++pos;
        continue;
      }
      if (b0 >= 0xC2 && b0 < 0xE0 && pos + 1 < n &&
          IsUtf8ContinuationByte(s[pos + 1])) {
        pos += 2;
        continue;
      }
      const DecodeResult r = DecodeOne(text, pos);
      if (r.error != Utf8Error::kNone) return pos;
      pos += r.length;
    }
  }
  return n;
}

bool IsValidUtf8(std::string_view text) {
  return FindInvalidUtf8(text) == text.size();
}

absl::Status ValidateUtf8(std::string_view text) {
  const size_t bad = FindInvalidUtf8(text);
  if (bad == text.size()) return absl::OkStatus();
  const DecodeResult r = DecodeOne(text, bad);
  char byte_hex[8];
  std::snprintf(byte_hex, sizeof(byte_hex), "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
  return absl::InvalidArgumentError("invalid UTF-8 at byte " +
                                    std::to_string(bad) + " (" +
                                    ErrorText(r.error) + " " + byte_hex +
                                    "); re-encode the input or pass --lenient");
}

std::string RepairUtf8(std::string_view text) {
  size_t bad = FindInvalidUtf8(text);
  if (bad == text.size()) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text.substr(0, bad));
  size_t pos = bad;
  while (pos < text.size()) {
    const DecodeResult r = DecodeOne(text, pos);
    if (r.error == Utf8Error::kNone) {
      out.append(text.substr(pos, r.length));
      pos += r.length;
    } else {
      AppendUtf8(kReplacementChar, &out);
      pos += 1;
    }
  }
  return out;
}

namespace internal {

char32_t DecodeUtf8Slow(std::string_view text, size_t* pos) {
  const DecodeResult r = DecodeOne(text, *pos);
  *pos += r.error == Utf8Error::kNone ? r.length : 1;
  return r.code_point;
}

}  // namespace internal

size_t Utf8EncodedLength(char32_t c) {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c < 0x10000 || c > kMaxCodePoint) return 3;  // U+FFFD for > max
  return 4;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
    return;
  }
  if (c < 0x800) {
    const char buf[2] = {static_cast<char>(0xC0 | (c >> 6)),
                         static_cast<char>(0x80 | (c & 0x3F))};
    out->append(buf, 2);
    return;
  }
  if ((c >= 0xD800 && c <= 0xDFFF) || c > kMaxCodePoint) c = kReplacementChar;
  if (c < 0x10000) {
    const char buf[3] = {static_cast<char>(0xE0 | (c >> 12)),
                         static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                         static_cast<char>(0x80 | (c & 0x3F))};
    out->append(buf, 3);
    return;
  }
  const char buf[4] = {static_cast<char>(0xF0 | (c >> 18)),
                       static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                       static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                       static_cast<char>(0x80 | (c & 0x3F))};
  out->append(buf, 4);
}

}  // namespace khulasa::text
