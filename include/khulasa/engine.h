// The khulasa engine: built once from the model files, then shared. It turns
// an article into key-point bullets (and, as modules are added, speech).
//
//   absl::StatusOr<std::unique_ptr<khulasa::Engine>> engine =
//       khulasa::Engine::Create(khulasa::EngineOptions{});
//   if (!engine.ok()) return engine.status();
//   absl::StatusOr<khulasa::SummarizedArticle> result =
//       (*engine)->Summarize(bytes, khulasa::ReadOptions{},
//                            khulasa::SummaryOptions{});
//   for (const khulasa::Bullet& b : result->summary.bullets) ...
//
// Thread safety: an Engine is immutable after Create(); every const method
// may be called from many threads at once without locking.
#ifndef KHULASA_INCLUDE_KHULASA_ENGINE_H_
#define KHULASA_INCLUDE_KHULASA_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

#include "khulasa/article.h"
#include "khulasa/summary.h"

namespace khulasa {

struct EngineOptions {
  // The summary ranker model file; empty means the committed model,
  // base::ModelPath("summary_ranker.txt") ($KHULASA_MODEL_DIR or models/).
  std::string summary_model_path;
};

// An article together with its summary; the summary's byte ranges point
// into article.input.
struct SummarizedArticle {
  Article article;
  Summary summary;
};

class Engine {
 public:
  // Loads the models. kNotFound when a model file is missing, kDataLoss when
  // one is corrupt (the message names the file and line).
  static absl::StatusOr<std::unique_ptr<Engine>> Create(
      const EngineOptions& options);

  // Holds loaded models; share it by pointer, do not copy.
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  virtual ~Engine() = default;

  // The summary of `article` (its paragraph sentences only: never the
  // title, subheadings, embeds or site_summary). kInvalidArgument for bad
  // options (bullets outside 1-10, negative or huge max_words) or an
  // article without body sentences (or whose sentences hold no word:
  // marks, symbols or punctuation alone).
  virtual absl::StatusOr<Summary> Summarize(
      const Article& article, const SummaryOptions& options) const = 0;

  // Reads `bytes` with ReadArticle(bytes, read_options), then summarizes.
  // Errors are ReadArticle's or Summarize's.
  absl::StatusOr<SummarizedArticle> Summarize(
      std::string_view bytes, const ReadOptions& read_options,
      const SummaryOptions& options) const;

 protected:
  Engine() = default;
};

}  // namespace khulasa

#endif  // KHULASA_INCLUDE_KHULASA_ENGINE_H_
