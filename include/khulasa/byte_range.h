// A half-open byte range into a UTF-8 text: the unit of every offset that
// khulasa reports (tokens, sentences, blocks, summary sources, speech marks).
#ifndef KHULASA_INCLUDE_KHULASA_BYTE_RANGE_H_
#define KHULASA_INCLUDE_KHULASA_BYTE_RANGE_H_

#include <cstddef>

namespace khulasa {

// [begin, end): byte offsets, begin <= end.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool operator==(const ByteRange&) const = default;
};

}  // namespace khulasa

#endif  // KHULASA_INCLUDE_KHULASA_BYTE_RANGE_H_
