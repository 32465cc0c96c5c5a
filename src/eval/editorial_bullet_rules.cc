#include "src/eval/editorial_bullet_rules.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "src/eval/editorial_defects.h"
#include "src/eval/editorial_lexicon.h"
#include "src/eval/editorial_words.h"
#include "src/text/arabic.h"
#include "src/text/stopwords.h"
#include "src/text/utf8.h"

namespace khulasa::eval::internal {
namespace {

// The key with a leading و / ف removed when what is left is in `set`
// (or the key itself when it is in `set`); "" otherwise.
std::string_view KeyInSetAfterConjunction(std::string_view key,
                                          const internal::WordSet& set) {
  if (set.contains(key)) return key;
  size_t pos = 0;
  if (key.empty()) return {};
  const char32_t first = text::DecodeUtf8(key, &pos);
  if (first != text::kWaw && first != text::kFeh) return {};
  std::string_view rest = key.substr(pos);
  if (set.contains(rest)) return rest;
  return {};
}

bool RestMatchesPrefixRule(std::string_view rest,
                           const std::vector<internal::PrefixRule>& rules) {
  const size_t letters = CodePointCount(rest);
  for (const internal::PrefixRule& rule : rules) {
    if (StartsWith(rest, rule.prefix) &&
        letters >= static_cast<size_t>(rule.min_letters)) {
      return true;
    }
  }
  return false;
}

bool HasSpeechVerb(const std::vector<Word>& words, size_t end) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  for (size_t i = 0; i < end && i < words.size(); ++i) {
    if (!KeyInSetAfterConjunction(words[i].key, lex.speech_verb).empty()) {
      return true;
    }
  }
  return false;
}

bool IsByline(const std::vector<Word>& words, size_t first) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  for (const std::vector<std::string>& phrase : lex.byline) {
    if (!StartsWithPhrase(words, first, phrase)) continue;
    const size_t last = first + phrase.size() - 1;
    if (phrase.size() == 1 && lex.byline_no_colon.contains(phrase[0])) {
      return true;
    }
    if (EndsWith(words[last].raw, ":")) return true;
    if (last + 1 < words.size() && StartsWith(words[last + 1].raw, ":")) {
      return true;
    }
  }
  return false;
}

// "إف.", "J.", "د.": one letter, or the name of a Latin letter as Arabic
// writes it, and a full stop. ("له." is a word, not an initial.)
bool IsInitial(std::string_view raw) {
  if (!EndsWith(raw, ".")) return false;
  const std::string_view letters = raw.substr(0, raw.size() - 1);
  if (letters.empty() || Core(letters) != letters || IsNumberCore(letters)) {
    return false;
  }
  const std::string key = MatchKey(letters);
  return CodePointCount(key) == 1 ||
         GetEditorialLexicon().initial.contains(key);
}

bool BracketsUnbalanced(std::string_view bullet) {
  int paren = 0, square = 0, guillemet = 0, curly = 0, ascii_quote = 0;
  for (char32_t c : CodePoints(bullet)) {
    if (c == '(') ++paren;
    if (c == ')') --paren;
    if (c == '[') ++square;
    if (c == ']') --square;
    if (c == kLeftGuillemet) ++guillemet;
    if (c == kRightGuillemet) --guillemet;
    // Arabic pages use “ and ” in either role, so only their total counts.
    if (c == kLeftDoubleQuote || c == kRightDoubleQuote) ++curly;
    if (c == '"') ++ascii_quote;
  }
  return paren != 0 || square != 0 || guillemet != 0 || curly % 2 != 0 ||
         ascii_quote % 2 != 0;
}

bool EndsSentence(std::string_view raw) {
  // Strip closing quotes and brackets: «...».  ends in "." then "»".
  std::vector<char32_t> cps = CodePoints(raw);
  while (!cps.empty() &&
         (cps.back() == kRightGuillemet || cps.back() == kRightDoubleQuote ||
          cps.back() == '"' || cps.back() == ')')) {
    cps.pop_back();
  }
  if (cps.empty()) return false;
  const char32_t c = cps.back();
  if (c == '.' && cps.size() >= 2 && cps[cps.size() - 2] == '.') {
    return false;  // an ellipsis written as dots
  }
  return c == '.' || c == '!' || c == '?' || c == text::kArabicQuestionMark ||
         c == text::kArabicFullStop;
}

}  // namespace

