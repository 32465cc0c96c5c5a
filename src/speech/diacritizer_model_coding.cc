#include "src/speech/diacritizer_model_coding.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <queue>
#include <utility>

namespace khulasa::speech {
namespace {

uint32_t ReverseBits(uint32_t code, int length) {
  uint32_t out = 0;
  for (int i = 0; i < length; ++i) {
    out = (out << 1) | (code & 1u);
    code >>= 1;
  }
  return out;
}

// Code lengths of Huffman's algorithm for `counts` (0: no code). Equal
// weights are merged in order of their node number (symbols first), so the
// lengths do not depend on the priority queue's implementation.
std::vector<uint8_t> HuffmanLengths(const std::vector<uint64_t>& counts) {
  std::vector<uint8_t> lengths(counts.size(), 0);
  using Node = std::pair<uint64_t, uint32_t>;  // weight, node number
  std::priority_queue<Node, std::vector<Node>, std::greater<Node>> queue;
  std::vector<uint32_t> parent;
  for (uint32_t s = 0; s < counts.size(); ++s) {
    parent.push_back(0);
    if (counts[s] > 0) queue.push({counts[s], s});
  }
  if (queue.empty()) return lengths;
  if (queue.size() == 1) {
    lengths[queue.top().second] = 1;
    return lengths;
  }
  while (queue.size() > 1) {
    const Node a = queue.top();
    queue.pop();
    const Node b = queue.top();
    queue.pop();
    const uint32_t node = static_cast<uint32_t>(parent.size());
    parent.push_back(0);
    parent[a.second] = node;
    parent[b.second] = node;
    queue.push({a.first + b.first, node});
  }
  // Parents are numbered after their children: depths from the root down.
  std::vector<uint8_t> depth(parent.size(), 0);
  for (size_t n = parent.size() - 1; n-- > 0;) {
    if (parent[n] != 0) {
      depth[n] = static_cast<uint8_t>(std::min(255, depth[parent[n]] + 1));
    }
  }
  for (size_t s = 0; s < counts.size(); ++s) {
    if (counts[s] > 0) lengths[s] = depth[s];
  }
  return lengths;
}

// Elias gamma of value + 1, for the code lengths (which cannot use a code).
void PutGamma(uint32_t value, BitWriter* out) {
  const uint64_t v = uint64_t{value} + 1;
  const int width = static_cast<int>(std::bit_width(v));
  out->Put(0, width - 1);
  out->Put(1, 1);
  out->Put(v & ((uint64_t{1} << (width - 1)) - 1), width - 1);
}

bool GetGamma(BitReader* in, uint32_t* value) {
  int zeros = 0;
  for (;;) {
    uint64_t bit = 0;
    if (!in->Get(1, &bit)) return false;
    if (bit != 0) break;
    if (++zeros > 32) return false;
  }
  uint64_t low = 0;
  if (!in->Get(zeros, &low)) return false;
  const uint64_t v = (uint64_t{1} << zeros) | low;
  if (v - 1 > 0xFFFFFFFFu) return false;
  *value = static_cast<uint32_t>(v - 1);
  return true;
}

}  // namespace

void BitWriter::Put(uint64_t value, int bits) {
  if (bits == 0) return;
  buffer_ |= (value & ((uint64_t{1} << bits) - 1)) << filled_;
  filled_ += bits;
  while (filled_ >= 8) {
    bytes_.push_back(static_cast<char>(buffer_ & 0xFF));
    buffer_ >>= 8;
    filled_ -= 8;
  }
}

std::string BitWriter::Finish() {
  if (filled_ > 0) bytes_.push_back(static_cast<char>(buffer_ & 0xFF));
  buffer_ = 0;
  filled_ = 0;
  return std::move(bytes_);
}

uint32_t BitReader::Peek(int bits) const {
  const size_t byte = position_ >> 3;
  uint64_t word = 0;
  if (byte < bytes_.size()) {
    std::memcpy(&word, bytes_.data() + byte,
                std::min<size_t>(8, bytes_.size() - byte));
  }
  return static_cast<uint32_t>((word >> (position_ & 7)) &
                               ((uint64_t{1} << bits) - 1));
}

bool BitReader::Skip(int bits) {
  if (static_cast<size_t>(bits) > bits_left()) return false;
  position_ += static_cast<size_t>(bits);
  return true;
}

bool BitReader::Get(int bits, uint64_t* value) {
  if (bits == 0) {
    *value = 0;
    return true;
  }
  if (static_cast<size_t>(bits) > bits_left()) return false;
  *value = Peek(bits);
  position_ += static_cast<size_t>(bits);
  return true;
}

bool BitReader::AtPaddedEnd() const {
  return bits_left() < 8 && Peek(static_cast<int>(bits_left()) + 1) == 0;
}

HuffmanCode HuffmanCode::FromCounts(const std::vector<uint64_t>& counts) {
  std::vector<uint64_t> flattened = counts;
  HuffmanCode code;
  for (;;) {
    code.lengths_ = HuffmanLengths(flattened);
    uint8_t longest = 0;
    for (uint8_t length : code.lengths_) longest = std::max(longest, length);
    if (longest <= kMaxLength) break;
    // Too deep: halve the counts (keeping every used symbol) and rebuild.
    for (uint64_t& c : flattened) {
      if (c > 0) c = (c >> 1) | 1;
    }
  }
  for (uint32_t s = 0; s < code.lengths_.size(); ++s) {
    if (code.lengths_[s] != 0) code.used_.push_back({s, code.lengths_[s]});
  }
  code.codes_.assign(code.lengths_.size(), 0);
  code.Build();
  return code;
}

bool HuffmanCode::Build() {
  count_per_length_.fill(0);
  for (const auto& [symbol, length] : used_) ++count_per_length_[length];
  // Kraft: the lengths must not claim more codes than there are.
  uint64_t claimed = 0;
  for (int length = 1; length <= kMaxLength; ++length) {
    claimed += uint64_t{count_per_length_[length]} << (kMaxLength - length);
  }
  if (claimed > (uint64_t{1} << kMaxLength)) return false;
  // Symbols by (length, symbol): used_ is in symbol order.
  std::array<uint32_t, kMaxLength + 2> offsets = {};
  for (int length = 1; length <= kMaxLength; ++length) {
    offsets[length + 1] = offsets[length] + count_per_length_[length];
  }
  sorted_.assign(used_.size(), 0);
  for (const auto& [symbol, length] : used_) {
    sorted_[offsets[length]++] = symbol;
  }
  // The canonical codes, in that order; lengths_ is only kept by an
  // encoder (FromCounts), which also needs codes_.
  table_.assign(size_t{1} << kTableBits, 0);
  uint32_t next = 0;
  int previous = 0;
  size_t index = 0;
  for (int length = 1; length <= kMaxLength; ++length) {
    for (uint32_t i = 0; i < count_per_length_[length]; ++i, ++index) {
      const uint32_t s = sorted_[index];
      next <<= (length - previous);
      previous = length;
      const uint32_t reversed = ReverseBits(next, length);
      ++next;
      if (!codes_.empty()) codes_[s] = reversed;
      if (length <= kTableBits) {
        for (uint32_t fill = reversed; fill < table_.size();
             fill += 1u << length) {
          table_[fill] = (s << 5) | static_cast<uint32_t>(length);
        }
      }
    }
  }
  return true;
}

void HuffmanCode::Write(BitWriter* out) const {
  PutGamma(static_cast<uint32_t>(used_.size()), out);
  uint32_t next = 0;
  for (const auto& [symbol, length] : used_) {
    PutGamma(symbol - next, out);
    out->Put(length - 1u, 5);
    next = symbol + 1;
  }
}

bool HuffmanCode::Read(BitReader* in, uint32_t alphabet, HuffmanCode* code) {
  uint32_t used = 0;
  if (!GetGamma(in, &used) || used > alphabet) return false;
  code->lengths_.clear();
  code->codes_.clear();
  code->used_.clear();
  uint64_t next = 0;
  for (uint32_t i = 0; i < used; ++i) {
    uint32_t skip = 0;
    uint64_t length = 0;
    if (!GetGamma(in, &skip) || next + skip >= alphabet ||
        !in->Get(5, &length) || length + 1 > kMaxLength) {
      return false;
    }
    next += skip;
    code->used_.push_back(
        {static_cast<uint32_t>(next), static_cast<uint8_t>(length + 1)});
    ++next;
  }
  return code->Build();
}

void HuffmanCode::Encode(uint32_t symbol, BitWriter* out) const {
  out->Put(codes_[symbol], lengths_[symbol]);
}

bool HuffmanCode::Decode(BitReader* in, uint32_t* symbol) const {
  const uint32_t entry = table_[in->Peek(kTableBits)];
  if (entry != 0) {
    *symbol = entry >> 5;
    return in->Skip(static_cast<int>(entry & 31u));
  }
  // A longer code (or none): canonical decoding one bit at a time.
  uint32_t code = 0, first = 0, index = 0;
  for (int length = 1; length <= kMaxLength; ++length) {
    uint64_t bit = 0;
    if (!in->Get(1, &bit)) return false;
    code |= static_cast<uint32_t>(bit);
    const uint32_t count = count_per_length_[length];
    if (code - first < count) {
      *symbol = sorted_[index + (code - first)];
      return true;
    }
    index += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  return false;
}

uint32_t NumberSymbol(uint64_t value) {
  if (value < 16) return static_cast<uint32_t>(value);
  return 11u + static_cast<uint32_t>(std::bit_width(value));
}

void CountNumber(uint64_t value, std::vector<uint64_t>* counts) {
  ++(*counts)[NumberSymbol(value)];
}

void PutNumber(const HuffmanCode& code, uint64_t value, BitWriter* out) {
  const uint32_t symbol = NumberSymbol(value);
  code.Encode(symbol, out);
  if (symbol < 16) return;
  const int low_bits = static_cast<int>(symbol) - 12;  // below the top bit
  out->Put(value & 0xFFFFFFFFu, std::min(low_bits, 32));
  if (low_bits > 32) out->Put(value >> 32, low_bits - 32);
}

bool GetNumber(const HuffmanCode& code, BitReader* in, uint64_t* value) {
  uint32_t symbol = 0;
  if (!code.Decode(in, &symbol)) return false;
  if (symbol < 16) {
    *value = symbol;
    return true;
  }
  if (symbol >= kNumberSymbols) return false;
  const int low_bits = static_cast<int>(symbol) - 12;
  uint64_t low = 0, high = 0;
  if (!in->Get(std::min(low_bits, 32), &low)) return false;
  if (low_bits > 32 && !in->Get(low_bits - 32, &high)) return false;
  *value = (uint64_t{1} << low_bits) | (high << 32) | low;
  return true;
}

}  // namespace khulasa::speech
