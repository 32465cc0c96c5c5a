#include "src/eval/rouge.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

RougeText Prepare(const std::string& text, bool normalize = false) {
  return PrepareRougeText(text, RougeTokenizerOptions{.normalize = normalize});
}

void ExpectScore(const RougeScore& actual, double precision, double recall,
                 double f1, const std::string& what) {
  EXPECT_NEAR(actual.precision, precision, 1e-9) << what;
  EXPECT_NEAR(actual.recall, recall, 1e-9) << what;
  EXPECT_NEAR(actual.f1, f1, 1e-9) << what;
}

// Hand-computed rows: candidate, reference, then P/R/F1 for each metric.
struct Row {
  const char* candidate;
  const char* reference;
  double r1[3];
  double r2[3];
  double rl[3];
  double rlsum[3];
};

TEST(RougeTest, MatchesHandComputedScores) {
  const Row rows[] = {
      // 3 shared unigrams of 4; bigram "a b" shared of 3; LCS a b d.
      {"a b c d",
       "a b e d",
       {.75, .75, .75},
       {1. / 3, 1. / 3, 1. / 3},
       {.75, .75, .75},
       {.75, .75, .75}},
      // Clipping: "the" counts once, as often as the reference has it.
      {"the the the the",
       "the cat",
       {.25, .5, 1. / 3},
       {0, 0, 0},
       {.25, .5, 1. / 3},
       {.25, .5, 1. / 3}},
      // Identical texts.
      {"x y z", "x y z", {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
      // Nothing shared.
      {"p q", "r s", {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
      // Empty candidate or reference.
      {"", "a b", {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
      {"a b", "...", {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
      // Reordering: R-1 perfect, no bigram, LCS 1 of 2.
      {"b a", "a b", {1, 1, 1}, {0, 0, 0}, {.5, .5, .5}, {.5, .5, .5}},
      // Lin (2004) section 3.2, rouge-score's testRougeLsum with w1..w9
      // spelled a..i (digits would split off): the union LCS of the
      // reference with both candidate lines is a b c e.
      {"a b f g h\na c h i e",
       "a b c d e",
       {.4, .8, 1.6 / 3},
       {1. / 9, .25, 2. / 13},
       {.4, .8, 1.6 / 3},
       {.4, .8, 1.6 / 3}},
      // Summary-level LCS never counts a token more often than it occurs:
      // the second reference line finds a b again, but they are used up.
      {"a b",
       "a b\na b",
       {1, .5, 2. / 3},
       {1, 1. / 3, .5},
       {1, .5, 2. / 3},
       {1, .5, 2. / 3}},
      // Tie-breaking as rouge-score: on line "a b" against "b a" the
      // backtrack keeps "a", so line "b" can still use the candidate's "b".
      {"b a",
       "a b\nb",
       {1, 2. / 3, .8},
       {0, 0, 0},
       {.5, 1. / 3, .4},
       {1, 2. / 3, .8}},
  };
  for (const Row& row : rows) {
    const std::string what =
        std::string("candidate: ") + row.candidate + " | " + row.reference;
    const RougeScores s =
        ScoreRouge(Prepare(row.candidate), Prepare(row.reference));
    ExpectScore(s[RougeMetric::kRouge1], row.r1[0], row.r1[1], row.r1[2],
                "rouge1 " + what);
    ExpectScore(s[RougeMetric::kRouge2], row.r2[0], row.r2[1], row.r2[2],
                "rouge2 " + what);
    ExpectScore(s[RougeMetric::kRougeL], row.rl[0], row.rl[1], row.rl[2],
                "rougeL " + what);
    ExpectScore(s[RougeMetric::kRougeLsum], row.rlsum[0], row.rlsum[1],
                row.rlsum[2], "rougeLsum " + what);
  }
}

TEST(RougeTest, ArabicScoresNeedNormToMatchHamzaSpellings) {
  // "akala al-walad al-tuffaha" against a reference written without hamza
  // and without the article on the last word.
  const std::string candidate =
      "\u0623\u0643\u0644 \u0627\u0644\u0648\u0644\u062F "
      "\u0627\u0644\u062A\u0641\u0627\u062D\u0629";
  const std::string reference =
      "\u0627\u0643\u0644 \u0627\u0644\u0648\u0644\u062F "
      "\u062A\u0641\u0627\u062D\u0629";
  ExpectScore(
      ScoreRouge(Prepare(candidate), Prepare(reference))[RougeMetric::kRouge1],
      1. / 3, 1. / 3, 1. / 3, "raw");
  const RougeScores normalized =
      ScoreRouge(Prepare(candidate, true), Prepare(reference, true));
  ExpectScore(normalized[RougeMetric::kRouge1], 2. / 3, 2. / 3, 2. / 3,
              "norm rouge1");
  ExpectScore(normalized[RougeMetric::kRouge2], .5, .5, .5, "norm rouge2");
}

TEST(RougeTest, RougeNWorksForLongerNgrams) {
  const std::vector<std::string> c = {"a", "b", "c", "d"};
  const std::vector<std::string> r = {"a", "b", "c", "x"};
  ExpectScore(RougeN(c, r, 3), .5, .5, .5, "rouge3");
  ExpectScore(RougeN(c, r, 4), 0, 0, 0, "rouge4");
  ExpectScore(RougeN(c, r, 5), 0, 0, 0, "rouge5: shorter than n");
  ExpectScore(RougeN(c, r, 0), 0, 0, 0, "n = 0");
  ExpectScore(RougeL(c, r), .75, .75, .75, "rougeL");
}

TEST(RougeTest, PrepareSplitsLinesAndSkipsEmptyOnes) {
  const RougeText text = Prepare("a b\n\n ... \nc\n");
  EXPECT_EQ(text.tokens, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(text.line_ends, (std::vector<size_t>{2, 3}));
}

TEST(RougeTest, MultiReferenceTakesBestReferencePerMetricAndMean) {
  const RougeText candidate = Prepare("a b c d");
  const std::vector<RougeText> references = {
      Prepare("a b x y"),  // R-1 .5, R-2 1/3
      Prepare("d c b a"),  // R-1 1, R-2 0
  };
  const MultiReferenceScores multi = ScoreRougeMulti(candidate, references);
  ExpectScore(multi.max[RougeMetric::kRouge1], 1, 1, 1, "max rouge1");
  ExpectScore(multi.max[RougeMetric::kRouge2], 1. / 3, 1. / 3, 1. / 3,
              "max rouge2");
  ExpectScore(multi.mean[RougeMetric::kRouge1], .75, .75, .75, "mean rouge1");
  ExpectScore(multi.mean[RougeMetric::kRouge2], 1. / 6, 1. / 6, 1. / 6,
              "mean rouge2");
  const MultiReferenceScores none = ScoreRougeMulti(candidate, {});
  ExpectScore(none.max[RougeMetric::kRouge1], 0, 0, 0, "no references");
}

TEST(RougeTest, MetricNamesAreRougeScoreNames) {
  EXPECT_EQ(RougeMetricName(RougeMetric::kRouge1), "rouge1");
  EXPECT_EQ(RougeMetricName(RougeMetric::kRouge2), "rouge2");
  EXPECT_EQ(RougeMetricName(RougeMetric::kRougeL), "rougeL");
  EXPECT_EQ(RougeMetricName(RougeMetric::kRougeLsum), "rougeLsum");
}

}  // namespace
}  // namespace khulasa::eval
