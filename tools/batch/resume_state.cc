#include "tools/batch/resume_state.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

#include "src/base/file_reader.h"

namespace khulasa::batch {
namespace {

constexpr char kMagic[] = "khulasa-batch-resume";
constexpr char kVersion[] = "1";

}  // namespace

void InputFingerprint::Add(uint32_t digest) {
  const unsigned char bytes[4] = {static_cast<unsigned char>(digest),
                                  static_cast<unsigned char>(digest >> 8),
                                  static_cast<unsigned char>(digest >> 16),
                                  static_cast<unsigned char>(digest >> 24)};
  chain = static_cast<uint32_t>(::crc32(chain, bytes, sizeof(bytes)));
  ++records;
}

std::string ResumeStatePath(const std::string& output_path) {
  return output_path + ".resume";
}

absl::StatusOr<std::optional<InputFingerprint>> ReadResumeState(
    const std::string& path) {
  // The file is one short line; anything longer is not ours.
  absl::StatusOr<std::string> text = base::ReadFileOrStdin(path, 4096);
  if (!text.ok()) {
    if (text.status().code() == absl::StatusCode::kNotFound) {
      return std::nullopt;
    }
    return text.status();
  }
  const absl::Status damaged = absl::DataLossError(absl::StrCat(
      path,
      " is not a khulasa batch resume file; delete it to resume checking "
      "the output's ids only"));
  std::vector<absl::string_view> fields =
      absl::StrSplit(absl::StripSuffix(*text, "\n"), ' ');
  InputFingerprint fingerprint;
  if (fields.size() != 4 || fields[0] != kMagic || fields[1] != kVersion ||
      !absl::ConsumePrefix(&fields[2], "records=") ||
      !absl::ConsumePrefix(&fields[3], "chain=") ||
      !absl::SimpleAtoi(fields[2], &fingerprint.records) ||
      fields[3].size() != 8 ||
      !absl::SimpleHexAtoi(fields[3], &fingerprint.chain)) {
    return damaged;
  }
  return fingerprint;
}

absl::Status WriteResumeState(const std::string& path,
                              const InputFingerprint& fingerprint) {
  return base::WriteFileAtomically(
      path, absl::StrFormat("%s %s records=%d chain=%08x\n", kMagic, kVersion,
                            fingerprint.records, fingerprint.chain));
}

absl::Status RemoveResumeState(const std::string& path) {
  if (std::remove(path.c_str()) == 0 || errno == ENOENT) {
    return absl::OkStatus();
  }
  return absl::InternalError(
      absl::StrCat("cannot remove ", path, ": ", std::strerror(errno)));
}

}  // namespace khulasa::batch
