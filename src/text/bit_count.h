// Set bits of the 16-bit masks the 16-byte block scans (blank.h,
// language.cc) get from _mm_movemask_epi8, inline: without -mpopcnt,
// __builtin_popcount is a library call.
#ifndef KHULASA_SRC_TEXT_BIT_COUNT_H_
#define KHULASA_SRC_TEXT_BIT_COUNT_H_

namespace khulasa::text::internal {

inline constexpr unsigned PopCount16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return (x + (x >> 8)) & 0x1Fu;
}

static_assert(PopCount16(0) == 0 && PopCount16(0xFFFF) == 16 &&
              PopCount16(0x8001) == 2 && PopCount16(0x1234) == 5);

}  // namespace khulasa::text::internal

#endif  // KHULASA_SRC_TEXT_BIT_COUNT_H_
