// The shapes of words the bullet editor tests: verbs that open a sentence,
// the conjunction wa- / fa- at the start of a word, the particle "أن/إن",
// and phrases of the editing word lists (editing_words.h). Internal to
// src/summary.
#ifndef KHULASA_SRC_SUMMARY_WORD_SHAPES_H_
#define KHULASA_SRC_SUMMARY_WORD_SHAPES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "src/summary/bullet_tokens.h"
#include "src/summary/editing_words.h"

namespace khulasa::summary::editing {

// True when `key` is a listed past verb, alone or with a past ending
// (-at, -ta, -a, -u, -na, -tum).
bool IsPastVerbForm(std::string_view key);

// True when a triliteral `key` (normalized, 3 letters) has a long vowel as
// its middle letter or ends in teh marbuta (folded to heh), yeh or alef:
// the shapes of nouns, which a conjunction rule must not cut.
bool IsLongVowelOrNounEnd(std::string_view key);

// True when the first letter of `t` (waw or feh) is the conjunction: the
// rest is a known particle or verb form, and `t` is not a listed
// stem-initial word ("وزير" "وليد" "فرنسا").
bool HasConjunction(const Token& t);

// True when `t` has the shape of a past verb that can open a sentence: a
// listed verb or verb of saying, a derived form starting with alef ("أعلن"
// "اعتبر", not its verbal noun "إقرار"), or a bare triliteral ("نص").
bool LooksLikeVerb(const Token& t);

// True when `key` starts like an imperfect or future verb: ya-/ta-/na-,
// with at least `min_letters` letters from that prefix on, or sa- + one of
// them with at least `min_letters_after_sa` ("يأتي" "سيتم").
bool HasImperfectPrefix(std::string_view key, size_t min_letters,
                        size_t min_letters_after_sa);

// The key of `t` without its conjunction when it has one.
std::string_view BareKey(const Token& t);

// "أن" "إن" "أنه" "أنها" "بأن" (normalized).
bool IsThatParticle(std::string_view key);

// Number of tokens from `at` that form a phrase of `list` (the first
// token's conjunction ignored), longest first; 0 when none.
size_t MatchPhrase(const std::vector<Token>& tokens, size_t at, WordList list);

}  // namespace khulasa::summary::editing

#endif  // KHULASA_SRC_SUMMARY_WORD_SHAPES_H_
