// Engine: loads the models once and serves const, thread-safe calls.
#include "khulasa/engine.h"

#include <memory>
#include <utility>

#include "src/base/model_path.h"
#include "src/base/status_macros.h"
#include "src/summary/ranker_model.h"
#include "src/summary/summarizer.h"

namespace khulasa {
namespace {

class EngineImpl final : public Engine {
 public:
  explicit EngineImpl(const summary::RankerModel& model) : summarizer_(model) {}

  absl::StatusOr<Summary> Summarize(
      const Article& article, const SummaryOptions& options) const override {
    return summarizer_.Summarize(article, options);
  }

 private:
  const summary::Summarizer summarizer_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Engine>> Engine::Create(
    const EngineOptions& options) {
  const std::string path = options.summary_model_path.empty()
                               ? base::ModelPath("summary_ranker.txt")
                               : options.summary_model_path;
  KHULASA_ASSIGN_OR_RETURN(summary::RankerModel model,
                           summary::LoadRankerModel(path));
  return std::unique_ptr<Engine>(new EngineImpl(model));
}

absl::StatusOr<SummarizedArticle> Engine::Summarize(
    std::string_view bytes, const ReadOptions& read_options,
    const SummaryOptions& options) const {
  KHULASA_RETURN_IF_ERROR(summary::ValidateSummaryOptions(options));
  SummarizedArticle result;
  KHULASA_ASSIGN_OR_RETURN(result.article, ReadArticle(bytes, read_options));
  KHULASA_ASSIGN_OR_RETURN(result.summary, Summarize(result.article, options));
  return result;
}

}  // namespace khulasa
