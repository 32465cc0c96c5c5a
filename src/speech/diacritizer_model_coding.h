// Bit-level coding of the diacritizer model file (models/diacritizer.bin,
// format version 5): a bit writer, a bounds-checked bit reader, and
// canonical Huffman codes whose code lengths travel in the stream. Each
// field of the model (row gaps, label masks, weights, lexicon labels, ...)
// has its own code, built from the field's counts when the model is written.
#ifndef KHULASA_SRC_SPEECH_DIACRITIZER_MODEL_CODING_H_
#define KHULASA_SRC_SPEECH_DIACRITIZER_MODEL_CODING_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khulasa::speech {

// Appends bits, least significant first, to a byte string.
class BitWriter {
 public:
  // Appends the low `bits` bits of `value` (bits in 0..32).
  void Put(uint64_t value, int bits);
  // The bytes written, the last one padded with zero bits.
  std::string Finish();

 private:
  std::string bytes_;
  uint64_t buffer_ = 0;
  int filled_ = 0;
};

// Reads what BitWriter wrote; every read is bounds-checked and returns false
// past the end.
class BitReader {
 public:
  explicit BitReader(std::string_view bytes) : bytes_(bytes) {}

  // Reads `bits` bits (0..32) into *value.
  bool Get(int bits, uint64_t* value);
  // The next `bits` bits (1..32) without consuming them, zero past the end.
  uint32_t Peek(int bits) const;
  // Consumes `bits` bits already peeked; false past the end.
  bool Skip(int bits);
  size_t bits_left() const { return bytes_.size() * 8 - position_; }
  // Whether all that is left is the zero padding of the last byte.
  bool AtPaddedEnd() const;

 private:
  std::string_view bytes_;
  size_t position_ = 0;  // in bits
};

// A canonical prefix code over the symbols 0..alphabet-1. Symbols that were
// never counted have no code.
class HuffmanCode {
 public:
  static constexpr int kMaxLength = 24;

  // The code of `counts` (one per symbol; at most 2^17 symbols): lengths as
  // Huffman's algorithm gives them, ties broken by symbol so that the
  // result is deterministic, flattened until none is over kMaxLength.
  static HuffmanCode FromCounts(const std::vector<uint64_t>& counts);

  // Writes the code lengths; Read() reads them back for an alphabet of
  // `alphabet` symbols and returns false when they are not a prefix code
  // (over-full), name a symbol out of range, or are cut short.
  void Write(BitWriter* out) const;
  static bool Read(BitReader* in, uint32_t alphabet, HuffmanCode* code);

  // Appends `symbol`'s code; the symbol must have one.
  void Encode(uint32_t symbol, BitWriter* out) const;
  // Reads one symbol; false past the end or on a bit pattern with no symbol.
  bool Decode(BitReader* in, uint32_t* symbol) const;

  bool HasCode(uint32_t symbol) const {
    return symbol < lengths_.size() && lengths_[symbol] != 0;
  }

 private:
  static constexpr int kTableBits = 10;
  // Fills the decoding tables (and codes_ when sized) from used_; false
  // when the lengths are over-full.
  bool Build();

  // The symbols with a code and their lengths, by symbol.
  std::vector<std::pair<uint32_t, uint8_t>> used_;
  // Per symbol, only in a code built by FromCounts() (the encoder): the
  // length (0: no code) and the code, bit-reversed for writing.
  std::vector<uint8_t> lengths_;
  std::vector<uint32_t> codes_;
  std::array<uint32_t, kMaxLength + 1> count_per_length_ = {};
  std::vector<uint32_t> sorted_;  // symbols by (length, symbol)
  // Codes of at most kTableBits bits, indexed by the next kTableBits bits:
  // symbol << 5 | length, or 0 for a longer code.
  std::vector<uint32_t> table_;
};

// Whole numbers of any size under a code over 76 symbols: 0-15 stand for
// themselves; a larger value is the symbol 11 + its bit width, then its bits
// below the top one.
inline constexpr uint32_t kNumberSymbols = 76;
uint32_t NumberSymbol(uint64_t value);
void CountNumber(uint64_t value, std::vector<uint64_t>* counts);
void PutNumber(const HuffmanCode& code, uint64_t value, BitWriter* out);
bool GetNumber(const HuffmanCode& code, BitReader* in, uint64_t* value);

}  // namespace khulasa::speech

#endif  // KHULASA_SRC_SPEECH_DIACRITIZER_MODEL_CODING_H_
