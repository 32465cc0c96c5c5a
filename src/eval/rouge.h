// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum between a candidate summary and
// one or more references, computed as Google's rouge-score (and the XL-Sum
// multilingual fork) computes them, on tokens from TokenizeForRouge():
//
//   ROUGE-N    clipped n-gram overlap: P = matches / candidate n-grams,
//              R = matches / reference n-grams, F1 = 2PR / (P + R).
//   ROUGE-L    longest common subsequence over the whole token sequences.
//   ROUGE-Lsum summary-level LCS (Lin 2004, section 3.2): texts are split into
//              lines at '\n'; each reference line takes the union of its
//              LCS with every candidate line; a token is counted at most as
//              often as it occurs on both sides (rouge-score's rule).
//
// Scores are fractions in [0, 1]; empty sides score 0. With several
// references, `max` takes for each metric the reference with the highest F1
// (the first on ties, like rouge-score's score_multi) and `mean` averages P,
// R and F1 over the references.
//
//   RougeTokenizerOptions options{.normalize = true};
//   RougeText candidate = PrepareRougeText(summary, options);
//   RougeScores scores = ScoreRouge(candidate, PrepareRougeText(ref, options));
//   double r1 = scores[RougeMetric::kRouge1].f1;
#ifndef KHULASA_SRC_EVAL_ROUGE_H_
#define KHULASA_SRC_EVAL_ROUGE_H_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/eval/rouge_tokenizer.h"

namespace khulasa::eval {

enum class RougeMetric {
  kRouge1 = 0,
  kRouge2 = 1,
  kRougeL = 2,
  kRougeLsum = 3
};
inline constexpr size_t kNumRougeMetrics = 4;
inline constexpr std::array<RougeMetric, kNumRougeMetrics> kAllRougeMetrics = {
    RougeMetric::kRouge1, RougeMetric::kRouge2, RougeMetric::kRougeL,
    RougeMetric::kRougeLsum};

// rouge-score's names: "rouge1", "rouge2", "rougeL", "rougeLsum".
std::string_view RougeMetricName(RougeMetric metric);

struct RougeScore {
  double precision = 0.0;
  double recall = 0.0;
  double f1 = 0.0;
};

// One score per metric, indexed by RougeMetric.
struct RougeScores {
  std::array<RougeScore, kNumRougeMetrics> scores;

  RougeScore& operator[](RougeMetric metric) {
    return scores[static_cast<size_t>(metric)];
  }
  const RougeScore& operator[](RougeMetric metric) const {
    return scores[static_cast<size_t>(metric)];
  }
};

// A text tokenized once for scoring against many others.
struct RougeText {
  std::vector<std::string> tokens;  // all tokens, in order
  // Line i (for ROUGE-Lsum) is tokens [line_ends[i-1], line_ends[i]), with
  // line_ends[-1] = 0. Lines without tokens are left out.
  std::vector<size_t> line_ends;
};

// Tokenizes `text` (UTF-8) line by line at '\n'.
RougeText PrepareRougeText(std::string_view text,
                           const RougeTokenizerOptions& options);

// The ROUGE-N score of two token sequences (n >= 1).
RougeScore RougeN(std::span<const std::string> candidate,
                  std::span<const std::string> reference, size_t n);

// The ROUGE-L (whole-sequence LCS) score of two token sequences.
RougeScore RougeL(std::span<const std::string> candidate,
                  std::span<const std::string> reference);

// The ROUGE-Lsum (summary-level LCS over lines) score.
RougeScore RougeLsum(const RougeText& candidate, const RougeText& reference);

// All four metrics for one candidate against one reference.
RougeScores ScoreRouge(const RougeText& candidate, const RougeText& reference);

struct MultiReferenceScores {
  RougeScores max;   // per metric: the reference with the best F1
  RougeScores mean;  // per metric: P, R and F1 averaged over references
};

// All four metrics against each reference, combined. No references gives
// all zeros.
MultiReferenceScores ScoreRougeMulti(const RougeText& candidate,
                                     std::span<const RougeText> references);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_ROUGE_H_
