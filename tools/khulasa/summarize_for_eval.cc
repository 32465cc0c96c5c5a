#include "tools/khulasa/summarize_for_eval.h"

#include <memory>

#include "absl/status/status.h"

#include "khulasa/article.h"
#include "khulasa/engine.h"

namespace khulasa::cli {

absl::StatusOr<std::vector<std::string>> SummarizeForEval(std::string_view text,
                                                          int bullets) {
  // One engine for the whole evaluation run (Create loads the model once;
  // the engine is immutable, so sharing it is safe).
  static const absl::StatusOr<std::unique_ptr<Engine>>* engine =
      new absl::StatusOr<std::unique_ptr<Engine>>(
          Engine::Create(EngineOptions{}));
  if (!engine->ok()) return engine->status();
  ReadOptions read;
  read.format = InputFormat::kText;  // records carry plain article text
  // Scores measure summaries, not the language gate: read every record the
  // reader can (a few ARGEn records are more English spam than Arabic).
  read.force = true;
  SummaryOptions options;
  options.bullets = bullets;
  absl::StatusOr<SummarizedArticle> result =
      (**engine)->Summarize(text, read, options);
  std::vector<std::string> out;
  if (!result.ok()) {
    // A record the reader refuses (no Arabic letters, say) scores zero
    // rather than stopping the evaluation; invalid options still fail.
    if (absl::IsInvalidArgument(result.status()) && bullets >= kMinBullets &&
        bullets <= kMaxBullets) {
      return out;
    }
    return result.status();
  }
  for (const Bullet& bullet : result->summary.bullets) {
    out.push_back(bullet.text);
  }
  return out;
}

}  // namespace khulasa::cli
