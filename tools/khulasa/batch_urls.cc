#include "tools/khulasa/batch_urls.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "khulasa/article.h"
#include "tools/khulasa/url_fetch.h"

namespace khulasa::cli {

namespace {

class UrlListReader : public batch::RecordReader {
 public:
  explicit UrlListReader(std::unique_ptr<batch::RecordReader> lines)
      : lines_(std::move(lines)) {}

  absl::StatusOr<bool> Next(batch::Record* record) override {
    absl::StatusOr<bool> got = lines_->Next(record);
    if (!got.ok() || !*got) return got;
    record->kind = batch::RecordKind::kUrl;
    std::string_view url = record->bytes;
    while (!url.empty() && (url.front() == ' ' || url.front() == '\t')) {
      url.remove_prefix(1);
    }
    while (!url.empty() && (url.back() == ' ' || url.back() == '\t')) {
      url.remove_suffix(1);
    }
    record->id = std::string(url);
    return true;
  }
  std::optional<uint64_t> total() const override { return lines_->total(); }

 private:
  std::unique_ptr<batch::RecordReader> lines_;
};

}  // namespace

std::unique_ptr<batch::RecordReader> NewUrlListReader(
    std::unique_ptr<batch::RecordReader> lines) {
  return std::make_unique<UrlListReader>(std::move(lines));
}

batch::RecordResult SummarizeUrlRecord(const Engine& engine,
                                       const batch::Record& line,
                                       const batch::RecordOptions& options) {
  // A line past the size limit: reported as the JSONL reader made it.
  if (!line.status.ok()) return batch::SummarizeRecord(engine, line, options);
  const std::string& url = line.id;
  batch::Record page;
  page.index = line.index;
  page.line = line.line;
  page.digest = line.digest;
  page.audio_name = line.audio_name;
  if (url.empty()) {
    // No id to give: an error line like a blank JSONL line's.
    page.status = absl::InvalidArgumentError(
        "blank line; each line must be one http(s) URL");
    return batch::SummarizeRecord(engine, page, options);
  }
  page.kind = batch::RecordKind::kFile;
  page.id = url;
  page.url = url;
  FetchOptions fetch;
  fetch.max_bytes = options.read.max_input_bytes;
  absl::StatusOr<FetchedPage> fetched = FetchUrl(url, fetch);
  if (!fetched.ok()) {
    page.status = fetched.status();
    return batch::SummarizeRecord(engine, page, options);
  }
  page.format = options.read.format;
  if (page.format == InputFormat::kAuto && IsHtml(*fetched)) {
    page.format = InputFormat::kHtml;
  }
  page.charset = fetched->charset;
  page.bytes = std::move(fetched->body);
  return batch::SummarizeRecord(engine, page, options);
}

}  // namespace khulasa::cli
