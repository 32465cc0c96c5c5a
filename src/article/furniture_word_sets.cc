#include "src/article/furniture_word_sets.h"

#include <cstddef>
#include <string_view>

namespace khulasa::article::internal {

WordSet::WordSet(std::string_view list) {
  size_t begin = 0;
  while (begin < list.size()) {
    size_t end = list.find(' ', begin);
    if (end == std::string_view::npos) end = list.size();
    if (end > begin) set_.insert(list.substr(begin, end - begin));
    begin = end + 1;
  }
}

const WordSets& Sets() {
  // Never destroyed, so no destruction-order trouble at exit.
  static const WordSets* const sets = new WordSets();
  return *sets;
}

bool StartsWithAny(std::string_view text, std::string_view list) {
  size_t begin = 0;
  while (begin < list.size()) {
    size_t end = list.find('|', begin);
    if (end == std::string_view::npos) end = list.size();
    std::string_view prefix = list.substr(begin, end - begin);
    if (!prefix.empty() && text.substr(0, prefix.size()) == prefix) {
      return true;
    }
    begin = end + 1;
  }
  return false;
}

}  // namespace khulasa::article::internal
