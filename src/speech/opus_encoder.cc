#include "src/speech/opus_encoder.h"

#include <opus/opusenc.h>

#include <algorithm>
#include <memory>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace khulasa::speech {
namespace {

int WriteToString(void* user_data, const unsigned char* ptr, opus_int32 len) {
  static_cast<std::string*>(user_data)->append(
      reinterpret_cast<const char*>(ptr), static_cast<size_t>(len));
  return 0;  // success
}

int CloseNothing(void* /*user_data*/) { return 0; }

struct EncoderDeleter {
  void operator()(OggOpusEnc* enc) const { ope_encoder_destroy(enc); }
};
struct CommentsDeleter {
  void operator()(OggOpusComments* c) const { ope_comments_destroy(c); }
};

absl::Status OpeError(const char* what, int error) {
  return absl::InternalError(
      absl::StrCat("opus encoder: ", what, ": ", ope_strerror(error)));
}

}  // namespace

absl::StatusOr<std::string> EncodeOggOpus(std::span<const int16_t> samples,
                                          int sample_rate,
                                          const OpusOptions& options) {
  if (sample_rate < 8000 || sample_rate > 192000) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid sample rate ", sample_rate, " for opus"));
  }
  if (options.complexity < 0 || options.complexity > 10) {
    return absl::InvalidArgumentError(
        absl::StrCat("opus complexity must be 0-10, got ", options.complexity));
  }
  if (options.bitrate < 6000 || options.bitrate > 256000) {
    return absl::InvalidArgumentError(absl::StrCat(
        "opus bitrate must be 6000-256000 bit/s, got ", options.bitrate));
  }
  std::string out;
  std::unique_ptr<OggOpusComments, CommentsDeleter> comments(
      ope_comments_create());
  if (comments == nullptr) return absl::InternalError("out of memory");
  ope_comments_add(comments.get(), "ENCODER", "khulasa");
  OpusEncCallbacks callbacks = {WriteToString, CloseNothing};
  int error = OPE_OK;
  std::unique_ptr<OggOpusEnc, EncoderDeleter> enc(ope_encoder_create_callbacks(
      &callbacks, &out, comments.get(), sample_rate, /*channels=*/1,
      /*family=*/0, &error));
  if (enc == nullptr || error != OPE_OK) return OpeError("create", error);
  const int ctls[][2] = {
      {OPUS_SET_BITRATE_REQUEST, options.bitrate},
      {OPUS_SET_COMPLEXITY_REQUEST, options.complexity},
      {OPUS_SET_SIGNAL_REQUEST, OPUS_SIGNAL_VOICE},
      {OPUS_SET_MAX_BANDWIDTH_REQUEST,
       options.wideband ? OPUS_BANDWIDTH_WIDEBAND : OPUS_BANDWIDTH_FULLBAND},
  };
  for (const auto& ctl : ctls) {
    error = ope_encoder_ctl(enc.get(), ctl[0], ctl[1]);
    if (error != OPE_OK) return OpeError("setting options", error);
  }
  // Feed in blocks so a long text never needs one giant call.
  constexpr size_t kBlock = 1 << 14;
  for (size_t i = 0; i < samples.size(); i += kBlock) {
    const size_t n = std::min(kBlock, samples.size() - i);
    error =
        ope_encoder_write(enc.get(), samples.data() + i, static_cast<int>(n));
    if (error != OPE_OK) return OpeError("write", error);
  }
  error = ope_encoder_drain(enc.get());
  if (error != OPE_OK) return OpeError("drain", error);
  return out;
}

}  // namespace khulasa::speech
