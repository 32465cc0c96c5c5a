#include "src/text/stopwords.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "src/text/normalizer.h"

namespace khulasa::text {
namespace {

#include "src/text/stopwords_data.inc"

// The normalized set, built once (thread-safe static init). The strings
// live as long as the process; the views point into them.
struct StopwordSet {
  StopwordSet() {
    for (const char* w : kRawStopwords) raw.emplace_back(w);
    storage.reserve(raw.size());
    for (std::string_view w : raw) storage.push_back(NormalizeForMatching(w));
    for (const std::string& w : storage) {
      if (!w.empty()) sorted.emplace_back(w);
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (std::string_view w : sorted) {
      if (w.size() > max_bytes) max_bytes = w.size();
    }
  }
  std::vector<std::string_view> raw;
  std::vector<std::string> storage;
  std::vector<std::string_view> sorted;
  size_t max_bytes = 0;
};

const StopwordSet& Set() {
  static const StopwordSet* const set = new StopwordSet();
  return *set;
}

}  // namespace

bool IsStopword(std::string_view word) {
  const StopwordSet& set = Set();
  if (word.empty() || word.size() > set.max_bytes) return false;
  return std::binary_search(set.sorted.begin(), set.sorted.end(), word);
}

const std::vector<std::string_view>& NormalizedStopwords() {
  return Set().sorted;
}

const std::vector<std::string_view>& RawStopwords() { return Set().raw; }

}  // namespace khulasa::text
