// Bullet editing: turns an extracted sentence into a bullet an editor would
// publish, by deleting whole tokens (and the conjunction clitic wa- / fa-,
// a token of its own in Arabic grammar) and never adding or changing a
// word, so every byte of the result still points into the article:
//
//   - leading list marks, doubled dashes and markers glued to the first
//     word ("- - ...", "-نحن ...": article::LeadingListMarkerLength);
//   - a dateline or source tag ("دمشق، سوريا (CNN) --", "السودان اليوم :";
//     article::LeadingDatelineLength owns the rule);
//   - filler openers ("يذكر أن ...", "تجدر الإشارة إلى أن ...");
//   - discourse openers closed by a comma or followed by a verb ("من
//     جانبه، أشاد روبيو" -> "أشاد روبيو"), "according to" prefixes ("وحسب
//     البيان، جددت قطر" -> "جددت قطر"; "وبحسب المرصد فقد اغتنم" ->
//     "اغتنم"), a leading "ثم", "كما" before a verb, "كما أن", "قد"
//     before a past verb;
//   - the leading conjunction ("وأكد الجانبان" -> "أكد الجانبان"), only
//     where the rest of the word is a known particle or verb form, so a
//     name or noun that starts with waw or feh (وليد, وزير, فرنسا) is
//     never cut;
//   - the channel of a statement between speaker and "إن/أن" ("قال
//     المتحدث في تصريح لوكالة الأنباء إن" -> "قال المتحدث إن");
//   - in a long bullet, appositive asides between commas ("، وهو هيئة
//     معارضة مقرها لندن،");
//   - an announcement of what follows and everything after it ("وفيما يلي
//     نص الحديث");
//   - when asked (EditOptions), a trailing framing clause and everything
//     past a word limit, cut at a clause boundary (never between a verb of
//     saying and what was said, nor inside an open quotation).
//
// LeansOnPrevious() says whether a unit leans on the sentence before it ("وأضاف
// أن ...", "إلا أن ...", "في حين ..."): such a unit is not chosen as a
// bullet when another one can be. Word lists: data/bullet_editing_words.txt.
// Measured in docs/summary.md ("Bullet editing").
#ifndef KHULASA_SRC_SUMMARY_BULLET_EDITOR_H_
#define KHULASA_SRC_SUMMARY_BULLET_EDITOR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/summary/bullet_tokens.h"
#include "src/text/normalizer.h"

namespace khulasa::summary {

// Bit flags of the edits that fired (EditedBullet::edits).
enum BulletEdit : uint32_t {
  kEditListMark = 1,
  kEditDiscourseOpener = 2,
  kEditAccordingTo = 4,
  kEditConjunction = 8,
  kEditChannel = 16,
  kEditAside = 32,
  kEditDateline = 64,
  kEditTrailingClause = 128,
  kEditCut = 256,
};

// EditedBullet::from of a space the editor puts between two kept tokens.
inline constexpr uint32_t kJoiningSpace = UINT32_MAX;

struct EditOptions {
  // Asides are deleted only from bullets with more words than this.
  size_t long_words = 35;
  // The opening edits never leave fewer words than this (else none apply),
  // and a trailing clause is only dropped after this many words.
  size_t min_words = 6;
  // Drop a trailing framing clause ("، حيث ..." "، مؤكدا أن ..." "،
  // في حين ..." "وذلك ...").
  bool drop_trailing_clause = false;
  // Most words to keep; 0 = no limit. Past it the bullet is cut at the last
  // clause boundary within the limit (a clause mark or sentence end, or a
  // word that opens a new clause: "حيث" "كما" "مما" "وقال"), no earlier
  // than a third of the limit.
  size_t max_words = 0;
  // When no such boundary exists: cut at the limit itself (hard) or keep
  // the bullet whole (soft).
  bool hard_limit = false;
  // A soft limit still cuts at max_words a bullet that has more words than
  // this and no boundary (0 = never): no input gives an unbounded bullet.
  size_t hard_cap_words = 0;
};

// Buffers EditBullet() and LeansOnPrevious() reuse from call to call (the
// summarizer edits a few bullets and reads the openings of a few units per
// article).
struct EditScratch {
  text::NormalizedText norm;
  std::vector<editing::Token> tokens;
};

struct EditedBullet {
  std::string text;  // the edited bullet: kept tokens joined by one space
  // from[i] is the byte of the unedited text that edited byte i copies, or
  // kJoiningSpace for a space that joins two kept tokens;
  // from[text.size()] is the end of the last kept token.
  std::vector<uint32_t> from;
  uint32_t words = 0;   // tokens kept
  uint32_t edits = 0;   // BulletEdit flags
  EditScratch scratch;  // reused by the next EditBullet() into this bullet
};

// Edits `text` (one bullet: valid UTF-8, blanks already collapsed to single
// spaces or not) into *out (buffers reused). Blank text gives an empty
// bullet. Thread-safe; linear in the text's length.
void EditBullet(std::string_view text, const EditOptions& options,
                EditedBullet* out);

// True when the unit `text` leans on the sentence before it, judged after
// the opening edits; reads only its first words. `scratch` holds buffers
// for the next call.
bool LeansOnPrevious(std::string_view text, EditScratch* scratch);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_BULLET_EDITOR_H_
