#include "src/summary/bullet_editor.h"

#include <algorithm>
#include <array>
#include <string>

#include "src/article/furniture.h"
#include "src/summary/editing_words.h"
#include "src/text/arabic.h"
#include "src/text/normalizer.h"
#include "src/text/utf8.h"

namespace khulasa::summary {
namespace {

// Normalized spellings (text::NormalizeForMatching) the rules test for.
constexpr std::string_view kWawKey = "\u0648";            // wa-
constexpr std::string_view kFehKey = "\u0641";            // fa-
constexpr std::string_view kAlKey = "\u0627\u0644";       // al-
constexpr std::string_view kThumma = "\u062B\u0645";      // thumma
constexpr std::string_view kKama = "\u0643\u0645\u0627";  // kama
constexpr std::string_view kAnna = "\u0627\u0646";        // anna / inna
constexpr std::string_view kAnnahu = "\u0627\u0646\u0647";
constexpr std::string_view kAnnaha = "\u0627\u0646\u0647\u0627";
constexpr std::string_view kBianna = "\u0628\u0627\u0646";
constexpr std::string_view kIla = "\u0627\u0644\u064A";  // ila (folded)
constexpr std::string_view kQad = "\u0642\u062F";        // qad
constexpr std::string_view kMin = "\u0645\u0646";        // min
constexpr std::string_view kWaDhalik = "\u0648\u0630\u0644\u0643";
constexpr std::string_view kLaqad = "\u0644\u0642\u062F";  // laqad
constexpr std::string_view kIstKey = "\u0627\u0633\u062A";
constexpr std::string_view kInKey = "\u0627\u0646";
constexpr std::string_view kBeh = "\u0628";
constexpr std::string_view kLam = "\u0644";
constexpr std::string_view kKaf = "\u0643";
constexpr std::string_view kTehKey = "\u062A";
constexpr std::string_view kYehKey = "\u064A";
constexpr std::string_view kNoonKey = "\u0646";
constexpr std::string_view kSeenKey = "\u0633";
constexpr std::string_view kAlefKey = "\u0627";
constexpr std::string_view kHehKey = "\u0647";
// Past-tense endings after a verb stem: -at, -ta, -a, -u, -na, -tum.
constexpr std::string_view kPastEndings[] = {"\u062A", "\u062A\u0627",
                                             "\u0627", "\u0648\u0627",
                                             "\u0646", "\u062A\u0645"};

constexpr size_t kLetterBytes = 2;  // every Arabic letter is 2 UTF-8 bytes

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

size_t Letters(std::string_view key) { return key.size() / kLetterBytes; }

// One blank-separated token of the bullet.
struct Token {
  uint32_t begin = 0;  // bytes of the whole token in the bullet text
  uint32_t end = 0;
  // The normalized token without outer punctuation, and where it starts in
  // the normalized text (to find the original byte after a clitic).
  std::string_view key;
  uint32_t key_at = 0;
  bool comma_after = false;   // the token ends with "," or "،"
  bool comma_before = false;  // it starts with one (",حيث")
  bool colon_after = false;   // ends with ":"
  bool clause_after = false;  // ends with , ، ; ؛ : or a sentence end
  bool hamza_second = false;  // its second letter is a hamza-carrying alef
  // HasConjunction(), worked out on first use: -1 unknown, 0 no, 1 yes.
  mutable int8_t conjunction = -1;
};

bool IsBlankByte(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Bytes of the blank at `i`: 1 for ASCII white space, 2 for U+00A0 (no-break
// space), 0 for none: the words CountWords() (units.h) counts.
size_t BlankAt(std::string_view s, size_t i) {
  if (IsBlankByte(static_cast<unsigned char>(s[i]))) return 1;
  if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

// Length of an opening or closing punctuation mark at the start / end of
// `s`, 0 when none.
size_t LeadingMark(std::string_view s) {
  const unsigned char lead = static_cast<unsigned char>(s[0]);
  if (lead >= 0xD9 && lead <= 0xDB) return 0;  // an Arabic letter or mark
  if ((lead >= 'a' && lead <= 'z') || (lead >= '0' && lead <= '9')) return 0;
  size_t pos = 0;
  const char32_t c = text::DecodeUtf8(s, &pos);
  if (c < 0x80) {
    return (c == '(' || c == '[' || c == '"' || c == '\'' || c == '-' ||
            c == '*' || c == '.' || c == ',' || c == ':')
               ? 1
               : 0;
  }
  return (c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D ||
          c == 0x2013 || c == 0x2014 || c == 0x2022 || c == 0x00B7 ||
          c == text::kArabicComma || c == text::kTatweel)
             ? pos
             : 0;
}

size_t TrailingMark(std::string_view s) {
  const unsigned char last = static_cast<unsigned char>(s.back());
  if (s.size() >= 2 && last >= 0x80 && last <= 0xBF) {
    const unsigned char lead = static_cast<unsigned char>(s[s.size() - 2]);
    if (lead >= 0xD9 && lead <= 0xDB) return 0;  // an Arabic letter or mark
  }
  if (last < 0x80) {
    return (last == ')' || last == ']' || last == '"' || last == '\'' ||
            last == '.' || last == ',' || last == ':' || last == ';' ||
            last == '!' || last == '?' || last == '-')
               ? 1
               : 0;
  }
  size_t start = s.size() - 1;
  while (start > 0 &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(s[start]))) {
    --start;
  }
  size_t pos = start;
  const char32_t c = text::DecodeUtf8(s, &pos);
  return (c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D ||
          c == 0x2013 || c == 0x2014 || c == 0x2026 ||
          c == text::kArabicComma || c == text::kArabicSemicolon ||
          c == text::kArabicQuestionMark)
             ? s.size() - start
             : 0;
}

// Splits `text` into tokens with normalized keys. `norm` keeps the
// normalized text the keys point into.
void Tokenize(std::string_view text, text::NormalizedText* norm,
              std::vector<Token>* tokens) {
  tokens->clear();
  text::Normalize(text, text::kAllPasses, norm);
  const std::string& n = norm->text;
  size_t i = 0;
  while (i < n.size()) {
    if (const size_t blank = BlankAt(n, i); blank > 0) {
      i += blank;
      continue;
    }
    size_t j = i;
    while (j < n.size() && BlankAt(n, j) == 0) ++j;
    Token t;
    t.begin = norm->to_original[i];
    t.end = norm->to_original[j];
    std::string_view key(n.data() + i, j - i);
    std::string_view raw_tail = key;
    const std::string_view raw = key;
    while (!key.empty()) {
      const size_t m = LeadingMark(key);
      if (m == 0) break;
      key.remove_prefix(m);
    }
    const std::string_view raw_head = raw.substr(0, key.data() - raw.data());
    t.comma_before = raw_head.find(',') != std::string_view::npos ||
                     raw_head.find("\u060C") != std::string_view::npos;
    while (!key.empty()) {
      const size_t m = TrailingMark(key);
      if (m == 0) break;
      key.remove_suffix(m);
    }
    // A token of marks alone (" ، ") is all tail.
    if (!key.empty()) {
      raw_tail.remove_prefix(key.data() + key.size() - raw_tail.data());
    }
    t.comma_after = raw_tail.find(',') != std::string_view::npos ||
                    raw_tail.find("\u060C") != std::string_view::npos;
    t.colon_after = raw_tail.find(':') != std::string_view::npos;
    t.clause_after = t.comma_after || t.colon_after ||
                     raw_tail.find_first_of(";.!?") != std::string_view::npos ||
                     raw_tail.find("\u061B") != std::string_view::npos ||
                     raw_tail.find("\u061F") != std::string_view::npos;
    t.key = key;
    t.key_at = static_cast<uint32_t>(key.data() - n.data());
    if (key.size() >= 2 * kLetterBytes &&
        (StartsWith(key, kWawKey) || StartsWith(key, kFehKey) ||
         StartsWith(key, kKaf))) {
      // The second letter as written: hamza on alef shows wa- + verb.
      size_t pos = norm->to_original[t.key_at + kLetterBytes];
      const char32_t c = text::DecodeUtf8(text, &pos);
      t.hamza_second = c == text::kAlefWithHamzaAbove ||
                       c == text::kAlefWithHamzaBelow ||
                       c == text::kAlefWithMaddaAbove;
    }
    tokens->push_back(t);
    i = j;
  }
}

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

// The rules behind HasConjunction() (below).
bool ComputeHasConjunction(const Token& t);

// True when the first letter of `t` (waw or feh) is the conjunction.
bool HasConjunction(const Token& t) {
  if (t.conjunction < 0) t.conjunction = ComputeHasConjunction(t) ? 1 : 0;
  return t.conjunction == 1;
}

bool ComputeHasConjunction(const Token& t) {
  const std::string_view key = t.key;
  const bool waw = StartsWith(key, kWawKey);
  if (!waw && !StartsWith(key, kFehKey)) return false;
  const std::string_view rest = key.substr(kLetterBytes);
  if (Letters(rest) < 2 || InWordList(WordList::kStemInitial, key)) {
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
  // at least three more letters ("ويأتي" "وتشهد" "وسيتم").
  std::string_view stem = rest;
  size_t min_letters = 4;
  if (StartsWith(stem, kSeenKey)) {
    stem.remove_prefix(kLetterBytes);
    min_letters = 3;  // "وسيتم": the future prefix already shows a verb
  }
  if ((StartsWith(stem, kYehKey) || StartsWith(stem, kTehKey) ||
       StartsWith(stem, kNoonKey)) &&
      Letters(stem) >= min_letters) {
    return true;
  }
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

// Words joined by single spaces in a fixed buffer: phrase lookups without
// allocating. A phrase longer than the buffer matches nothing.
class PhraseBuffer {
 public:
  void Clear() { size_ = 0; }
  void Append(std::string_view word) {
    const size_t need = (size_ > 0 ? 1 : 0) + word.size();
    if (size_ + need > bytes_.size()) {
      size_ = bytes_.size() + 1;  // overflowed: view() is empty from now on
      return;
    }
    if (size_ > 0) bytes_[size_++] = ' ';
    word.copy(bytes_.data() + size_, word.size());
    size_ += word.size();
  }
  std::string_view view() const {
    return size_ > bytes_.size() ? std::string_view()
                                 : std::string_view(bytes_.data(), size_);
  }

 private:
  std::array<char, 160> bytes_;
  size_t size_ = 0;
};

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

bool IsThatParticle(std::string_view key) {
  return key == kAnna || key == kAnnahu || key == kAnnaha || key == kBianna;
}

// The opening edits: advances *begin past deleted opening tokens and sets
// *strip_conjunction for the first kept token. Returns the edit flags.
uint32_t OpeningEdits(std::string_view text, const std::vector<Token>& tokens,
                      size_t min_words, size_t* begin,
                      bool* strip_conjunction) {
  uint32_t edits = 0;
  size_t b = 0;
  const size_t n = tokens.size();
  auto room = [&](size_t at) { return at < n && n - at >= min_words; };
  for (int round = 0; round < 4; ++round) {
    const size_t start = b;
    // List marks and doubled dashes: tokens with no letters at all.
    while (b < n && tokens[b].key.empty() && room(b + 1)) {
      ++b;
      edits |= kEditListMark;
    }
    if (b >= n) break;
    // A dateline or source tag: "دمشق، سوريا (CNN) -- ", "السودان اليوم : ".
    if (const size_t len =
            article::LeadingDatelineLength(text.substr(tokens[b].begin));
        len > 0) {
      const size_t after = tokens[b].begin + len;
      size_t k = b;
      while (k < n && tokens[k].begin < after) ++k;
      if (k > b && room(k)) {
        b = k;
        edits |= kEditDateline;
        continue;
      }
    }
    // A lone conjunction written apart: "و قد ...".
    if ((tokens[b].key == kWawKey || tokens[b].key == kFehKey) && room(b + 1)) {
      ++b;
      edits |= kEditConjunction;
      continue;
    }
    // "يذكر أن ..." / "تجدر الإشارة إلى أن ..."
    if (size_t len = MatchPhrase(tokens, b, WordList::kFillerOpeners);
        len > 0 && room(b + len)) {
      b += len;
      edits |= kEditDiscourseOpener;
      continue;
    }
    // "من جانبه، ..." / "وفي سياق متصل، ..."
    if (size_t len = MatchPhrase(tokens, b, WordList::kDiscourseOpeners);
        len > 0 && room(b + len) &&
        (tokens[b + len - 1].comma_after || LooksLikeVerb(tokens[b + len]))) {
      b += len;
      edits |= kEditDiscourseOpener;
      continue;
    }
    // "وحسب البيان، ..." / "وبحسب المرصد فقد ..."
    if (size_t len = MatchPhrase(tokens, b, WordList::kAccordingTo); len > 0) {
      for (size_t k = b + len - 1; k < n && k < b + 12; ++k) {
        if (tokens[k].comma_after && room(k + 1)) {
          b = k + 1;
          break;
        }
        const Token& t = tokens[k];
        if (k > b && StartsWith(t.key, kFehKey) &&
            (t.key.substr(kLetterBytes) == kQad ||
             IsThatParticle(t.key.substr(kLetterBytes))) &&
            room(k)) {
          b = k;
          break;
        }
      }
      if (b != start) {
        edits |= kEditAccordingTo;
        // "فإن X ..." after the prefix: X is the subject.
        if (StartsWith(tokens[b].key, kFehKey) &&
            IsThatParticle(tokens[b].key.substr(kLetterBytes)) && room(b + 1)) {
          ++b;
        }
        continue;
      }
    }
    // "ثم ..." / "كما أن ..." / "كما أكد ..."
    const std::string_view bare = BareKey(tokens[b]);
    if (bare == kThumma && room(b + 1)) {
      ++b;
      edits |= kEditConjunction;
      continue;
    }
    if (bare == kKama && b + 1 < n) {
      const Token& next = tokens[b + 1];
      if (IsThatParticle(next.key) && room(b + 2)) {
        b += 2;
        edits |= kEditConjunction;
        continue;
      }
      if (LooksLikeVerb(next) && room(b + 1)) {
        ++b;
        edits |= kEditConjunction;
        continue;
      }
    }
    // "وقد أعلنت ..." / "فقد اغتنم ...": qad before a past verb only
    // stresses it.
    if ((bare == kQad || bare == kLaqad) && b + 1 < n &&
        (StartsWith(tokens[b + 1].key, kAlefKey) ||
         IsPastVerbForm(tokens[b + 1].key)) &&
        room(b + 1)) {
      ++b;
      edits |= kEditConjunction;
      continue;
    }
    if (b == start) break;
  }
  *begin = b;
  *strip_conjunction = b < n && HasConjunction(tokens[b]);
  if (*strip_conjunction) edits |= kEditConjunction;
  return edits;
}

// True when the tokens from `b` lean on the sentence before them.
bool Leans(const std::vector<Token>& tokens, size_t b) {
  if (b >= tokens.size()) return false;
  if (MatchPhrase(tokens, b, WordList::kLeaningOpeners) > 0) return true;
  // "يأتي هذا التراجع ..." / "جاء ذلك ...": a demonstrative pointing back,
  // unless it names a time ("أعلن هذا الأسبوع").
  if (b + 1 < tokens.size() &&
      InWordList(WordList::kDemonstratives, tokens[b + 1].key) &&
      (b + 2 >= tokens.size() ||
       !InWordList(WordList::kTimeNouns, tokens[b + 2].key))) {
    return true;
  }
  // A verb of saying with no named speaker: "وأضاف أن ..." "قال: ...".
  const std::string_view verb = BareKey(tokens[b]);
  if (!InWordList(WordList::kSpeechVerbs, verb)) return false;
  if (tokens[b].colon_after || b + 1 >= tokens.size()) return true;
  // The speaker is a pronoun when a particle or a preposition follows the
  // verb: "أضاف أن ..." "أشار إلى أن ..." "أشار لدى مخاطبته ...".
  const std::string_view next = tokens[b + 1].key;
  return IsThatParticle(next) || next == kIla ||
         InWordList(WordList::kFunctionWords, next);
}

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
bool StartsClause(const Token& t, const Token& before) {
  if (before.key == kMin) return false;  // "من حيث" ...
  if (InWordList(WordList::kClauseCutOpeners, t.key)) return true;
  if (!HasConjunction(t)) return false;
  Token bare = t;
  bare.key = t.key.substr(kLetterBytes);
  return LooksLikeVerb(bare) && !StartsWith(bare.key, kAlKey);
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

}  // namespace

void EditBullet(std::string_view text, const EditOptions& options,
                EditedBullet* out) {
  out->text.clear();
  out->from.clear();
  out->words = 0;
  out->edits = 0;
  out->leans = false;
  text::NormalizedText norm;
  std::vector<Token> tokens;
  Tokenize(text, &norm, &tokens);
  if (tokens.empty()) {
    out->from.push_back(0);
    return;
  }
  const size_t n = tokens.size();
  size_t begin = 0;
  bool strip = false;
  out->edits = OpeningEdits(text, tokens, options.min_words, &begin, &strip);
  out->leans = Leans(tokens, begin);

  std::vector<bool> keep(n, false);
  for (size_t k = begin; k < n; ++k) keep[k] = true;
  // The channel of a statement: "قال X في تصريح لوكالة Y إن ..."
  for (size_t p = begin + 2; p + 2 < n && p < begin + 14; ++p) {
    if (!StartsWordListEntry(WordList::kChannelOpeners, tokens[p].key)) {
      continue;
    }
    const size_t len = MatchPhrase(tokens, p, WordList::kChannelOpeners);
    if (len == 0) continue;
    for (size_t q = p + len; q < n && q < p + 12; ++q) {
      if (IsThatParticle(tokens[q].key) && n - q >= options.min_words) {
        for (size_t k = p; k < q; ++k) keep[k] = false;
        out->edits |= kEditChannel;
        break;
      }
      if (tokens[q].comma_after && q + 1 < n &&
          !IsThatParticle(tokens[q + 1].key)) {
        break;  // the phrase ends without "إن": not a channel
      }
    }
    break;
  }
  // Appositive asides in a long bullet: "المرصد، وهو هيئة معارضة، قال".
  size_t kept_words =
      static_cast<size_t>(std::count(keep.begin(), keep.end(), true));
  for (size_t i = begin + 3; i + 3 < n && kept_words > options.long_words;
       ++i) {
    if (!keep[i] || !tokens[i - 1].comma_after ||
        !InWordList(WordList::kAsideOpeners, tokens[i].key)) {
      continue;
    }
    for (size_t j = i + 1; j < n && j <= i + 12; ++j) {
      if (!tokens[j].comma_after) continue;
      if (j + 3 >= n) break;  // the aside runs to the end: not an aside
      for (size_t k = i; k <= j; ++k) keep[k] = false;
      kept_words -= j - i + 1;
      out->edits |= kEditAside;
      i = j;
      break;
    }
  }

  // An announcement of what follows ends the bullet: "... وفيما يلي نص
  // الحديث".
  size_t end = n;
  for (size_t j = begin + options.min_words; j < n; ++j) {
    if (MatchPhrase(tokens, j, WordList::kAnnouncements) > 0) {
      end = j;
      out->edits |= kEditTrailingClause;
      break;
    }
  }
  for (size_t k = end; k < n; ++k) keep[k] = false;
  // Length: a trailing framing clause, then a cut at a clause boundary.
  if (options.drop_trailing_clause) {
    end = std::min(end,
                   TrailingClauseStart(tokens, keep, begin, options.min_words));
  }
  for (size_t k = end; k < n; ++k) keep[k] = false;
  kept_words = static_cast<size_t>(std::count(keep.begin(), keep.end(), true));
  if (options.max_words > 0 && kept_words > options.max_words) {
    const size_t limit = options.max_words;
    // at[w] is the index of the w-th kept token.
    std::vector<size_t> at;
    for (size_t k = begin; k < n; ++k) {
      if (keep[k]) at.push_back(k);
    }
    size_t cut_words = 0;
    const size_t lowest =
        std::max<size_t>(1, static_cast<size_t>(static_cast<double>(limit) *
                                                options.min_cut_share));
    std::vector<int> open;
    OpenMarks(text, tokens, at, &open);
    for (size_t w = limit; w >= lowest; --w) {
      const Token& last = tokens[at[w - 1]];
      const Token& next = tokens[at[w]];
      const bool words_before = w > 1 || !last.key.empty();
      // Never between a verb of saying and what was said ("إن/أن", a
      // colon), after "من" ("من حيث"), or inside an open quotation.
      if (words_before && !last.colon_after &&
          (last.clause_after || StartsClause(next, last)) &&
          !IsThatParticle(next.key) && open[w] == 0) {
        cut_words = w;
        break;
      }
    }
    if (cut_words == 0 && options.hard_limit) cut_words = limit;
    if (cut_words > 0) {
      for (size_t w = cut_words; w < at.size(); ++w) keep[at[w]] = false;
      out->edits |= kEditCut;
    }
  }
  size_t last_kept = n;
  for (size_t k = n; k > begin; --k) {
    if (keep[k - 1]) {
      last_kept = k - 1;
      break;
    }
  }

  // Kept tokens, joined by one space. A token before a deletion loses a
  // trailing comma ("الإنسان، [وهو ...،] إن" -> "الإنسان إن").
  for (size_t k = begin; k < n; ++k) {
    if (!keep[k]) continue;
    uint32_t from = tokens[k].begin;
    if (k == begin) {
      // A list marker glued to the first word: "-نحن في ..." (interviews).
      const size_t mark = article::LeadingListMarkerLength(
          text.substr(from, tokens[k].end - from));
      if (mark > 0 && from + mark < tokens[k].end) {
        from += static_cast<uint32_t>(mark);
        out->edits |= kEditListMark;
      }
      if (strip) from = norm.to_original[tokens[k].key_at + kLetterBytes];
    }
    uint32_t to = tokens[k].end;
    if (k == last_kept) {
      // A bullet never ends on a comma, colon or semicolon; a token of
      // marks alone is dropped unless it is all there is.
      std::string_view token = text.substr(from, to - from);
      token = StripTrailingClauseMarks(token);
      if (token.empty() && !out->text.empty()) break;
      if (!token.empty()) to = from + static_cast<uint32_t>(token.size());
    }
    const bool deletion_after = k + 1 < n && !keep[k + 1];
    if (deletion_after && tokens[k].comma_after) {
      std::string_view token = text.substr(from, to - from);
      while (!token.empty()) {
        if (token.back() == ',') {
          token.remove_suffix(1);
        } else if (token.size() >= 2 &&
                   token.substr(token.size() - 2) == "\u060C") {
          token.remove_suffix(2);
        } else {
          break;
        }
      }
      if (!token.empty()) to = from + static_cast<uint32_t>(token.size());
    }
    if (!out->text.empty()) {
      out->text.push_back(' ');
      out->from.push_back(kJoiningSpace);
    }
    for (uint32_t i = from; i < to; ++i) {
      out->text.push_back(text[i]);
      out->from.push_back(i);
    }
    ++out->words;
  }
  out->from.push_back(out->from.empty() ? 0 : out->from.back() + 1);
}

bool LeansOnPrevious(std::string_view text) {
  // The opening edits and the leaning test read at most ~16 tokens.
  size_t cut = std::min<size_t>(text.size(), 128);
  while (cut < text.size() &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(text[cut]))) {
    ++cut;
  }
  text::NormalizedText norm;
  std::vector<Token> tokens;
  Tokenize(text.substr(0, cut), &norm, &tokens);
  size_t begin = 0;
  bool strip = false;
  OpeningEdits(text.substr(0, cut), tokens, 6, &begin, &strip);
  return Leans(tokens, begin);
}

}  // namespace khulasa::summary
