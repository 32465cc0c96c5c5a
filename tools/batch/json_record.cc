#include "tools/batch/json_record.h"

#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/text/hex_digit.h"
#include "src/text/spaces.h"

namespace khulasa::batch {
namespace {

constexpr int kMaxDepth = 64;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A recursive-descent checker over `text_`; every step consumes at least
// one byte or fails.
// Bytes at the start of data[0, size) that hold no quote, backslash or
// control character, counted 16 at a time (a byte at a time was 73k
// instructions per seed-sized record, callgrind); stops at most 15 bytes
// before the first such byte, which the caller's byte loop then finds.
size_t PlainStringBytes(const char* data, size_t size) {
  size_t run = 0;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(0x20);
  while (run + 16 <= size) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + run));
    // Control characters: below 0x20 as unsigned bytes (min(v, 0x20) != 0x20).
    const __m128i control = _mm_xor_si128(
        _mm_cmpeq_epi8(_mm_max_epu8(v, space), v), _mm_set1_epi8(-1));
    const __m128i stop = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
        control);
    if (_mm_movemask_epi8(stop) != 0) break;
    run += 16;
  }
#endif
  return run;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  absl::Status Error(const char* what) const {
    return absl::InvalidArgumentError(
        absl::StrCat("malformed JSON at byte ", pos_, ": ", what,
                     "; each line must be one JSON object"));
  }

  void SkipSpace() {
    while (pos_ < text_.size() && text::IsJsonSpace(text_[pos_])) ++pos_;
  }

  bool AtEnd() const { return pos_ == text_.size(); }
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  // A string at pos_: moves past it, sets *raw to it with its quotes.
  absl::Status String(std::string_view* raw) {
    const size_t begin = pos_;
    if (Peek() != '"') return Error("expected a string");
    ++pos_;
    for (;;) {
      // Jump to the next quote or backslash (the text between is copied
      // as is; control characters are checked on the way).
      const char* data = text_.data() + pos_;
      size_t left = text_.size() - pos_;
      size_t run = PlainStringBytes(data, left);
      while (run < left && data[run] != '"' && data[run] != '\\') {
        if (static_cast<unsigned char>(data[run]) < 0x20) {
          pos_ += run;
          return Error("control character in a string");
        }
        ++run;
      }
      pos_ += run;
      if (AtEnd()) return Error("unterminated string");
      if (text_[pos_] == '"') {
        ++pos_;
        *raw = text_.substr(begin, pos_ - begin);
        return absl::OkStatus();
      }
      ++pos_;  // the backslash
      if (AtEnd()) return Error("unterminated string");
      const char escape = text_[pos_];
      if (escape == 'u') {
        for (int i = 1; i <= 4; ++i) {
          if (pos_ + static_cast<size_t>(i) >= text_.size() ||
              text::HexDigitValue(text_[pos_ + static_cast<size_t>(i)]) < 0) {
            return Error("bad \\u escape");
          }
        }
        pos_ += 5;
      } else if (std::strchr("\"\\/bfnrt", escape) != nullptr &&
                 escape != '\0') {
        ++pos_;
      } else {
        return Error("bad escape");
      }
    }
  }

  absl::Status Number() {
    if (Peek() == '-') ++pos_;
    if (Peek() == '0') {
      ++pos_;
    } else if (IsDigit(Peek())) {
      while (IsDigit(Peek())) ++pos_;
    } else {
      return Error("bad number");
    }
    if (Peek() == '.') {
      ++pos_;
      if (!IsDigit(Peek())) return Error("bad number");
      while (IsDigit(Peek())) ++pos_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!IsDigit(Peek())) return Error("bad number");
      while (IsDigit(Peek())) ++pos_;
    }
    return absl::OkStatus();
  }

  absl::Status Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) {
      return Error("unexpected character");
    }
    pos_ += word.size();
    return absl::OkStatus();
  }

  // Any value at pos_ (after spaces); *value gets its raw text.
  absl::Status Value(int depth, JsonValue* value) {
    SkipSpace();
    const size_t begin = pos_;
    absl::Status status;
    value->is_string = false;
    switch (Peek()) {
      case '"': {
        std::string_view raw;
        status = String(&raw);
        value->is_string = true;
        break;
      }
      case '{':
        status = Object(depth + 1, nullptr);
        break;
      case '[':
        status = Array(depth + 1);
        break;
      case 't':
        status = Literal("true");
        break;
      case 'f':
        status = Literal("false");
        break;
      case 'n':
        status = Literal("null");
        break;
      default:
        status = Number();
    }
    if (!status.ok()) return status;
    value->present = true;
    value->raw = text_.substr(begin, pos_ - begin);
    return absl::OkStatus();
  }

  absl::Status Array(int depth) {
    if (depth > kMaxDepth) return Error("nested too deep");
    ++pos_;  // '['
    SkipSpace();
    if (Peek() == ']') {
      ++pos_;
      return absl::OkStatus();
    }
    for (;;) {
      JsonValue ignored;
      absl::Status status = Value(depth, &ignored);
      if (!status.ok()) return status;
      SkipSpace();
      if (Peek() == ',') {
        ++pos_;
        continue;
      }
      if (Peek() == ']') {
        ++pos_;
        return absl::OkStatus();
      }
      return Error("expected ',' or ']'");
    }
  }

  // An object at pos_; at the top level (record != null) the known members
  // are kept.
  absl::Status Object(int depth, JsonRecord* record) {
    if (depth > kMaxDepth) return Error("nested too deep");
    if (Peek() != '{') return Error("expected '{'");
    ++pos_;
    SkipSpace();
    if (Peek() == '}') {
      ++pos_;
      return absl::OkStatus();
    }
    for (;;) {
      SkipSpace();
      std::string_view key;
      absl::Status status = String(&key);
      if (!status.ok()) return status;
      SkipSpace();
      if (Peek() != ':') return Error("expected ':'");
      ++pos_;
      JsonValue value;
      status = Value(depth, &value);
      if (!status.ok()) return status;
      if (record != nullptr) Keep(key, value, record);
      SkipSpace();
      if (Peek() == ',') {
        ++pos_;
        continue;
      }
      if (Peek() == '}') {
        ++pos_;
        return absl::OkStatus();
      }
      return Error("expected ',' or '}'");
    }
  }

 private:
  // Keys are compared raw: a key written with escapes is not recognized
  // (no real record does that; it is then an unknown member).
  static void Keep(std::string_view key, const JsonValue& value,
                   JsonRecord* record) {
    if (key == "\"id\"") record->id = value;
    if (key == "\"html\"") record->html = value;
    if (key == "\"scraped\"") record->scraped = value;
    if (key == "\"text\"") record->text = value;
    if (key == "\"title\"") record->title = value;
    if (key == "\"date\"") record->date = value;
    if (key == "\"section\"") record->section = value;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

char32_t Hex4(std::string_view text, size_t pos) {
  char32_t value = 0;
  for (size_t i = 0; i < 4; ++i) {
    value = value * 16 + static_cast<char32_t>(text::HexDigitValue(text[pos + i]));
  }
  return value;
}

}  // namespace

