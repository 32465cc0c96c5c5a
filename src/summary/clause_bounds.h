// Clause boundaries in a bullet, for cutting it short: where a trailing
// framing clause starts, which words open a new clause, and which cuts
// would leave a quotation or bracket open. Internal to src/summary.
#ifndef KHULASA_SRC_SUMMARY_CLAUSE_BOUNDS_H_
#define KHULASA_SRC_SUMMARY_CLAUSE_BOUNDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "src/summary/bullet_tokens.h"

namespace khulasa::summary::editing {

// `s` without its trailing clause marks (, ، ; ؛ :).
std::string_view StripTrailingClauseMarks(std::string_view s);

// True when tokens[i] opens a new clause: a listed opener ("حيث" "كما"
// "مما" "الأمر الذي", not after "من") or a conjunction + verb ("وقال").
bool StartsClause(const std::vector<Token>& tokens, size_t i);

// True when `t` may be a verb: a past verb shape (LooksLikeVerb, with or
// without its conjunction) or an imperfect one (ya-/ta-/na-, sa- + one of
// them, with at least three more letters).
bool MayBeVerb(const Token& t);

// True when `t` (its conjunction aside) has the shape of an imperfect or
// future verb: ya-/ta-/na-, or sa- + one of them, with at least three more
// letters and no teh marbuta ("سيبحث" "يعقد" "تشهد").
bool IsImperfectVerbShape(const Token& t);

// open[w]: quotation marks and brackets opened and not yet closed in the
// first w kept tokens (at[] indexes the kept tokens of `text`); straight
// double quotes count as one open mark while their number so far is odd.
void OpenMarks(std::string_view text, const std::vector<Token>& tokens,
               const std::vector<size_t>& at, std::vector<int>* open);

// Most words of a trailing clause that EndsOnConjunctionFragment() reads
// as a fragment.
inline constexpr size_t kMaxFragmentWords = 4;

// True when the first w kept tokens (at[] indexes them) end on a clause of
// at most kMaxFragmentWords words, opened by wa- / fa- after a clause mark,
// with no verb ("...، وفي الوقت نفسه"): a cut there leaves a fragment.
bool EndsOnConjunctionFragment(const std::vector<Token>& tokens,
                               const std::vector<size_t>& at, size_t w);

// Index of the first token of a trailing framing clause to drop (after at
// least `min_words` kept tokens from `begin`), or tokens.size(): "، حيث
// ..." "، مؤكدا ..." "، في حين ..." "وذلك ...".
size_t TrailingClauseStart(const std::vector<Token>& tokens,
                           const std::vector<bool>& keep, size_t begin,
                           size_t min_words);

}  // namespace khulasa::summary::editing

#endif  // KHULASA_SRC_SUMMARY_CLAUSE_BOUNDS_H_
