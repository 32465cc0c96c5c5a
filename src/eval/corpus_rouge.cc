#include "src/eval/corpus_rouge.h"

#include <vector>

namespace khulasa::eval {
namespace {

void AddTo(const RougeScores& scores, RougeScores* sum) {
  for (size_t m = 0; m < kNumRougeMetrics; ++m) {
    sum->scores[m].precision += scores.scores[m].precision;
    sum->scores[m].recall += scores.scores[m].recall;
    sum->scores[m].f1 += scores.scores[m].f1;
  }
}

void DivideBy(double count, RougeScores* sum) {
  for (RougeScore& score : sum->scores) {
    score.precision /= count;
    score.recall /= count;
    score.f1 /= count;
  }
}

}  // namespace

CorpusRouge SummarizeCorpus(std::span<const MultiReferenceScores> per_document,
                            const BootstrapOptions& bootstrap) {
  CorpusRouge corpus;
  corpus.documents = per_document.size();
  if (per_document.empty()) return corpus;
  std::vector<double> r1_max;
  std::vector<double> r1_mean;
  r1_max.reserve(per_document.size());
  r1_mean.reserve(per_document.size());
  for (const MultiReferenceScores& document : per_document) {
    AddTo(document.max, &corpus.mean.max);
    AddTo(document.mean, &corpus.mean.mean);
    r1_max.push_back(document.max[RougeMetric::kRouge1].f1);
    r1_mean.push_back(document.mean[RougeMetric::kRouge1].f1);
  }
  const double count = static_cast<double>(per_document.size());
  DivideBy(count, &corpus.mean.max);
  DivideBy(count, &corpus.mean.mean);
  corpus.rouge1_f1_max_interval = BootstrapMeanInterval(r1_max, bootstrap);
  corpus.rouge1_f1_mean_interval = BootstrapMeanInterval(r1_mean, bootstrap);
  return corpus;
}

}  // namespace khulasa::eval
