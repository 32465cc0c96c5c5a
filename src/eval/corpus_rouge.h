// Corpus-level ROUGE: per-document scores averaged over documents (the way
// rouge_ar.py and the XL-Sum scorer's bootstrap "mid" report them), with a
// bootstrap confidence interval for ROUGE-1 F1.
#ifndef KHULASA_SRC_EVAL_CORPUS_ROUGE_H_
#define KHULASA_SRC_EVAL_CORPUS_ROUGE_H_

#include <cstddef>
#include <span>

#include "src/eval/bootstrap.h"
#include "src/eval/rouge.h"

namespace khulasa::eval {

struct CorpusRouge {
  size_t documents = 0;
  // Mean over documents of each document's max- and mean-over-references
  // scores.
  MultiReferenceScores mean;
  // Bootstrap intervals of the corpus mean ROUGE-1 F1, over documents.
  ConfidenceInterval rouge1_f1_max_interval;
  ConfidenceInterval rouge1_f1_mean_interval;
};

// Averages `per_document` (one entry per scored document). Empty input
// gives documents == 0 and zeros.
CorpusRouge SummarizeCorpus(std::span<const MultiReferenceScores> per_document,
                            const BootstrapOptions& bootstrap);

}  // namespace khulasa::eval

#endif  // KHULASA_SRC_EVAL_CORPUS_ROUGE_H_
