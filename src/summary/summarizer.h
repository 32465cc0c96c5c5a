// The summarizer pipeline behind Engine::Summarize: units -> features ->
// ranker scores -> selection -> bullet text (optionally trimmed) with its
// source byte ranges. Immutable after construction; Summarize() is const
// and thread-safe (all scratch memory is per call).
#ifndef KHULASA_SRC_SUMMARY_SUMMARIZER_H_
#define KHULASA_SRC_SUMMARY_SUMMARIZER_H_

#include "absl/status/statusor.h"

#include "khulasa/article.h"
#include "khulasa/summary.h"
#include "src/summary/ranker_model.h"
#include "src/summary/word_keys.h"

namespace khulasa::summary {

class Summarizer {
 public:
  explicit Summarizer(const RankerModel& model) : model_(model) {}

  // Holds the model and stopword table; not meant to be copied.
  Summarizer(const Summarizer&) = delete;
  Summarizer& operator=(const Summarizer&) = delete;

  // See Engine::Summarize(const Article&, const SummaryOptions&).
  absl::StatusOr<Summary> Summarize(const Article& article,
                                    const SummaryOptions& options) const;

  const RankerModel& model() const { return model_; }
  const StopwordKeys& stopwords() const { return stopwords_; }

 private:
  const RankerModel model_;
  const StopwordKeys stopwords_;
};

// Checks `options`: kInvalidArgument for bullets outside 1-10 or max_words
// outside 0-1000, with the fix in the message.
absl::Status ValidateSummaryOptions(const SummaryOptions& options);

}  // namespace khulasa::summary

#endif  // KHULASA_SRC_SUMMARY_SUMMARIZER_H_
