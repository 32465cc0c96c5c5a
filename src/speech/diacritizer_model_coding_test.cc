#include "src/speech/diacritizer_model_coding.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::speech {
namespace {

TEST(BitCodingTest, BitsRoundTripAndTheEndIsChecked) {
  BitWriter out;
  out.Put(5, 3);
  out.Put(0xABCDEF12u, 32);
  out.Put(0, 0);
  out.Put(1, 1);
  const std::string bytes = out.Finish();
  ASSERT_EQ(bytes.size(), 5u);  // 36 bits
  BitReader in(bytes);
  uint64_t value = 0;
  ASSERT_TRUE(in.Get(3, &value));
  EXPECT_EQ(value, 5u);
  ASSERT_TRUE(in.Get(32, &value));
  EXPECT_EQ(value, 0xABCDEF12u);
  ASSERT_TRUE(in.Get(1, &value));
  EXPECT_EQ(value, 1u);
  EXPECT_TRUE(in.AtPaddedEnd());
  EXPECT_FALSE(in.Get(5, &value));  // only 4 padding bits are left
  EXPECT_EQ(in.bits_left(), 4u);
  // A set bit in the padding is not an end.
  // BitReader keeps a view: the bytes must outlive it (a temporary here was
  // a stack-use-after-scope under ASan).
  const std::string dirty_bytes(1, '\x80');
  BitReader dirty(dirty_bytes);
  ASSERT_TRUE(dirty.Get(3, &value));
  EXPECT_FALSE(dirty.AtPaddedEnd());
}

TEST(BitCodingTest, HuffmanCodesRoundTripWithTheirLengths) {
  // Skewed counts, a symbol never seen, and a deep tail.
  std::vector<uint64_t> counts = {1000, 0, 500, 250, 1, 1, 125, 3};
  for (int i = 0; i < 40; ++i) counts.push_back(1);
  const HuffmanCode code = HuffmanCode::FromCounts(counts);
  EXPECT_FALSE(code.HasCode(1));
  BitWriter out;
  code.Write(&out);
  std::vector<uint32_t> symbols;
  for (uint32_t s = 0; s < counts.size(); ++s) {
    if (counts[s] > 0) symbols.push_back(s);
  }
  for (uint32_t s : symbols) code.Encode(s, &out);
  const std::string bytes = out.Finish();
  BitReader in(bytes);
  HuffmanCode read;
  ASSERT_TRUE(
      HuffmanCode::Read(&in, static_cast<uint32_t>(counts.size()), &read));
  for (uint32_t s : symbols) {
    uint32_t symbol = 0;
    ASSERT_TRUE(read.Decode(&in, &symbol));
    EXPECT_EQ(symbol, s);
  }
  EXPECT_TRUE(in.AtPaddedEnd());
  // The same lengths for a smaller alphabet name symbols out of range.
  BitReader again(bytes);
  EXPECT_FALSE(HuffmanCode::Read(&again, 10, &read));
}

TEST(BitCodingTest, LongCodesAreFlattenedToTheLimit) {
  // Fibonacci counts give a code one bit longer per symbol.
  std::vector<uint64_t> counts = {1, 1};
  while (counts.size() < 40) {
    counts.push_back(counts[counts.size() - 1] + counts[counts.size() - 2]);
  }
  const HuffmanCode code = HuffmanCode::FromCounts(counts);
  BitWriter out;
  code.Write(&out);
  for (uint32_t s = 0; s < counts.size(); ++s) code.Encode(s, &out);
  const std::string bytes = out.Finish();
  BitReader in(bytes);
  HuffmanCode read;
  ASSERT_TRUE(HuffmanCode::Read(&in, 40, &read));
  for (uint32_t s = 0; s < counts.size(); ++s) {
    uint32_t symbol = 0;
    ASSERT_TRUE(read.Decode(&in, &symbol)) << s;
    EXPECT_EQ(symbol, s);
  }
}

TEST(BitCodingTest, NumbersOfAnySizeRoundTrip) {
  const std::vector<uint64_t> values = {
      0,           1,           15,
      16,          17,          1000,
      1u << 31,    0xFFFFFFFFu, uint64_t{1} << 40,
      ~uint64_t{0}};
  std::vector<uint64_t> counts(kNumberSymbols);
  for (uint64_t v : values) CountNumber(v, &counts);
  const HuffmanCode code = HuffmanCode::FromCounts(counts);
  BitWriter out;
  for (uint64_t v : values) PutNumber(code, v, &out);
  const std::string bytes = out.Finish();
  BitReader in(bytes);
  for (uint64_t v : values) {
    uint64_t read = 0;
    ASSERT_TRUE(GetNumber(code, &in, &read));
    EXPECT_EQ(read, v);
  }
}

TEST(BitCodingTest, BadCodesAndCutStreamsAreRefused) {
  // Three symbols of length 1: more codes than there are.
  BitWriter over;
  over.Put(0, 2);  // Elias gamma of 3 + 1 symbols: 00 1 00
  over.Put(1, 1);
  over.Put(0, 2);
  for (int s = 0; s < 3; ++s) {
    over.Put(1, 1);  // Elias gamma of 0 + 1: the next symbol
    over.Put(0, 5);  // length 1
  }
  const std::string over_bytes = over.Finish();
  BitReader over_in(over_bytes);
  HuffmanCode code;
  EXPECT_FALSE(HuffmanCode::Read(&over_in, 4, &code));
  // An empty stream has no code at all.
  BitReader empty(std::string_view{});
  EXPECT_FALSE(HuffmanCode::Read(&empty, 4, &code));
  // A code read from a stream cut short of its symbols.
  std::vector<uint64_t> counts = {3, 2, 1, 1};
  const HuffmanCode good = HuffmanCode::FromCounts(counts);
  BitWriter out;
  good.Write(&out);
  std::string bytes = out.Finish();
  bytes.pop_back();
  BitReader short_in(bytes);
  EXPECT_FALSE(HuffmanCode::Read(&short_in, 4, &code));
  // Decoding past the end fails.
  BitWriter one;
  good.Write(&one);
  const std::string only_code = one.Finish();
  BitReader no_symbols(only_code);
  ASSERT_TRUE(HuffmanCode::Read(&no_symbols, 4, &code));
  uint32_t symbol = 0;
  while (no_symbols.bits_left() > 0 && code.Decode(&no_symbols, &symbol)) {
  }
  EXPECT_FALSE(code.Decode(&no_symbols, &symbol));
}

}  // namespace
}  // namespace khulasa::speech
