#include "tools/server/body_inflater.h"

#include <zlib.h>

#include <algorithm>

#include "absl/cleanup/cleanup.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "tools/server/http_error.h"

namespace khulasa::server {
namespace {

absl::Status Unreadable() {
  return WithHttpStatus(
      absl::InvalidArgumentError("the request body could not be read (bad "
                                 "or cut-short gzip or deflate data)"),
      400);
}

}  // namespace

absl::StatusOr<std::string> InflateBody(std::string_view compressed,
                                        size_t max_bytes) {
  const size_t limit =
      std::min(max_bytes, kMaxInflateRatio *
                              std::max(compressed.size(), kInflateRatioFloor));
  z_stream stream{};
  // 15 + 32: a gzip or a zlib header, detected.
  if (inflateInit2(&stream, 15 + 32) != Z_OK) {
    return absl::InternalError("zlib could not start inflating");
  }
  absl::Cleanup end = [&stream] { inflateEnd(&stream); };
  stream.next_in =
      reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char chunk[16384];
  int result = Z_OK;
  while (result != Z_STREAM_END) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof(chunk);
    result = inflate(&stream, Z_NO_FLUSH);
    if (result != Z_OK && result != Z_STREAM_END) return Unreadable();
    const size_t produced = sizeof(chunk) - stream.avail_out;
    // Checked per 16 KB step: the output never grows past the limit.
    if (out.size() + produced > limit) {
      const bool ratio = limit < max_bytes;
      return WithHttpStatus(
          absl::ResourceExhaustedError(
              ratio ? absl::StrCat("compressed request body inflates more "
                                   "than ",
                                   kMaxInflateRatio,
                                   " times its size; send it as is")
                    : absl::StrCat("inflated request body larger than ",
                                   max_bytes,
                                   " bytes; raise --max-body to accept it")),
          413);
    }
    out.append(chunk, produced);
    if (result == Z_OK && produced == 0 && stream.avail_in == 0) {
      return Unreadable();  // input ended before the stream did
    }
  }
  return out;
}

}  // namespace khulasa::server
