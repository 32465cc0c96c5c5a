// Fuzzes the paragraph and sentence splitters: ranges non-empty, in bounds,
// ordered and non-overlapping; every sentence lies inside one paragraph.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "src/text/sentence_splitter.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckRanges(std::string_view text,
                 const std::vector<khulasa::ByteRange>& ranges) {
  size_t previous_end = 0;
  for (const khulasa::ByteRange& r : ranges) {
    Check(r.begin < r.end);
    Check(r.end <= text.size());
    Check(previous_end <= r.begin);
    previous_end = r.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  using namespace khulasa::text;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<khulasa::ByteRange> paragraphs = SplitParagraphs(text);
  CheckRanges(text, paragraphs);
  const std::vector<khulasa::ByteRange> sentences = SplitSentences(text);
  CheckRanges(text, sentences);
  size_t p = 0;
  for (const khulasa::ByteRange& s : sentences) {
    while (p < paragraphs.size() && paragraphs[p].end < s.end) ++p;
    Check(p < paragraphs.size());
    Check(paragraphs[p].begin <= s.begin && s.end <= paragraphs[p].end);
  }
  (void)LooksHardWrapped(text);
  return 0;
}
