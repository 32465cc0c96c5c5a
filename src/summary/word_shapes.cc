#include "src/summary/word_shapes.h"

#include <algorithm>

namespace khulasa::summary::editing {

bool IsPastVerbForm(std::string_view key) {
  if (InWordList(WordList::kPastVerbs, key)) return true;
  for (std::string_view ending : kPastEndings) {
    if (key.size() > ending.size() + 2 * kLetterBytes &&
        key.substr(key.size() - ending.size()) == ending &&
        InWordList(WordList::kPastVerbs,
                   key.substr(0, key.size() - ending.size()))) {
      return true;
    }
  }
  return false;
}

// True when a triliteral `key` (normalized, 3 letters) has a long vowel as
// its middle letter or ends in teh marbuta (folded to heh), yeh or alef:
// the shapes of nouns, which a conjunction rule must not cut.
bool IsLongVowelOrNounEnd(std::string_view key) {
  const std::string_view middle = key.substr(kLetterBytes, kLetterBytes);
  const std::string_view last = key.substr(2 * kLetterBytes, kLetterBytes);
  return middle == kAlefKey || middle == kWawKey || middle == kYehKey ||
         last == kHehKey || last == kYehKey || last == kAlefKey;
}

namespace {

// The rules behind HasConjunction() (below).
bool ComputeHasConjunction(const Token& t);

}  // namespace

// True when the first letter of `t` (waw or feh) is the conjunction.
bool HasConjunction(const Token& t) {
  if (t.conjunction < 0) t.conjunction = ComputeHasConjunction(t) ? 1 : 0;
  return t.conjunction == 1;
}

namespace {

bool ComputeHasConjunction(const Token& t) {
  const std::string_view key = t.key;
  const bool waw = StartsWith(key, kWawKey);
  if (!waw && !StartsWith(key, kFehKey)) return false;
  const std::string_view rest = key.substr(kLetterBytes);
  if (Letters(rest) < 2 || InWordList(WordList::kStemInitial, key)) {
    return false;
  }
  // A listed word with the alef of the accusative ending ("واحدا" "وقتا"
  // "واضحا"): the alef is no verb ending here.
  if (EndsWith(key, kAlefKey) &&
      InWordList(WordList::kStemInitial,
                 key.substr(0, key.size() - kAlefKey.size()))) {
    return false;
  }
  if (InWordList(WordList::kFunctionWords, rest) || IsPastVerbForm(rest) ||
      InWordList(WordList::kSpeechVerbs, rest)) {
    return true;
  }
  if (t.hamza_second) return true;  // wa-/fa- + a verb or particle in hamza
  if (StartsWith(rest, kAlKey) && Letters(rest) >= 4) return true;
  // The feh rules stop here: fa- + imperfect shapes are too often nouns.
  if (!waw) return false;
  if (StartsWith(rest, kWawKey)) return true;  // wa- + a waw-initial word
  if (StartsWith(rest, kAlefKey) && Letters(rest) >= 4) {
    // Derived verbs: ifta'ala (second or third letter teh), infa'ala,
    // istaf'ala: "واعتبر" "واتهم" "وانتقد" "واستمر".
    const std::string_view second = rest.substr(kLetterBytes, kLetterBytes);
    const std::string_view third = rest.substr(2 * kLetterBytes, kLetterBytes);
    if (second == kTehKey || third == kTehKey || StartsWith(rest, kIstKey) ||
        StartsWith(rest, kInKey)) {
      return true;
    }
  }
  // Imperfect verbs and the future: ya-/ta-/na- or sa- + ya-/ta-/na-, with
  // at least three more letters ("ويأتي" "وتشهد"; "وسيتم": the future
  // prefix already shows a verb).
  if (HasImperfectPrefix(rest, 4, 3)) return true;
  // A bare triliteral after wa- is a past verb ("ودفع" "وعلق" "وخصص")
  // unless a long vowel sits inside or the word ends like a noun (-a, -i,
  // -an: "وزير" "وقود" "وحدة" "وطني"); so is alef + a triliteral, the form
  // IV verb written without its hamza ("وابان" "وارسل").
  std::string_view verb = rest;
  for (std::string_view ending : kPastEndings) {
    if (Letters(verb) == 3 + Letters(ending) &&
        verb.substr(verb.size() - ending.size()) == ending) {
      verb.remove_suffix(ending.size());
      break;
    }
  }
  if (StartsWith(verb, kAlefKey) && Letters(verb) == 4) {
    verb.remove_prefix(kLetterBytes);
  }
  if (Letters(verb) == 3 && !IsLongVowelOrNounEnd(verb)) return true;
  // Prepositions with the article: "وبالتالي" "وللمرة".
  if ((StartsWith(rest, kBeh) || StartsWith(rest, kLam) ||
       StartsWith(rest, kKaf)) &&
      StartsWith(rest.substr(kLetterBytes), kAlKey) && Letters(rest) >= 6) {
    return true;
  }
  return false;
}

}  // namespace

// True when `t` has the shape of a past verb that can open a sentence:
// a listed verb or verb of saying, a derived form starting with alef
// ("أعلن" "اعتبر"), or a bare triliteral ("نص" "دفع").
bool LooksLikeVerb(const Token& t) {
  const std::string_view key = t.key;
  if (IsPastVerbForm(key) || InWordList(WordList::kSpeechVerbs, key)) {
    return true;
  }
  if (StartsWith(key, kAlKey)) return false;  // a noun with the article
  if (EndsWith(key, kHehKey)) return false;   // teh marbuta: a noun
  if (StartsWith(key, kAlefKey) && Letters(key) >= 4) {
    // Verbal nouns of the derived forms end in -a:C ("إقرار" "اعتبار"
    // "استقبال"); the past verbs do not ("أعلن" "اعتبر").
    const std::string_view penult =
        key.substr(key.size() - 2 * kLetterBytes, kLetterBytes);
    return !(Letters(key) >= 5 && penult == kAlefKey);
  }
  return Letters(key) == 3 && !IsLongVowelOrNounEnd(key);
}

// The key of token `t` without its conjunction when it has one.
std::string_view BareKey(const Token& t) {
  return HasConjunction(t) ? t.key.substr(kLetterBytes) : t.key;
}

// Number of tokens from `at` that form a phrase of `list` (the first
// token's conjunction ignored), longest first; 0 when none.
size_t MatchPhrase(const std::vector<Token>& tokens, size_t at, WordList list) {
  const size_t most = std::min(MaxPhraseWords(list), tokens.size() - at);
  PhraseBuffer phrase;
  size_t best = 0;
  for (int pass = 0; pass < 2; ++pass) {
    const std::string_view first =
        pass == 0 ? tokens[at].key : BareKey(tokens[at]);
    if (pass == 1 && first.size() == tokens[at].key.size()) break;
    if (!StartsWordListEntry(list, first)) continue;
    phrase.Clear();
    for (size_t k = 0; k < most; ++k) {
      const std::string_view key = k == 0 ? first : tokens[at + k].key;
      if (key.empty()) break;
      phrase.Append(key);
      if (InWordList(list, phrase.view())) best = std::max(best, k + 1);
    }
  }
  return best;
}

bool HasImperfectPrefix(std::string_view key, size_t min_letters,
                        size_t min_letters_after_sa) {
  if (StartsWith(key, kSeenKey)) {
    key.remove_prefix(kLetterBytes);
    min_letters = min_letters_after_sa;
  }
  return (StartsWith(key, kYehKey) || StartsWith(key, kTehKey) ||
          StartsWith(key, kNoonKey)) &&
         Letters(key) >= min_letters;
}

bool IsThatParticle(std::string_view key) {
  return key == kAnna || key == kAnnahu || key == kAnnaha || key == kBianna;
}

}  // namespace khulasa::summary::editing
