#include "src/text/normalizer.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "src/text/alef_maksura_to_yeh.h"
#include "src/text/arabic.h"
#include "src/text/ascii_digits.h"
#include "src/text/fold_presentation_forms.h"
#include "src/text/remove_format_controls.h"
#include "src/text/remove_tatweel.h"
#include "src/text/strip_diacritics.h"
#include "src/text/teh_marbuta_to_heh.h"
#include "src/text/unify_alef.h"
#include "src/text/utf8.h"

namespace khulasa::text {
namespace {

// What the passes do to one code point of the Arabic block U+0600-U+06FF,
// where almost all of the work happens. Each code point is touched by at
// most one pass, so one entry per code point suffices: when `pass` is in
// the requested set the code point becomes `bytes[0..length)` (length 0:
// dropped), otherwise it is copied.
struct BlockEntry {
  uint8_t pass;
  uint8_t length;
  char bytes[2];
};

constexpr BlockEntry MakeEntry(uint32_t pass, char32_t to) {
  BlockEntry e{static_cast<uint8_t>(pass), 0, {0, 0}};
  if (to == 0) return e;
  if (to < 0x80) {
    e.length = 1;
    e.bytes[0] = static_cast<char>(to);
  } else {
    e.length = 2;
    e.bytes[0] = static_cast<char>(0xC0 | (to >> 6));
    e.bytes[1] = static_cast<char>(0x80 | (to & 0x3F));
  }
  return e;
}

// Built from the per-pass rules in each pass's header, so the standalone
// passes and Normalize() cannot disagree.
constexpr std::array<BlockEntry, 256> BuildBlockTable() {
  std::array<BlockEntry, 256> table{};
  for (char32_t i = 0; i < 256; ++i) {
    const char32_t c = 0x0600 + i;
    BlockEntry e{0, 0, {0, 0}};
    if (StripsDiacritic(c)) {
      e = MakeEntry(kStripDiacritics, 0);
    } else if (RemovesTatweel(c)) {
      e = MakeEntry(kRemoveTatweel, 0);
    } else if (UnifyAlefChar(c) != c) {
      e = MakeEntry(kUnifyAlef, UnifyAlefChar(c));
    } else if (AlefMaksuraToYehChar(c) != c) {
      e = MakeEntry(kAlefMaksuraToYeh, AlefMaksuraToYehChar(c));
    } else if (TehMarbutaToHehChar(c) != c) {
      e = MakeEntry(kTehMarbutaToHeh, TehMarbutaToHehChar(c));
    } else if (AsciiDigitChar(c) != c) {
      e = MakeEntry(kAsciiDigits, AsciiDigitChar(c));
    } else if (RemovesFormatControl(c)) {
      e = MakeEntry(kRemoveFormatControls, 0);
    }
    table[i] = e;
  }
  return table;
}

constexpr std::array<BlockEntry, 256> kBlockTable = BuildBlockTable();

// Output buffer with an optional parallel alignment. Writes go through raw
// pointers into pre-sized storage; Reserve() is called before each write
// of up to `bytes` bytes. Avoids a capacity check per byte.
template <bool kAlign>
class Sink {
 public:
  Sink(std::string* text, std::vector<uint32_t>* map, size_t input_size)
      : text_(text), map_(map) {
    text_->resize(input_size + kSlack);
    if constexpr (kAlign) map_->resize(input_size + kSlack + 1);
  }

  void Reserve(size_t bytes) {
    if (size_ + bytes <= text_->size()) return;
    const size_t grown = 2 * text_->size() + bytes;
    text_->resize(grown);
    if constexpr (kAlign) map_->resize(grown + 1);
  }

  // Copies `length` bytes all aligned to `origin`.
  void Append(const char* bytes, size_t length, uint32_t origin) {
    Reserve(length);
    std::memcpy(text_->data() + size_, bytes, length);
    if constexpr (kAlign) {
      uint32_t* m = map_->data() + size_;
      for (size_t i = 0; i < length; ++i) m[i] = origin;
    }
    size_ += length;
  }

  // Copies input bytes [begin, begin + length), each aligned to itself.
  void Copy(const char* input, uint32_t begin, size_t length) {
    Reserve(length);
    std::memcpy(text_->data() + size_, input + begin, length);
    if constexpr (kAlign) {
      uint32_t* m = map_->data() + size_;
      for (size_t i = 0; i < length; ++i) {
        m[i] = begin + static_cast<uint32_t>(i);
      }
    }
    size_ += length;
  }

  void Finish(uint32_t input_size) {
    text_->resize(size_);
    if constexpr (kAlign) {
      map_->resize(size_ + 1);
      (*map_)[size_] = input_size;
    }
  }

