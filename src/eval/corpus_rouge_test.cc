#include "src/eval/corpus_rouge.h"

#include <vector>

#include "gtest/gtest.h"

namespace khulasa::eval {
namespace {

MultiReferenceScores WithRouge1F1(double max_f1, double mean_f1) {
  MultiReferenceScores scores;
  scores.max[RougeMetric::kRouge1] = {max_f1, max_f1, max_f1};
  scores.mean[RougeMetric::kRouge1] = {mean_f1, mean_f1, mean_f1};
  scores.max[RougeMetric::kRougeLsum].recall = 1.0;
  return scores;
}

TEST(CorpusRougeTest, AveragesDocumentsAndBracketsTheMean) {
  const std::vector<MultiReferenceScores> documents = {
      WithRouge1F1(0.2, 0.1), WithRouge1F1(0.4, 0.3), WithRouge1F1(0.9, 0.5)};
  const CorpusRouge corpus = SummarizeCorpus(documents, {});
  EXPECT_EQ(corpus.documents, 3u);
  EXPECT_DOUBLE_EQ(corpus.mean.max[RougeMetric::kRouge1].f1, 0.5);
  EXPECT_DOUBLE_EQ(corpus.mean.mean[RougeMetric::kRouge1].f1, 0.3);
  EXPECT_DOUBLE_EQ(corpus.mean.max[RougeMetric::kRougeLsum].recall, 1.0);
  EXPECT_DOUBLE_EQ(corpus.mean.max[RougeMetric::kRouge2].f1, 0.0);
  EXPECT_LE(corpus.rouge1_f1_max_interval.low, 0.5);
  EXPECT_GE(corpus.rouge1_f1_max_interval.high, 0.5);
  EXPECT_GE(corpus.rouge1_f1_max_interval.low, 0.2);
  EXPECT_LE(corpus.rouge1_f1_max_interval.high, 0.9);
  EXPECT_LE(corpus.rouge1_f1_mean_interval.low, 0.3);
  EXPECT_GE(corpus.rouge1_f1_mean_interval.high, 0.3);
}

TEST(CorpusRougeTest, NoDocumentsGivesZeros) {
  const CorpusRouge corpus = SummarizeCorpus({}, {});
  EXPECT_EQ(corpus.documents, 0u);
  EXPECT_EQ(corpus.mean.max[RougeMetric::kRouge1].f1, 0.0);
  EXPECT_EQ(corpus.rouge1_f1_max_interval.high, 0.0);
}

}  // namespace
}  // namespace khulasa::eval
