// The one seam between the server and the engine (khulasa/engine.h,
// khulasa/speech.h): every call the server makes into the summarizer and
// the synthesizer goes through this class, which also turns the engine's
// results into the shapes the server stores and sends.
//
// Thread safety: built once, then its const methods may be called from any
// number of threads at once (the engine's own contract, STYLE.md 4).
#ifndef KHULASA_TOOLS_SERVER_ENGINE_ADAPTER_H_
#define KHULASA_TOOLS_SERVER_ENGINE_ADAPTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "khulasa/article.h"
#include "khulasa/byte_range.h"
#include "khulasa/engine.h"
#include "khulasa/speech.h"

namespace khulasa::server {

// Parses a name written by AudioFormatName() ("ogg", "mp3", "wav"); false
// when unknown.
bool ParseAudioFormat(std::string_view name, AudioFormat* format);

// One summary bullet and the byte ranges of Article::input it came from.
struct SummaryBullet {
  std::string text;
  std::vector<ByteRange> sources;
};

struct SummaryResult {
  std::vector<SummaryBullet> bullets;
  std::string note;  // Summary::note: why fewer bullets than asked
};

// A spoken summary as the server stores it.
struct SpokenSummary {
  std::string audio;  // encoded in the format asked for
  // Word timings as a JSON array, in time order: [{"bullet": 0, "word": 0,
  // "begin": 0, "end": 12, "start_ms": 0, "end_ms": 480, "text": "..."},
  // ...] where begin/end are byte offsets into that bullet's text (the
  // marks `khulasa speak --marks` writes for a summary).
  std::string marks_json;
};

class EngineAdapter {
 public:
  // Loads the engine's models once. A missing summary model is not fatal:
  // the adapter is built and its Summarize() answers kUnavailable (503)
  // naming the missing file, so the page and the stored articles are still
  // served. Other load errors (a corrupt model: kDataLoss) are returned.
  static absl::StatusOr<std::unique_ptr<EngineAdapter>> Create();

  EngineAdapter(const EngineAdapter&) = delete;  // holds the loaded engine
  EngineAdapter& operator=(const EngineAdapter&) = delete;
  ~EngineAdapter();

  bool summarizer_ready() const { return engine_ != nullptr; }
  bool speech_ready() const { return true; }
  // Names the models in use ("ranker-<hash>+diacritizer-<hash>"); stored
  // summaries and audio are keyed by it, so a new model never serves
  // results made by an old one.
  const std::string& model_version() const { return model_version_; }

  // `bullets` key points of `article`, each with its source ranges.
  // kUnavailable without a summary model; the engine's errors otherwise.
  absl::StatusOr<SummaryResult> Summarize(const Article& article,
                                          int bullets) const;

  // The bullets of `summary` spoken in `format` (one line each), with word
  // timings per bullet. SpeakText()'s errors.
  absl::StatusOr<SpokenSummary> Speak(const SummaryResult& summary,
                                      AudioFormat format) const;

 private:
  EngineAdapter() = default;

  std::unique_ptr<Engine> engine_;  // null when the model is missing
  absl::Status engine_status_;      // why engine_ is null
  std::string model_version_;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_ENGINE_ADAPTER_H_
