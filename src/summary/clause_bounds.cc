#include "src/summary/clause_bounds.h"

#include <algorithm>

#include "src/summary/editing_words.h"
#include "src/summary/word_shapes.h"

namespace khulasa::summary::editing {

// `s` without its trailing clause marks (, ، ; ؛ :).
std::string_view StripTrailingClauseMarks(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == ',' || c == ';' || c == ':') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && (s.substr(s.size() - 2) == "\u060C" ||
                                 s.substr(s.size() - 2) == "\u061B")) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

// True when token `t` opens a new clause: a listed opener ("حيث" "كما"
// "مما") or a conjunction + verb ("وقال" "وأكد").
bool StartsClause(const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (i > 0 && tokens[i - 1].key == kMin) return false;  // "من حيث" ...
  if (MatchPhrase(tokens, i, WordList::kClauseCutOpeners) > 0) return true;
  if (!HasConjunction(t)) return false;
  Token bare = t;
  bare.key = t.key.substr(kLetterBytes);
  return LooksLikeVerb(bare) && !StartsWith(bare.key, kAlKey);
}

bool IsImperfectVerbShape(const Token& t) {
  const std::string_view key = BareKey(t);
  return !StartsWith(key, kAlKey) && !EndsWith(key, kHehKey) &&
         HasImperfectPrefix(key, 3, 3);
}

bool MayBeVerb(const Token& t) {
  Token bare = t;
  bare.key = BareKey(t);
  if (bare.key.empty() || StartsWith(bare.key, kAlKey)) return false;
  return LooksLikeVerb(bare) || IsImperfectVerbShape(t);
}

// open[w]: quotation marks and brackets opened and not yet closed in the
// first w kept tokens (at[] indexes the kept tokens); straight double
// quotes count as one open mark while their number so far is odd.
void OpenMarks(std::string_view text, const std::vector<Token>& tokens,
               const std::vector<size_t>& at, std::vector<int>* open) {
  open->assign(at.size() + 1, 0);
  int nested = 0;
  int straight = 0;
  for (size_t w = 0; w < at.size(); ++w) {
    const Token& t = tokens[at[w]];
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    for (size_t i = 0; i < raw.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(raw[i]);
      if (c == '(' || c == '[') ++nested;
      if (c == ')' || c == ']') nested = std::max(nested - 1, 0);
      if (c == '"') ++straight;
      // U+00AB / U+00BB and U+201C / U+201D.
      if (c == 0xC2 && i + 1 < raw.size()) {
        const unsigned char d = static_cast<unsigned char>(raw[i + 1]);
        if (d == 0xAB) ++nested;
        if (d == 0xBB) nested = std::max(nested - 1, 0);
      }
      if (c == 0xE2 && i + 2 < raw.size() &&
          static_cast<unsigned char>(raw[i + 1]) == 0x80) {
        const unsigned char d = static_cast<unsigned char>(raw[i + 2]);
        if (d == 0x9C) ++nested;
        if (d == 0x9D) nested = std::max(nested - 1, 0);
      }
    }
    (*open)[w + 1] = nested + straight % 2;
  }
}

bool EndsOnConjunctionFragment(const std::vector<Token>& tokens,
                               const std::vector<size_t>& at, size_t w) {
  if (w == 0) return false;
  size_t s = w - 1;  // the last clause: at[s .. w)
  while (s > 0 && !tokens[at[s - 1]].clause_after) --s;
  if (s == 0 || w - s > kMaxFragmentWords) return false;
  const Token& first = tokens[at[s]];
  if (!StartsWith(first.key, kWawKey) && !StartsWith(first.key, kFehKey)) {
    return false;
  }
  for (size_t k = s; k < w; ++k) {
    if (MayBeVerb(tokens[at[k]])) return false;
  }
  return true;
}

// Index of the first token of a trailing framing clause to drop (after at
// least `min_words` kept tokens), or tokens.size(): "، حيث ..." "، مؤكدا
// ..." "، في حين ..." "وذلك ...".
size_t TrailingClauseStart(const std::vector<Token>& tokens,
                           const std::vector<bool>& keep, size_t begin,
                           size_t min_words) {
  size_t kept = 0;
  for (size_t j = begin; j < tokens.size(); ++j) {
    if (!keep[j]) continue;
    if (kept++ < min_words) continue;
    const Token& t = tokens[j];
    if (t.key == kWaDhalik) return j;
    if (!tokens[j - 1].comma_after && !t.comma_before) continue;
    if (InWordList(WordList::kTrailingClauseOpeners, t.key)) return j;
    if (j + 1 < tokens.size() &&
        StartsWordListEntry(WordList::kTrailingClauseOpeners, t.key)) {
      PhraseBuffer pair;
      pair.Append(t.key);
      pair.Append(tokens[j + 1].key);
      if (InWordList(WordList::kTrailingClauseOpeners, pair.view())) return j;
    }
    for (size_t len = 3 * kLetterBytes; len <= 5 * kLetterBytes;
         len += kLetterBytes) {
      if (t.key.size() >= len &&
          InWordList(WordList::kParticipleOpeners, t.key.substr(0, len))) {
        return j;
      }
    }
  }
  return tokens.size();
}

}  // namespace khulasa::summary::editing
