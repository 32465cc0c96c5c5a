#include "src/speech/audio_decode_for_tests.h"

#include <lame/lame.h>
#include <opus/opusfile.h>

#include <cmath>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::speech {
namespace {

uint32_t ReadLe(std::string_view data, size_t pos, int bytes) {
  uint32_t value = 0;
  for (int i = 0; i < bytes; ++i) {
    value |= static_cast<uint32_t>(static_cast<unsigned char>(data[pos + i]))
             << (8 * i);
  }
  return value;
}

}  // namespace

absl::StatusOr<DecodedAudio> DecodeWav(std::string_view data) {
  if (data.size() < 44 || data.substr(0, 4) != "RIFF" ||
      data.substr(8, 8) != "WAVEfmt ") {
    return absl::DataLossError("not a RIFF/WAVE file");
  }
  if (ReadLe(data, 20, 2) != 1 || ReadLe(data, 22, 2) != 1 ||
      ReadLe(data, 34, 2) != 16) {
    return absl::DataLossError("not PCM16 mono");
  }
  if (data.substr(36, 4) != "data") return absl::DataLossError("no data chunk");
  const uint32_t bytes = ReadLe(data, 40, 4);
  if (bytes % 2 != 0 || 44 + size_t{bytes} != data.size() ||
      ReadLe(data, 4, 4) != data.size() - 8) {
    return absl::DataLossError("bad chunk sizes");
  }
  DecodedAudio out;
  out.sample_rate = static_cast<int>(ReadLe(data, 24, 4));
  for (size_t pos = 44; pos < data.size(); pos += 2) {
    out.samples.push_back(static_cast<int16_t>(ReadLe(data, pos, 2)));
  }
  return out;
}

absl::StatusOr<DecodedAudio> DecodeOggOpus(std::string_view data) {
  int error = 0;
  OggOpusFile* file = op_open_memory(
      reinterpret_cast<const unsigned char*>(data.data()), data.size(), &error);
  if (file == nullptr) {
    return absl::DataLossError(absl::StrCat("opusfile error ", error));
  }
  std::unique_ptr<OggOpusFile, void (*)(OggOpusFile*)> owner(file, op_free);
  DecodedAudio out;
  out.sample_rate = 48000;
  const int channels = op_channel_count(file, -1);
  std::vector<opus_int16> buffer(5760 * 2);
  for (;;) {
    int n =
        op_read(file, buffer.data(), static_cast<int>(buffer.size()), nullptr);
    if (n < 0) return absl::DataLossError(absl::StrCat("op_read error ", n));
    if (n == 0) break;
    for (int i = 0; i < n; ++i) out.samples.push_back(buffer[i * channels]);
  }
  return out;
}

absl::StatusOr<DecodedAudio> DecodeMp3(std::string_view data) {
  hip_t hip = hip_decode_init();
  if (hip == nullptr) return absl::InternalError("hip_decode_init failed");
  std::unique_ptr<hip_global_flags, int (*)(hip_t)> owner(hip, hip_decode_exit);
  std::string copy(data);  // hip wants a mutable buffer
  DecodedAudio out;
  std::vector<short> left(1152 * 8), right(1152 * 8);
  mp3data_struct info = {};
  constexpr size_t kChunk = 1024;
  for (size_t pos = 0; pos <= copy.size(); pos += kChunk) {
    const size_t len =
        pos < copy.size() ? std::min(kChunk, copy.size() - pos) : 0;
    unsigned char* ptr = reinterpret_cast<unsigned char*>(copy.data() + pos);
    // hip_decode1 returns at most one frame; call again with no new data
    // until it has nothing more to give.
    int n =
        hip_decode1_headers(hip, ptr, len, left.data(), right.data(), &info);
    while (n > 0) {
      out.samples.insert(out.samples.end(), left.begin(), left.begin() + n);
      n = hip_decode1_headers(hip, ptr, 0, left.data(), right.data(), &info);
    }
    if (n < 0) return absl::DataLossError("mp3 decoding error");
    if (len == 0) break;
  }
  out.sample_rate = info.samplerate;
  return out;
}

double RootMeanSquare(const std::vector<int16_t>& samples) {
  if (samples.empty()) return 0;
  double sum = 0;
  for (int16_t s : samples) sum += static_cast<double>(s) * s;
  return std::sqrt(sum / static_cast<double>(samples.size()));
}

}  // namespace khulasa::speech
