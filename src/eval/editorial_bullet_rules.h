// Internal: the per-bullet rules of the editorial-defect instrument
// (editorial_defects.h), one function per defect, on the words of a bullet
// as SplitWords() (editorial_words.h) cuts them. FindBulletDefects() is
// the only caller; the rules read the instrument's own word lists
// (GetEditorialLexicon(), editorial_lexicon.h). Not part of the module's
// API.
//
// All functions are pure and thread-safe (the lexicon is loaded once on
// first use), never crash on invalid UTF-8 (invalid bytes are
// non-letters), and run in time linear in the bullet (a few short phrase
// lists per word).
#ifndef KHULASA_SRC_EVAL_EDITORIAL_BULLET_RULES_H_
#define KHULASA_SRC_EVAL_EDITORIAL_BULLET_RULES_H_

#include <string_view>
#include <vector>

#include "src/eval/editorial_words.h"

namespace khulasa::eval::internal {

// True when `core` (a word without its surrounding punctuation, Core())
// is a removable conjunction: "ثم", a lone "و", or a و / ف glued to a
// particle, an article, a verb prefix or a listed verb ("وأكد", "وقال",
// "وفي", "فقد", "والحكومة", "ويأتي") but not to a stem that starts with
// that letter ("وزير", "وكالة", "واشنطن", "فرنسا", "فريق").
// (EditorialDefect::kLeadingConjunction on the first word.)
bool IsRemovableConjunction(std::string_view core);

// EditorialDefect::kFurniture: a list marker at the start, a byline, a
// furniture phrase (or a short-bullet one in at most 15 words), "GMT", a
// URL, a ".com" word or a handle, a clock time in at most 15 words, a
// short furniture word in at most 8, or Latin words making at least half
// of 3 or more words (an embedded post, an English caption).
bool IsFurniture(const std::vector<Word>& words);

// EditorialDefect::kDateline (never when the first word is a removable
// conjunction): an agency in brackets within the first 8 words; a
// separator ("-", "--", ":-") after at most 6 words that is not part of a
// score, does not follow a speech verb, and is not a one-dash aside after
// two or more words; or a colon after at most 3 words, outside brackets,
// not after a speech verb, not before a definition pronoun, and not in a
// byline or a furniture phrase.
bool IsDateline(const std::vector<Word>& words);

// EditorialDefect::kAccordingTo: the first word (after a و / ف) opens an
// attribution ("وحسب البيان،").
bool IsAccordingTo(const std::vector<Word>& words);

// EditorialDefect::kLeansOnPrevious: opens with a connective or anaphor
// that needs the sentence before, or with a speech verb with no named
// subject ("وأشار إلى أن", "وقال إن", "وقالت:", a quotation right after the
// verb).
bool LeansOnPrevious(const std::vector<Word>& words);

// EditorialDefect::kFragment: under kMinBulletWords words, unbalanced
// brackets or quotes, starts with a closing or continuing mark or a
// lower-case Latin letter, starts right after an initial at the end of
// `text_before` (the article text before the bullet in its paragraph; may
// be empty), or ends on a particle, a comma, a colon, a separator or an
// initial (not after a number).
bool IsFragment(const std::vector<Word>& words, std::string_view bullet,
                std::string_view text_before);

// EditorialDefect::kQuestion: the last word ends in '?' or U+061F (closing
// punctuation after it ignored).
bool IsQuestion(const std::vector<Word>& words);

// EditorialDefect::kMultiSentence: a sentence ends inside the bullet and a
// word follows (a stop after an initial, a short abbreviation or a number
// does not count; a stop glued to the next word does).
bool IsMultiSentence(const std::vector<Word>& words);

}  // namespace khulasa::eval::internal

#endif  // KHULASA_SRC_EVAL_EDITORIAL_BULLET_RULES_H_