bool IsRemovableConjunction(std::string_view core) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  const std::string key = MatchKey(core);
  if (key.empty()) return false;
  if (lex.conjunction_word.contains(key)) return true;
  size_t pos = 0;
  const char32_t first = text::DecodeUtf8(key, &pos);
  if (first != text::kWaw && first != text::kFeh) return false;
  const std::string_view rest = std::string_view(key).substr(pos);
  // A hamza on the alef right after the و (وأكد، وإلى) never starts a stem;
  // checked before the exceptions, which compare plain-alef spellings.
  const std::string keep_hamza = MatchKeyKeepHamza(core);
  size_t hamza_pos = 0;
  text::DecodeUtf8(keep_hamza, &hamza_pos);
  if (hamza_pos < keep_hamza.size()) {
    const char32_t second = text::DecodeUtf8(keep_hamza, &hamza_pos);
    if (first == text::kWaw && (second == text::kAlefWithHamzaAbove ||
                                second == text::kAlefWithHamzaBelow ||
                                second == text::kAlefWithMaddaAbove)) {
      return true;
    }
  }
  if (lex.stem_initial.contains(keep_hamza)) return false;
  if (lex.after_conjunction.contains(rest)) return true;
  return RestMatchesPrefixRule(
      rest, first == text::kWaw ? lex.prefix_after_waw : lex.prefix_after_feh);
}

bool IsFurniture(const std::vector<Word>& words) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  if (words.empty()) return false;
  if (IsListMarkerToken(words[0].raw) || IsListMarkerStart(words[0].raw)) {
    return true;
  }
  const size_t first = FirstWordIndex(words);
  if (IsByline(words, first)) return true;
  if (ContainsAny(words, lex.furniture_phrase)) return true;
  const size_t n = words.size();
  if (n <= 15 && ContainsAny(words, lex.furniture_short_phrase)) return true;
  size_t latin = 0;
  size_t counted = 0;
  for (const Word& w : words) {
    if (w.key == "gmt") return true;
    if (StartsWith(w.key, "http") || StartsWith(w.key, "www.") ||
        w.key.find(".com") != std::string::npos || StartsWith(w.raw, "@")) {
      return true;
    }
    if (n <= 15 && IsClockTime(w.core)) return true;
    if (n <= 8 && lex.furniture_short_word.contains(w.key)) return true;
    if (!w.core.empty()) {
      ++counted;
      if (IsLatinWord(w.core)) ++latin;
    }
  }
  // An embedded post or an English caption: mostly Latin words.
  return counted >= 3 && 2 * latin >= counted;
}

bool IsDateline(const std::vector<Word>& words) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  const size_t first = FirstWordIndex(words);
  if (first >= words.size() || IsRemovableConjunction(words[first].core)) {
    return false;
  }
  // A source in brackets near the start: "(رويترز)", "(أ ف ب)", "(CNN)".
  const size_t window = std::min<size_t>(words.size(), 8);
  for (size_t i = 0; i < window; ++i) {
    if (!StartsWith(words[i].raw, "(")) continue;
    if (StartsWithAny(words, i, lex.agency)) return true;
  }
  // "CITY - SOURCE -", "دمشق، سوريا (CNN) --", "المدينة نيوز :-",
  // "الخرطوم - ": a separator after at most 6 words, not a score
  // ("2 - 1"). A single dash after two or more words is an aside
  // ("بمعناها العام - تعني") unless a bracketed source or a second
  // separator follows the place.
  for (size_t i = first + 1; i < window && i <= first + 6; ++i) {
    if (!IsSeparatorToken(words[i].raw)) continue;
    if (i + 1 >= words.size()) return false;
    if (IsNumberCore(words[i - 1].core) || IsNumberCore(words[i + 1].core)) {
      return false;
    }
    if (HasSpeechVerb(words, i)) return false;
    const bool compound = CodePointCount(words[i].raw) > 1;  // "--", ":-"
    bool bracket = false;
    for (size_t k = first; k < i; ++k) {
      if (words[k].raw.find('(') != std::string_view::npos) bracket = true;
    }
    bool second = false;
    for (size_t k = i + 1; k < words.size() && k <= i + 4; ++k) {
      if (IsSeparatorToken(words[k].raw)) second = true;
    }
    return compound || bracket || second || i == first + 1;
  }
  // "السودان اليوم :", "الرياض:": a colon after at most 3 words, outside
  // brackets, not opening a definition ("الكريات الحمراء: هي ...").
  for (size_t i = first; i < words.size() && i <= first + 3; ++i) {
    if (words[i].raw.find('(') != std::string_view::npos) return false;
    const bool colon_here =
        EndsWith(words[i].raw, ":") || EndsWith(words[i].raw, ":-");
    if (!colon_here) continue;
    if (i + 1 >= words.size()) return false;
    if (StartsWithAny(words, first, lex.furniture_phrase)) return false;
    if (GetEditorialLexicon().definition_pronoun.contains(words[i + 1].key)) {
      return false;
    }
    return !HasSpeechVerb(words, i + 1) && !IsByline(words, first);
  }
  return false;
}

bool IsAccordingTo(const std::vector<Word>& words) {
  const size_t first = FirstWordIndex(words);
  if (first >= words.size()) return false;
  return !KeyInSetAfterConjunction(words[first].key,
                                   GetEditorialLexicon().according_to)
              .empty();
}

