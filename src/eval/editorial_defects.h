// The editorial-defect instrument: counts what an editor would remove from
// a summary bullet (page furniture, datelines, "according to" prefixes,
// leading conjunctions, openers that lean on the sentence before, run-on or
// broken sentences) and what is wrong with a summary as a whole (two bullets
// on one point, too few bullets). Its word lists are its own
// (src/eval/editorial_lexicon.txt), written independently of the bullet
// editor in src/summary, so the two can disagree. Rules are documented in
// docs/summary.md, "Editorial defects: the instrument".
//
// All functions are pure and thread-safe; the word lists are loaded once on
// first use. Inputs are UTF-8 (invalid bytes never crash: they are treated
// as non-letters).
#ifndef KHULASA_SRC_EVAL_EDITORIAL_DEFECTS_H_
#define KHULASA_SRC_EVAL_EDITORIAL_DEFECTS_H_

#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khulasa::eval {

// The taxonomy. The first eight are properties of one bullet, the last two
// of a whole summary.
enum class EditorialDefect {
  kFurniture,    // page furniture: timestamp, byline, "read also",
                 // share/follow line, caption, list marker, URL
  kDateline,     // starts with a dateline or source tag
  kAccordingTo,  // opens with an attribution prefix ("وحسب البيان،")
  kLeadingConjunction,  // opens with a removable و / ف / ثم
  kLeansOnPrevious,     // opens with a connective or anaphor needing the
                        // sentence before, or a speech verb with no subject
  kTooLong,             // more than kMaxBulletWords words
  kFragment,            // broken: ends on a particle or an initial,
                        // unbalanced brackets, under 6 words, or starts
                        // mid-sentence
  kQuestion,            // a question, not a statement of what happened
  kMultiSentence,       // two or more sentences in one bullet
  kSamePoint,           // (summary) two bullets share most content words
  kTooFewBullets,       // (summary) >= 5 body sentences, fewer bullets than
                        // min(asked, 3)
};

inline constexpr int kEditorialDefectCount = 11;
inline constexpr std::array<EditorialDefect, 9> kBulletDefects = {
    EditorialDefect::kFurniture,       EditorialDefect::kDateline,
    EditorialDefect::kAccordingTo,     EditorialDefect::kLeadingConjunction,
    EditorialDefect::kLeansOnPrevious, EditorialDefect::kTooLong,
    EditorialDefect::kFragment,        EditorialDefect::kQuestion,
    EditorialDefect::kMultiSentence,
};

// A bullet is too long past this many blank-separated words.
inline constexpr int kMaxBulletWords = 45;
// A bullet under this many words is a fragment.
inline constexpr int kMinBulletWords = 6;
// Two bullets are on one point when at least this share of the smaller
// bullet's content stems (normalized, stopwords dropped, Snowball-stemmed)
// also occur in the other, and the smaller has at least
// kSamePointMinStems of them.
inline constexpr double kSamePointOverlap = 0.6;
inline constexpr int kSamePointMinStems = 4;

// Stable snake_case name: "furniture", "dateline", "according_to",
// "leading_conjunction", "leans_on_previous", "too_long", "fragment",
// "question", "multi_sentence", "same_point", "too_few_bullets".
std::string_view EditorialDefectName(EditorialDefect defect);

// The defect named `name` (as EditorialDefectName writes it), or nullopt.
std::optional<EditorialDefect> ParseEditorialDefect(std::string_view name);

// A set of defects.
class DefectSet {
 public:
  void Add(EditorialDefect defect) { bits_.set(Index(defect)); }
  bool Has(EditorialDefect defect) const { return bits_.test(Index(defect)); }
  bool empty() const { return bits_.none(); }
  // Names in enum order, comma separated ("" when empty): for tests.
  std::string DebugString() const;

 private:
  static size_t Index(EditorialDefect d) { return static_cast<size_t>(d); }
  std::bitset<kEditorialDefectCount> bits_;
};

// Number of blank-separated tokens in `text`.
int CountWords(std::string_view text);

// True when `word` (one blank-separated token, as written) starts with a
// removable conjunction: "ثم", a lone "و", or a و / ف glued to a particle,
// an article, a verb prefix or a listed verb ("وأكد", "وقال", "وفي", "فقد",
// "والحكومة", "ويأتي") but not to a stem that starts with that letter
// ("وزير", "وكالة", "واشنطن", "فرنسا", "فريق"). See the rules in the .cc.
bool StartsWithRemovableConjunction(std::string_view word);

// The defects of one bullet. `text_before` is optional context: the article
// text that precedes the bullet in its paragraph (empty when unknown or
// when the bullet opens its paragraph); a bullet that begins right after an
// initial or abbreviation ("جون إف.") is a fragment.
DefectSet FindBulletDefects(std::string_view bullet,
                            std::string_view text_before = {});

// Share of the smaller bullet's content stems found in the other (the
// overlap coefficient, 0 when either has none) and the smaller count.
struct ContentOverlap {
  double overlap = 0;
  int smaller_stems = 0;
};
ContentOverlap BulletOverlap(std::string_view a, std::string_view b);

// Defects of a whole summary.
struct SummaryDefects {
  // Pairs (i, j), i < j, of bullets on one point, in order.
  std::vector<std::pair<int, int>> same_point_pairs;
  bool too_few_bullets = false;
  DefectSet AsSet() const;
};

// `bullets` as returned for an article with `body_sentences` paragraph
// sentences when `bullets_asked` were asked for.
SummaryDefects FindSummaryDefects(const std::vector<std::string>& bullets,
                                  int body_sentences, int bullets_asked);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_EDITORIAL_DEFECTS_H_
