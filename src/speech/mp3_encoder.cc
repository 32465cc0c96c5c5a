#include "src/speech/mp3_encoder.h"

#include <lame/lame.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::speech {
namespace {

struct LameDeleter {
  void operator()(lame_global_flags* gf) const { lame_close(gf); }
};

}  // namespace

absl::StatusOr<std::string> EncodeMp3(std::span<const int16_t> samples,
                                      int sample_rate,
                                      const Mp3Options& options) {
  if (sample_rate < 8000 || sample_rate > 48000) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid sample rate ", sample_rate, " for mp3"));
  }
  if (options.quality < 0 || options.quality > 9) {
    return absl::InvalidArgumentError(
        absl::StrCat("mp3 quality must be 0-9, got ", options.quality));
  }
  if (options.bitrate_kbps < 8 || options.bitrate_kbps > 320) {
    return absl::InvalidArgumentError(absl::StrCat(
        "mp3 bitrate must be 8-320 kbit/s, got ", options.bitrate_kbps));
  }
  std::unique_ptr<lame_global_flags, LameDeleter> gf(lame_init());
  if (gf == nullptr) return absl::InternalError("lame_init failed");
  lame_set_num_channels(gf.get(), 1);
  lame_set_mode(gf.get(), MONO);
  lame_set_in_samplerate(gf.get(), sample_rate);
  lame_set_out_samplerate(gf.get(), sample_rate);
  lame_set_brate(gf.get(), options.bitrate_kbps);
  lame_set_quality(gf.get(), options.quality);
  lame_set_bWriteVbrTag(gf.get(), 0);  // we never seek back to write it
  if (lame_init_params(gf.get()) < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("lame rejected the settings (", sample_rate, " Hz, ",
                     options.bitrate_kbps, " kbit/s)"));
  }
  std::string out;
  constexpr size_t kBlock = 8192;
  // LAME's documented worst case: 1.25 * samples + 7200 bytes.
  std::vector<unsigned char> buffer(kBlock + kBlock / 4 + 7200);
  for (size_t i = 0; i < samples.size(); i += kBlock) {
    const size_t n = std::min(kBlock, samples.size() - i);
    // Mono: LAME reads only the left channel pointer.
    int written = lame_encode_buffer(
        gf.get(), samples.data() + i, samples.data() + i, static_cast<int>(n),
        buffer.data(), static_cast<int>(buffer.size()));
    if (written < 0) {
      return absl::InternalError(
          absl::StrCat("lame encoding failed (error ", written, ")"));
    }
    out.append(reinterpret_cast<const char*>(buffer.data()),
               static_cast<size_t>(written));
  }
  int written = lame_encode_flush(gf.get(), buffer.data(),
                                  static_cast<int>(buffer.size()));
  if (written < 0) {
    return absl::InternalError(
        absl::StrCat("lame flush failed (error ", written, ")"));
  }
  out.append(reinterpret_cast<const char*>(buffer.data()),
             static_cast<size_t>(written));
  return out;
}

}  // namespace khulasa::speech
