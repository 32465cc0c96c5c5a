#include "src/summary/editing_words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

#include "src/text/arabic.h"
#include "src/text/normalizer.h"

namespace khulasa::summary {
namespace {

#include "src/summary/editing_words.inc"

constexpr size_t kListCount = kWordListCount;

// The embedded lists and their data-file names, in WordList order.
struct RawList {
  std::string_view name;
  std::span<const std::string_view> entries;
};
constexpr RawList kRawLists[kListCount] = {
    {"function_words", kFunctionWords},
    {"past_verbs", kPastVerbs},
    {"stem_initial", kStemInitial},
    {"leaning_openers", kLeaningOpeners},
    {"discourse_openers", kDiscourseOpeners},
    {"according_to", kAccordingTo},
    {"channel_openers", kChannelOpeners},
    {"aside_openers", kAsideOpeners},
    {"speech_verbs", kSpeechVerbs},
    {"demonstratives", kDemonstratives},
    {"time_nouns", kTimeNouns},
    {"trailing_clause_openers", kTrailingClauseOpeners},
    {"participle_openers", kParticipleOpeners},
    {"clause_cut_openers", kClauseCutOpeners},
    {"filler_openers", kFillerOpeners},
    {"announcements", kAnnouncements},
    {"fronted_openers", kFrontedOpeners},
    {"dangling_words", kDanglingWords},
    {"relative_pronouns", kRelativePronouns},
};

// A bit for the first code point of a key: Arabic letters hamza..yeh
// (U+0621-U+064A, 42 code points) have their own bits, everything else
// shares bit 63.
uint64_t FirstLetterBit(std::string_view key) {
  if (key.size() < 2) return uint64_t{1} << 63;
  const unsigned lead = static_cast<unsigned char>(key[0]);
  const unsigned trail = static_cast<unsigned char>(key[1]);
  if ((lead != 0xD8 && lead != 0xD9) || (trail & 0xC0) != 0x80) {
    return uint64_t{1} << 63;
  }
  const unsigned cp = ((lead & 0x1F) << 6) | (trail & 0x3F);
  if (cp < text::kHamza || cp > text::kYeh) return uint64_t{1} << 63;
  return uint64_t{1} << (cp - text::kHamza);
}

struct NormalizedList {
  absl::flat_hash_set<std::string> keys;
  absl::flat_hash_set<std::string> first_words;
  uint64_t first_letters = 0;  // FirstLetterBit of every entry
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
    list.first_words.insert(key.substr(0, key.find(' ')));
    list.first_letters |= FirstLetterBit(key);
    list.keys.insert(std::move(key));
  }
  return list;
}

// Built once, on first use (thread-safe static initialization); immutable.
const std::array<NormalizedList, kListCount>& Lists() {
  static const auto* const lists = [] {
    auto* built = new std::array<NormalizedList, kListCount>();
    for (size_t i = 0; i < kListCount; ++i) {
      (*built)[i] = Build(kRawLists[i].entries);
    }
    return built;
  }();
  return *lists;
}

}  // namespace

std::string_view WordListName(WordList list) {
  return kRawLists[static_cast<size_t>(list)].name;
}

std::span<const std::string_view> RawWordList(WordList list) {
  return kRawLists[static_cast<size_t>(list)].entries;
}

bool InWordList(WordList list, std::string_view key) {
  if (key.empty()) return false;
  const NormalizedList& words = Lists()[static_cast<size_t>(list)];
  if ((words.first_letters & FirstLetterBit(key)) == 0) return false;
  return words.keys.contains(absl::string_view(key.data(), key.size()));
}

bool StartsWordListEntry(WordList list, std::string_view key) {
  if (key.empty()) return false;
  const NormalizedList& words = Lists()[static_cast<size_t>(list)];
  if ((words.first_letters & FirstLetterBit(key)) == 0) return false;
  return words.first_words.contains(absl::string_view(key.data(), key.size()));
}

size_t MaxPhraseWords(WordList list) {
  return Lists()[static_cast<size_t>(list)].max_phrase_words;
}

}  // namespace khulasa::summary