bool LeansOnPrevious(const std::vector<Word>& words) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  const size_t first = FirstWordIndex(words);
  if (first >= words.size()) return false;
  if (StartsWithAny(words, first, lex.leans_on_previous)) return true;
  // A speech verb with no named subject: "وأشار إلى أن", "وقال إن",
  // "وأكد في بيان", "وقالت:".
  if (KeyInSetAfterConjunction(words[first].key, lex.speech_verb).empty()) {
    return false;
  }
  if (EndsWith(words[first].raw, ":")) return true;
  if (first + 1 >= words.size()) return true;
  const Word& next = words[first + 1];
  // A word that only looks like a particle: "والي" (a governor) is "وإلى"
  // once alef forms are unified.
  if (lex.stem_initial.contains(MatchKeyKeepHamza(next.core))) return false;
  if (text::IsStopword(next.key)) return true;
  const std::vector<char32_t> cps = CodePoints(next.raw);
  if (cps.empty()) return true;
  // "لـ«اليوم»", "للصحفيين": the verb's object comes first.
  if (cps[0] == text::kLam &&
      (cps.size() < 2 || cps[1] == text::kLam || !IsWordChar(cps[1]) ||
       cps[1] == text::kTatweel)) {
    return true;
  }
  if (cps[0] == ':') return true;
  if (!IsOpeningQuote(cps[0])) return false;
  // A quote: a quoted name closed within three words is the subject
  // ("كشفت «سامسونغ» عن", "بين « شاكر » أن"); a longer one is a
  // quotation with no subject before it.
  for (size_t k = first + 1; k < words.size() && k <= first + 4; ++k) {
    const std::vector<char32_t> tail = CodePoints(words[k].raw);
    for (size_t c = (k == first + 1 ? 1 : 0); c < tail.size(); ++c) {
      if (IsClosingQuote(tail[c])) return false;
    }
  }
  return true;
}

bool IsFragment(const std::vector<Word>& words, std::string_view bullet,
                std::string_view text_before) {
  const EditorialLexicon& lex = GetEditorialLexicon();
  if (words.size() < static_cast<size_t>(kMinBulletWords)) return true;
  if (BracketsUnbalanced(bullet)) return true;
  // Starts mid-sentence: with a closing or continuing mark, or right
  // after an initial in the article ("جون إف." | "كينيدي للفنون").
  const std::vector<char32_t> head = CodePoints(words[0].raw.substr(0, 4));
  if (!head.empty()) {
    const char32_t c = head[0];
    if (c == text::kArabicComma || c == ',' || c == '.' || c == ':' ||
        c == text::kArabicSemicolon || c == ';' || c == ')' || c == ']' ||
        c == kRightGuillemet || (c >= 'a' && c <= 'z')) {
      return true;
    }
  }
  const std::vector<Word> before = SplitWords(text_before);
  if (!before.empty() && IsInitial(before.back().raw) &&
      !(before.size() >= 2 && IsNumberCore(before[before.size() - 2].core))) {
    return true;
  }
  // Ends on a particle, a comma or an initial.
  const Word& last = words.back();
  if (lex.fragment_end.contains(last.key)) return true;
  if (IsInitial(last.raw) &&
      !(words.size() >= 2 && IsNumberCore(words[words.size() - 2].core))) {
    return true;
  }
  const std::string_view raw = last.raw;
  return EndsWith(raw, ",") || EndsWith(raw, "\u060C") || EndsWith(raw, ":") ||
         IsSeparatorToken(raw);
}

bool IsQuestion(const std::vector<Word>& words) {
  if (words.empty()) return false;
  std::vector<char32_t> cps = CodePoints(words.back().raw);
  while (!cps.empty() && !IsWordChar(cps.back()) && cps.back() != '?' &&
         cps.back() != text::kArabicQuestionMark) {
    cps.pop_back();
  }
  return !cps.empty() &&
         (cps.back() == '?' || cps.back() == text::kArabicQuestionMark);
}

bool IsMultiSentence(const std::vector<Word>& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& w = words[i];
    const Word& next = words[i + 1];
    // "للإنسان .وللناي": the stop glued to the next sentence.
    if (i > 0 && StartsWith(w.raw, ".") && w.raw.size() > 1 &&
        !w.core.empty() && !IsNumberCore(w.core) &&
        CodePointCount(MatchKey(words[i - 1].core)) > 2) {
      return true;
    }
    if (!EndsSentence(w.raw)) continue;
    // A stop after an initial, an abbreviation or a number is not an end.
    const std::string_view prev_core =
        w.core.empty() ? (i > 0 ? words[i - 1].core : std::string_view())
                       : w.core;
    if (prev_core.empty() || IsNumberCore(prev_core) ||
        CodePointCount(MatchKey(prev_core)) <= 2) {
      continue;
    }
    if (!next.core.empty()) return true;
  }
  return false;
}

}  // namespace khulasa::eval::internal
