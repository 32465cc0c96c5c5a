#include "src/summary/editing_words.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

#include "src/text/normalizer.h"

namespace khulasa::summary {
namespace {

#include "src/summary/editing_words.inc"

constexpr size_t kListCount = 16;

struct NormalizedList {
  absl::flat_hash_set<std::string> keys;
  size_t max_phrase_words = 1;
};

NormalizedList Build(std::span<const std::string_view> raw) {
  NormalizedList list;
  for (std::string_view entry : raw) {
    std::string key = text::NormalizeForMatching(entry);
    if (key.empty()) continue;
    const size_t words =
        1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
    list.max_phrase_words = std::max(list.max_phrase_words, words);
    list.keys.insert(std::move(key));
  }
  return list;
}

// Built once, on first use (thread-safe static initialization); immutable.
const std::array<NormalizedList, kListCount>& Lists() {
  static const auto* const lists = new std::array<NormalizedList, kListCount>{
      Build(kFunctionWords),     Build(kPastVerbs),
      Build(kStemInitial),       Build(kLeaningOpeners),
      Build(kDiscourseOpeners),  Build(kAccordingTo),
      Build(kChannelOpeners),    Build(kAsideOpeners),
      Build(kSpeechVerbs),       Build(kDemonstratives),
      Build(kTimeNouns),         Build(kTrailingClauseOpeners),
      Build(kParticipleOpeners), Build(kClauseCutOpeners),
      Build(kFillerOpeners),     Build(kAnnouncements),
  };
  return *lists;
}

}  // namespace

bool InWordList(WordList list, std::string_view key) {
  if (key.empty()) return false;
  return Lists()[static_cast<size_t>(list)].keys.contains(
      absl::string_view(key.data(), key.size()));
}

size_t MaxPhraseWords(WordList list) {
  return Lists()[static_cast<size_t>(list)].max_phrase_words;
}

}  // namespace khulasa::summary
