#include "src/summary/bullet_editor.h"

#include <algorithm>
#include <string>

#include "src/article/furniture.h"
#include "src/summary/bullet_tokens.h"
#include "src/summary/clause_bounds.h"
#include "src/summary/editing_words.h"
#include "src/summary/word_shapes.h"
#include "src/text/normalizer.h"
#include "src/text/utf8.h"

namespace khulasa::summary {
namespace editing {
namespace {

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
      // "حسب ما أعلنت الوزارة، ...": a verb inside the phrase is not the
      // main clause; otherwise the first verb after it may be ("حسب
      // المنظمين سيبحث المؤتمر ...").
      bool verb_inside = b + len < n && tokens[b + len].key == kMa;
      for (size_t k = b + len - 1; k < n && k < b + 16; ++k) {
        // "حسب الأرقام التي تضمنها التقرير، ...": a relative clause's verb.
        if (InWordList(WordList::kRelativePronouns, tokens[k].key)) {
          verb_inside = true;
        }
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
        if (!verb_inside && k >= b + len + 1 && k < b + len + 6 &&
            IsImperfectVerbShape(t) && room(k)) {
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

}  // namespace

void EditBulletImpl(std::string_view text, const EditOptions& options,
                    EditedBullet* out) {
  out->text.clear();
  out->from.clear();
  out->words = 0;
  out->edits = 0;
  const text::NormalizedText& norm = out->scratch.norm;
  std::vector<Token>& tokens = out->scratch.tokens;
  Tokenize(text, &out->scratch.norm, &tokens);
  if (tokens.empty()) {
    out->from.push_back(0);
    return;
  }
  const size_t n = tokens.size();
  size_t begin = 0;
  bool strip = false;
  out->edits = OpeningEdits(text, tokens, options.min_words, &begin, &strip);

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
  // "، وذلك في 17 ديسمبر": the filler "وذلك" before an adverbial goes, the
  // adverbial stays ("... بين البلدين في 17 ديسمبر"); a bullet that drops
  // trailing clauses drops the whole "وذلك ..." instead.
  for (size_t k = begin + 3; k + 2 < n && !options.drop_trailing_clause; ++k) {
    if (tokens[k].key == kWaDhalik && tokens[k - 1].comma_after &&
        InWordList(WordList::kFrontedOpeners, tokens[k + 1].key)) {
      keep[k] = false;
      out->edits |= kEditAside;
    }
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
    const size_t lowest = std::max<size_t>(1, limit / 3);
    std::vector<int> open;
    OpenMarks(text, tokens, at, &open);
    // A cut keeps the first verb (first_verb: the kept tokens up to and
    // including it). A bullet that opens with a fronted phrase ("وسط
    // تهديدات ...، شيعت إيران ...") is not cut before two words past the
    // phrase's comma.
    size_t first_verb = at.size() + 1;
    for (size_t w = 0; w < at.size(); ++w) {
      if (MayBeVerb(tokens[at[w]])) {
        first_verb = w + 1;
        break;
      }
    }
    size_t past_fronted = 0;
    if (InWordList(WordList::kFrontedOpeners, BareKey(tokens[at[0]]))) {
      past_fronted = at.size();
      for (size_t w = 0; w < at.size(); ++w) {
        if (tokens[at[w]].comma_after) {
          past_fronted = w + 3;
          break;
        }
      }
    }
    // Never between a verb of saying and what was said ("إن/أن", a
    // colon), after "من" ("من حيث") or another particle, inside an open
    // quotation, or before the first verb (a fronted phrase alone:
    // "وسط تهديدات إيرانية بالانتقام"), nor after a short verbless clause
    // a conjunction opens ("، وفي الوقت نفسه").
    auto safe_cut = [&](size_t w) {
      const Token& last = tokens[at[w - 1]];
      const Token& next = tokens[at[w]];
      const bool words_before = w > 1 || !last.key.empty();
      return words_before && !last.colon_after &&
             !InWordList(WordList::kDanglingWords, BareKey(last)) &&
             (last.clause_after || StartsClause(tokens, at[w])) &&
             !IsThatParticle(next.key) && open[w] == 0 && w >= first_verb &&
             w >= past_fronted && !EndsOnConjunctionFragment(tokens, at, w);
    };
    for (size_t w = limit; w >= lowest && cut_words == 0; --w) {
      if (safe_cut(w)) cut_words = w;
    }
    const bool over_cap =
        options.hard_cap_words > 0 && kept_words > options.hard_cap_words;
    if (cut_words == 0 && over_cap && !options.hard_limit) {
      // Past the cap: a whole clause a little over the limit beats a cut
      // inside one.
      for (size_t w = options.hard_cap_words; w > limit && cut_words == 0;
           --w) {
        if (safe_cut(w)) cut_words = w;
      }
    }
    if (cut_words == 0 && (options.hard_limit || over_cap)) {
      // At the limit, or a little before it so as not to end on a
      // preposition or particle ("... كما هو معترف به في").
      cut_words = limit;
      for (size_t w = limit; w > limit / 2 && w > 1; --w) {
        if (!InWordList(WordList::kDanglingWords, BareKey(tokens[at[w - 1]]))) {
          cut_words = w;
          break;
        }
      }
    }
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

bool LeansOnPreviousImpl(std::string_view text, EditScratch* scratch) {
  // The opening edits and the leaning test read at most ~16 tokens.
  size_t cut = std::min<size_t>(text.size(), 128);
  while (cut < text.size() &&
         text::IsUtf8ContinuationByte(static_cast<unsigned char>(text[cut]))) {
    ++cut;
  }
  std::vector<Token>& tokens = scratch->tokens;
  Tokenize(text.substr(0, cut), &scratch->norm, &tokens);
  size_t begin = 0;
  bool strip = false;
  OpeningEdits(text.substr(0, cut), tokens, 6, &begin, &strip);
  return Leans(tokens, begin);
}

}  // namespace editing

void EditBullet(std::string_view text, const EditOptions& options,
                EditedBullet* out) {
  editing::EditBulletImpl(text, options, out);
}

bool LeansOnPrevious(std::string_view text, EditScratch* scratch) {
  return editing::LeansOnPreviousImpl(text, scratch);
}

}  // namespace khulasa::summary
