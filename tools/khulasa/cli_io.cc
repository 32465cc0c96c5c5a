#include "tools/khulasa/cli_io.h"

#include <iostream>

#include "src/base/file_reader.h"
#include "tools/khulasa/command.h"

namespace khulasa::cli {

absl::StatusOr<std::string> ReadInput(const std::string& path,
                                      size_t max_bytes) {
  return base::ReadFileOrStdin(path, max_bytes);
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
