#include "src/speech/wav_writer.h"

#include <cstdint>
#include <limits>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::speech {
namespace {

void AppendLe(uint32_t value, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) {
    out->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  }
}

}  // namespace

absl::StatusOr<std::string> EncodeWav(std::span<const int16_t> samples,
                                      int sample_rate) {
  if (sample_rate <= 0 || sample_rate > 384000) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid WAV sample rate ", sample_rate));
  }
  constexpr uint64_t kHeaderBytes = 44;
  const uint64_t data_bytes = uint64_t{samples.size()} * 2;
  if (data_bytes + kHeaderBytes > std::numeric_limits<uint32_t>::max()) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "audio of ", samples.size(), " samples is too long for a WAV file"));
  }
  const uint32_t rate = static_cast<uint32_t>(sample_rate);
  std::string out;
  out.reserve(static_cast<size_t>(kHeaderBytes + data_bytes));
  out += "RIFF";
  AppendLe(static_cast<uint32_t>(36 + data_bytes), 4, &out);
  out += "WAVEfmt ";
  AppendLe(16, 4, &out);        // fmt chunk size
  AppendLe(1, 2, &out);         // PCM
  AppendLe(1, 2, &out);         // mono
  AppendLe(rate, 4, &out);      // sample rate
  AppendLe(rate * 2, 4, &out);  // byte rate
  AppendLe(2, 2, &out);         // block align
  AppendLe(16, 2, &out);        // bits per sample
  out += "data";
  AppendLe(static_cast<uint32_t>(data_bytes), 4, &out);
  for (int16_t sample : samples) {
    AppendLe(static_cast<uint16_t>(sample), 2, &out);
  }
  return out;
}

}  // namespace khulasa::speech
