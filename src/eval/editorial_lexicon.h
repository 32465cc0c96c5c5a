// Internal to the editorial-defect instrument: the word lists of
// src/eval/editorial_lexicon.txt (embedded at configure time), parsed and
// normalized once. Not part of the module's API.
#ifndef KHULASA_SRC_EVAL_EDITORIAL_LEXICON_H_
#define KHULASA_SRC_EVAL_EDITORIAL_LEXICON_H_

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::eval::internal {

// The key every list entry and every bullet word is compared by:
// text::NormalizeForMatching, then ASCII lower case.
std::string MatchKey(std::string_view word);

// Same, without unifying alef forms: keeps "وإلى" apart from "والي".
std::string MatchKeyKeepHamza(std::string_view word);

// A prefix rule of [prefix_after_waw] / [prefix_after_feh]: the rest of
// the word starts with `prefix` and has at least `min_letters` code points.
struct PrefixRule {
  std::string prefix;
  int min_letters = 0;
};

// A set of match keys; looked up by std::string_view without a copy.
using WordSet = std::set<std::string, std::less<>>;

struct EditorialLexicon {
  // One-word lists, as match keys.
  WordSet after_conjunction;  // with verb forms
  WordSet conjunction_word;
  WordSet stem_initial;  // MatchKeyKeepHamza keys
  WordSet speech_verb;
  WordSet according_to;
  WordSet furniture_short_word;
  WordSet fragment_end;
  WordSet byline_no_colon;
  WordSet definition_pronoun;
  WordSet initial;
  std::vector<PrefixRule> prefix_after_waw;
  std::vector<PrefixRule> prefix_after_feh;
  // Phrase lists: each entry is its words' match keys.
  std::vector<std::vector<std::string>> leans_on_previous;
  std::vector<std::vector<std::string>> byline;
  std::vector<std::vector<std::string>> furniture_phrase;
  std::vector<std::vector<std::string>> furniture_short_phrase;
  std::vector<std::vector<std::string>> agency;
};

// The lists, parsed on first use (thread-safe static initialization).
const EditorialLexicon& GetEditorialLexicon();

// Parses lexicon text in the format of editorial_lexicon.txt (for tests).
EditorialLexicon ParseEditorialLexicon(std::string_view text);

}  // namespace khulasa::eval::internal

#endif  // KHULASA_SRC_EVAL_EDITORIAL_LEXICON_H_