absl::StatusOr<JsonRecord> ScanJsonRecord(std::string_view line) {
  Scanner scanner(line);
  JsonRecord record;
  scanner.SkipSpace();
  if (scanner.Peek() != '{') {
    return absl::InvalidArgumentError(
        "a record must be a JSON object with an \"id\" and \"text\", "
        "\"html\" or \"scraped\"");
  }
  absl::Status status = scanner.Object(0, &record);
  if (!status.ok()) return status;
  scanner.SkipSpace();
  if (!scanner.AtEnd()) return scanner.Error("text after the object");
  return record;
}

absl::StatusOr<std::string> DecodeJsonString(std::string_view raw) {
  // `raw` was checked by the scanner: quotes at both ends, valid escapes.
  std::string out;
  out.reserve(raw.size());
  const std::string_view body = raw.substr(1, raw.size() - 2);
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t slash = body.find('\\', pos);
    if (slash == std::string_view::npos) {
      out.append(body.data() + pos, body.size() - pos);
      break;
    }
    out.append(body.data() + pos, slash - pos);
    const char escape = body[slash + 1];
    pos = slash + 2;
    switch (escape) {
      case 'b':
        out.push_back('\b');
        break;
      case 'f':
        out.push_back('\f');
        break;
      case 'n':
        out.push_back('\n');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'u': {
        char32_t c = Hex4(body, pos);
        pos += 4;
        if (c >= 0xD800 && c <= 0xDBFF) {
          if (pos + 6 > body.size() || body[pos] != '\\' ||
              body[pos + 1] != 'u') {
            return absl::InvalidArgumentError(
                "lone surrogate \\u escape in a JSON string");
          }
          const char32_t low = Hex4(body, pos + 2);
          if (low < 0xDC00 || low > 0xDFFF) {
            return absl::InvalidArgumentError(
                "lone surrogate \\u escape in a JSON string");
          }
          pos += 6;
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
          return absl::InvalidArgumentError(
              "lone surrogate \\u escape in a JSON string");
        }
        AppendUtf8(c, &out);
        break;
      }
      default:  // '"', '\\', '/'
        out.push_back(escape);
    }
  }
  return out;
}

}  // namespace khulasa::batch
