// Input and error helpers shared by the CLI's subcommands.
#ifndef KHULASA_TOOLS_KHULASA_CLI_IO_H_
#define KHULASA_TOOLS_KHULASA_CLI_IO_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "khulasa/article.h"

namespace khulasa::cli {

// Reads FILE or "-" (stdin), refusing inputs past `max_bytes`.
absl::StatusOr<std::string> ReadInput(const std::string& path,
                                      size_t max_bytes = 16u << 20);

// Reads an article's bytes from FILE, "-" (stdin) or an http(s) URL, which
// is fetched (url_fetch.h; at most read->max_input_bytes). For a URL, the
// charset of the HTTP Content-Type header becomes read->charset unless one
// was given (--charset); the page's own meta tag is the fallback. An HTML
// content type makes an automatic read->format kHtml.
absl::StatusOr<std::string> ReadArticleBytes(const std::string& path,
                                             ReadOptions* read);

// Prints "khulasa: <message>" on stderr and returns exit code 1.
int ReportError(const absl::Status& status);

// Writes `data` to `path` ("-" = stdout). Files are written atomically.
absl::Status WriteOutput(const std::string& path, std::string_view data);

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_CLI_IO_H_