 private:
  static constexpr size_t kSlack = 64;
  std::string* text_;
  std::vector<uint32_t>* map_;
  size_t size_ = 0;
};

// Applies every requested pass except folding to one code point.
template <bool kAlign>
void EmitMapped(char32_t c, uint32_t passes, uint32_t origin,
                Sink<kAlign>* sink) {
  if (c >= 0x0600 && c <= 0x06FF) {
    const BlockEntry& e = kBlockTable[c - 0x0600];
    if (e.pass & passes) {
      sink->Append(e.bytes, e.length, origin);
      return;
    }
  } else if ((passes & kRemoveFormatControls) && RemovesFormatControl(c)) {
    return;
  }
  char buf[4];
  // AppendUtf8 needs a string; code points here are rare (folded forms),
  // so encode by hand to stay allocation-free.
  size_t length = 0;
  if (c < 0x80) {
    buf[length++] = static_cast<char>(c);
  } else if (c < 0x800) {
    buf[length++] = static_cast<char>(0xC0 | (c >> 6));
    buf[length++] = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    buf[length++] = static_cast<char>(0xE0 | (c >> 12));
    buf[length++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[length++] = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    buf[length++] = static_cast<char>(0xF0 | (c >> 18));
    buf[length++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    buf[length++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[length++] = static_cast<char>(0x80 | (c & 0x3F));
  }
  sink->Append(buf, length, origin);
}

template <bool kAlign>
void NormalizeImpl(std::string_view text, uint32_t passes,
                   std::string* out_text, std::vector<uint32_t>* out_map) {
  const char* input = text.data();
  const auto* s = reinterpret_cast<const unsigned char*>(input);
  const size_t n = text.size();
  Sink<kAlign> sink(out_text, out_map, n);
  size_t pos = 0;
  while (pos < n) {
    const unsigned char b0 = s[pos];
    if (b0 < 0x80) {
      // No pass touches ASCII: copy the whole run.
      size_t end = pos + 1;
      while (end < n && s[end] < 0x80) ++end;
      sink.Copy(input, static_cast<uint32_t>(pos), end - pos);
      pos = end;
      continue;
    }
    if (b0 >= 0xC2 && b0 < 0xE0 && pos + 1 < n &&
        IsUtf8ContinuationByte(s[pos + 1])) {
      if (b0 >= 0xD8 && b0 <= 0xDB) {
        // U+0600-U+06FF: one table lookup.
        const BlockEntry& e =
            kBlockTable[((b0 & 0x03u) << 6) | (s[pos + 1] & 0x3Fu)];
        if (e.pass & passes) {
          sink.Append(e.bytes, e.length, static_cast<uint32_t>(pos));
          pos += 2;
          continue;
        }
      }
      sink.Copy(input, static_cast<uint32_t>(pos), 2);
      pos += 2;
      continue;
    }
    // Three- and four-byte sequences and invalid bytes.
    size_t next = pos;
    const char32_t c = DecodeUtf8(text, &next);  // advances >= 1 byte
    const uint32_t origin = static_cast<uint32_t>(pos);
    if ((passes & kFoldPresentationForms) && c >= kPresentationFormsAFirst) {
      const std::string_view folded = PresentationFormFolding(c);
      if (!folded.empty()) {
        size_t i = 0;
        while (i < folded.size()) {
          const char32_t f = DecodeUtf8(folded, &i);
          EmitMapped(f, passes, origin, &sink);
        }
        pos = next;
        continue;
      }
    }
    if (c == kReplacementChar && next == pos + 1) {
      // Invalid byte: emit U+FFFD so the output stays valid UTF-8.
      EmitMapped(c, 0, origin, &sink);
    } else if ((passes & kRemoveFormatControls) && RemovesFormatControl(c)) {
      // dropped
    } else {
      sink.Copy(input, origin, next - pos);
    }
    pos = next;
  }
  sink.Finish(static_cast<uint32_t>(n));
}

}  // namespace

NormalizedText::Span NormalizedText::OriginalSpan(size_t begin,
                                                  size_t end) const {
  if (to_original.empty()) return {0, 0};
  const size_t last = to_original.size() - 1;
  if (begin > last) begin = last;
  if (end > last) end = last;
  if (end < begin) end = begin;
  const uint32_t original_begin = to_original[begin];
  // The end maps to the first source byte that produced no byte inside the
  // range: skip forward past output bytes that share the last source.
  uint32_t original_end = to_original[end];
  if (end > begin && original_end == to_original[end - 1]) {
    // The range ends inside the output of one source code point (a folded
    // ligature): extend to the next source code point.
    size_t k = end;
    while (k < last && to_original[k] == original_end) ++k;
    original_end = to_original[k];
  }
  return {original_begin, original_end};
}

void Normalize(std::string_view text, uint32_t passes, NormalizedText* out) {
  NormalizeImpl<true>(text, passes, &out->text, &out->to_original);
}

NormalizedText Normalize(std::string_view text, uint32_t passes) {
  NormalizedText out;
  Normalize(text, passes, &out);
  return out;
}

void NormalizeForMatching(std::string_view text, std::string* out) {
  NormalizeImpl<false>(text, kAllPasses, out, nullptr);
}

std::string NormalizeForMatching(std::string_view text) {
  std::string out;
  NormalizeForMatching(text, &out);
  return out;
}

}  // namespace khulasa::text
