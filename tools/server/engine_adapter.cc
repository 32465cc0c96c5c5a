#include "tools/server/engine_adapter.h"

#include <memory>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

#include "khulasa/summary.h"
#include "src/base/file_reader.h"
#include "src/base/model_path.h"
#include "tools/server/content_id.h"

namespace khulasa::server {
namespace {

// "<name>-<first 12 hex digits of the file's SHA-256>", or "<name>-none"
// when the file cannot be read.
std::string ModelFileVersion(std::string_view name, std::string_view file) {
  absl::StatusOr<std::string> bytes =
      base::ReadFileOrStdin(base::ModelPath(file), size_t{1} << 30);
  return absl::StrCat(std::string(name), "-",
                      bytes.ok() ? Sha256Hex(*bytes).substr(0, 12) : "none");
}

}  // namespace

bool ParseAudioFormat(std::string_view name, AudioFormat* format) {
  for (AudioFormat f :
       {AudioFormat::kOgg, AudioFormat::kMp3, AudioFormat::kWav}) {
    if (name == AudioFormatName(f)) {
      *format = f;
      return true;
    }
  }
  return false;
}

absl::StatusOr<std::unique_ptr<EngineAdapter>> EngineAdapter::Create() {
  std::unique_ptr<EngineAdapter> adapter(new EngineAdapter());
  absl::StatusOr<std::unique_ptr<Engine>> engine =
      Engine::Create(EngineOptions{});
  if (engine.ok()) {
    adapter->engine_ = *std::move(engine);
  } else if (engine.status().code() == absl::StatusCode::kNotFound) {
    adapter->engine_status_ = absl::UnavailableError(absl::StrCat(
        "the summarizer has no model: ", std::string(engine.status().message()),
        "; train it or set KHULASA_MODEL_DIR"));
  } else {
    return engine.status();
  }
  // The files the engine and SpeakText() load by default.
  adapter->model_version_ =
      absl::StrCat(ModelFileVersion("ranker", "summary_ranker.txt"), "+",
                   ModelFileVersion("diacritizer", "diacritizer.bin"));
  return adapter;
}

EngineAdapter::~EngineAdapter() = default;

absl::StatusOr<SummaryResult> EngineAdapter::Summarize(const Article& article,
                                                       int bullets) const {
  if (engine_ == nullptr) return engine_status_;
  SummaryOptions options;
  options.bullets = bullets;
  absl::StatusOr<Summary> summary = engine_->Summarize(article, options);
  if (!summary.ok()) return summary.status();
  SummaryResult result;
  for (Bullet& bullet : summary->bullets) {
    result.bullets.push_back(
        {std::move(bullet.text), std::move(bullet.sources)});
  }
  result.note = std::move(summary->note);
  return result;
}

absl::StatusOr<SpokenSummary> EngineAdapter::Speak(const SummaryResult& summary,
                                                   AudioFormat format) const {
  // One line per bullet: SpeakText() pauses between lines and its marks
  // point into this text, which maps back to (bullet, offset) below.
  std::string text;
  std::vector<size_t> starts;
  for (const SummaryBullet& bullet : summary.bullets) {
    if (!text.empty()) text += '\n';
    starts.push_back(text.size());
    std::string line = bullet.text;
    for (char& c : line) {
      if (c == '\n' || c == '\r') c = ' ';  // same length: offsets hold
    }
    text += line;
  }
  SpeechOptions options;
  options.format = format;
  absl::StatusOr<SpeechResult> speech = SpeakText(text, options);
  if (!speech.ok()) return speech.status();

  nlohmann::ordered_json marks = nlohmann::ordered_json::array();
  size_t previous_bullet = SIZE_MAX;
  size_t word = 0;
  for (const SpeechMark& mark : speech->marks) {
    // The last bullet starting at or before the mark.
    size_t bullet = 0;
    while (bullet + 1 < starts.size() &&
           starts[bullet + 1] <= mark.source.begin) {
      ++bullet;
    }
    const size_t start = starts.empty() ? 0 : starts[bullet];
    const size_t length =
        summary.bullets.empty() ? 0 : summary.bullets[bullet].text.size();
    if (mark.source.begin < start || mark.source.begin > start + length) {
      continue;  // not inside a bullet (cannot happen: the text is ours)
    }
    const size_t end = std::min(mark.source.end, start + length);
    if (bullet != previous_bullet) word = 0;
    previous_bullet = bullet;
    // The marks of `khulasa speak --marks` for a summary: bullet, word,
    // bytes into the bullet, times, the word's text.
    nlohmann::ordered_json item;
    item["bullet"] = bullet;
    item["word"] = word++;
    item["begin"] = mark.source.begin - start;
    item["end"] = end - start;
    item["start_ms"] = mark.start_ms;
    item["end_ms"] = mark.end_ms;
    item["text"] = summary.bullets[bullet].text.substr(
        mark.source.begin - start, end - mark.source.begin);
    marks.push_back(std::move(item));
  }
  return SpokenSummary{
      std::move(speech->audio),
      marks.dump(-1, ' ', false,
                 nlohmann::ordered_json::error_handler_t::replace)};
}

}  // namespace khulasa::server
