#include "tools/khulasa/cli_io.h"

#include <iostream>
#include <utility>

#include "src/base/file_reader.h"
#include "tools/khulasa/command.h"
#include "tools/khulasa/gzip_input.h"
#include "tools/khulasa/url_fetch.h"

namespace khulasa::cli {

absl::StatusOr<std::string> ReadInput(const std::string& path,
                                      size_t max_bytes) {
  return base::ReadFileOrStdin(path, max_bytes);
}

absl::StatusOr<std::string> ReadArticleBytes(const std::string& path,
                                             ReadOptions* read) {
  // A gzip file (the extraction data sets keep their pages as .html.gz)
  // is read decompressed, as batch reads it.
  if (!IsUrl(path)) return ReadMaybeGzip(path, read->max_input_bytes);
  FetchOptions options;
  options.max_bytes = read->max_input_bytes;
  absl::StatusOr<FetchedPage> page = FetchUrl(path, options);
  if (!page.ok()) return page.status();
  if (read->charset.empty()) read->charset = page->charset;
  if (read->format == InputFormat::kAuto && IsHtml(*page)) {
    read->format = InputFormat::kHtml;
  }
  return std::move(page->body);
}

int ReportError(const absl::Status& status) {
  std::cerr << "khulasa: " << status.message() << "\n";
  return kExitFailure;
}

absl::Status WriteOutput(const std::string& path, std::string_view data) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    if (!std::cout) return absl::UnavailableError("cannot write to stdout");
    return absl::OkStatus();
  }
  return base::WriteFileAtomically(path, data);
}

}  // namespace khulasa::cli
