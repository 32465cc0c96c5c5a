// Sentence features for the learned ranker, computed once per unit: where
// the unit sits (article, section, paragraph), how long it is, how central
// it is to the article and how close to the title, and a few surface cues.
#ifndef KHULASA_SRC_SUMMARY_FEATURES_H_
#define KHULASA_SRC_SUMMARY_FEATURES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "khulasa/article.h"
#include "src/summary/units.h"
#include "src/summary/word_keys.h"

namespace khulasa::summary {

// The ranker's features: their columns (FillFeatures writes each by name)
// and, in the same order, their names in the model file.
enum Feature : size_t {
  kFirstInArticle,
  kInvPosition,
  kRelPosition,
  kFirstInSection,
  kInvSectionPosition,
  kFirstInParagraph,
  kLogWords,
  kWords30,
  kShort,
  kCentrality,
  kTitleSimilarity,
  kNumberShare,
  kQuestionOrColon,
  kQuote,
  kNumFeatures,
};

// Feature names in column order (the model file lists them in this order):
// FeatureNames()[kCentrality] == "centrality".
const std::array<std::string_view, kNumFeatures>& FeatureNames();

// The per-unit analysis the ranker and the selector share.
struct UnitAnalysis {
  // Unit i's content-word keys: keys[key_begin[i] .. key_begin[i + 1]),
  // sorted and unique, with their counts in key_counts (same indices).
  std::vector<uint32_t> keys;
  std::vector<uint32_t> key_counts;
  std::vector<uint32_t> key_begin;
  // Per unit: numbers among its words, and cue bits (1: ends with a
  // question or colon, 2: has a quotation mark).
  std::vector<uint32_t> numbers;
  std::vector<uint8_t> cues;
  // Row-major, units x kNumFeatures (AnalyzeUnits only).
  std::vector<float> features;

  size_t unit_count() const {
    return key_begin.empty() ? 0 : key_begin.size() - 1;
  }
  const float* row(size_t unit) const {
    return features.data() + unit * kNumFeatures;
  }
};

// Fills *out (buffers reused) for `units` of `article`: every unit's keys
// and features.
void AnalyzeUnits(const Article& article, const Units& units,
                  const StopwordKeys& stopwords, UnitAnalysis* out);

// Unit keys worked out on demand, in article order: lead selection reads
// only the first few units of an article, and needs no features.
class UnitKeys {
 public:
  // Starts *analysis afresh (buffers reused); the references must outlive
  // this object.
  UnitKeys(const Article& article, const Units& units,
           const StopwordKeys& stopwords, UnitAnalysis* analysis);

  // The analysis with the keys of units 0..unit (at least) filled.
  const UnitAnalysis& Through(size_t unit);

  // Fills every unit's keys and then the features (AnalyzeUnits).
  const UnitAnalysis& All();

 private:
  const Article& article_;
  const Units& units_;
  const StopwordKeys& stopwords_;
  UnitAnalysis* analysis_;
  bool features_ = false;
};

// Share of the smaller unit's content words that the other unit also has
// (0 when either has none): "do these two say the same thing".
double KeyOverlap(const UnitAnalysis& analysis, size_t a, size_t b);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_FEATURES_H_
