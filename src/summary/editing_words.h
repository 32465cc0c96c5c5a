// The word lists of the bullet editor (data/bullet_editing_words.txt,
// embedded at build time), normalized for matching. Every lookup takes a
// key already passed through text::NormalizeForMatching; a phrase is its
// words' keys joined by single spaces.
#ifndef KHULASA_SRC_SUMMARY_EDITING_WORDS_H_
#define KHULASA_SRC_SUMMARY_EDITING_WORDS_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace khulasa::summary {

enum class WordList {
  kFunctionWords,     // particles after which wa-/fa- is a conjunction
  kPastVerbs,         // news openers in the past tense (stems)
  kStemInitial,       // words whose first waw / feh belongs to the word
  kLeaningOpeners,    // openers that need the sentence before
  kDiscourseOpeners,  // "min janibihi," and the like, deleted with the comma
  kAccordingTo,       // first words of an "according to" prefix
  kChannelOpeners,    // "fi tasrih" ...: the channel of a statement
  kAsideOpeners,      // "wa-huwa", "alladhi" ...: an appositive aside
  kSpeechVerbs,       // verbs of saying
  kDemonstratives,    // hadha, hadhihi, dhalika, tilka
  kTimeNouns,         // "this week": a demonstrative that does not point back
  kTrailingClauseOpeners,  // after a comma: a framing clause to drop
  kParticipleOpeners,      // prefixes of circumstantial participles
  kClauseCutOpeners,       // where a long bullet may be cut
  kFillerOpeners,          // "yudhkar anna": deleted at the start
  kAnnouncements,          // "wa-fima yali": the bullet ends before it
  kFrontedOpeners,         // "wasat", "khilal" ...: a fronted phrase
  kDanglingWords,          // "fi", "min", "alladhi" ...: never a last word
  kRelativePronouns,       // "alladhi", "allati", "ma": a clause inside
};

// The data file's name of `list` ("function_words", ...).
std::string_view WordListName(WordList list);

// The entries of `list` as written in the data file (file order, without
// duplicates), for tests.
std::span<const std::string_view> RawWordList(WordList list);

inline constexpr size_t kWordListCount = 19;

// True when `key` (a word or a phrase) is in `list`.
bool InWordList(WordList list, std::string_view key);

// True when some entry of `list` starts with the word `key` (a cheap test
// before building longer phrases).
bool StartsWordListEntry(WordList list, std::string_view key);

// Longest phrase length, in words, of `list` (1 for single-word lists).
size_t MaxPhraseWords(WordList list);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_EDITING_WORDS_H_
