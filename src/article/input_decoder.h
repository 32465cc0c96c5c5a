// Turns raw input bytes into UTF-8 before anything else reads them: a
// --charset the caller named, a UTF-16/32 byte order mark, double-encoded
// UTF-8, Arabic in a legacy charset (windows-1256, ISO-8859-6). HTML pages
// without a BOM or --charset are left to the HTML reader, which reads their
// meta tags (html_charset.h).
#ifndef KHULASA_SRC_ARTICLE_INPUT_DECODER_H_
#define KHULASA_SRC_ARTICLE_INPUT_DECODER_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "khulasa/article.h"

namespace khulasa::article {

struct DecodedInput {
  // The input as UTF-8 when it had to be converted or repaired; empty when
  // the input bytes are to be read as they are.
  std::optional<std::string> converted;
  // How the bytes were read: "UTF-8", "UTF-16LE", "windows-1256", ... and
  // "UTF-8 (double-encoded)" for a repair. "" when left to the HTML reader.
  std::string charset;
  // The text to read (`converted`, or the input) is known to be valid
  // UTF-8 throughout.
  bool valid_utf8 = false;
};

// Decodes `bytes` as described above; options.charset overrides detection
// ("utf-8" only turns it off). kInvalidArgument for a charset ICU does not
// know. Invalid UTF-8 that is not clean legacy Arabic is left as it is, for
// the readers' own checks (strict error or lenient repair).
absl::StatusOr<DecodedInput> DecodeInput(std::string_view bytes,
                                         const ReadOptions& options);

// The text a DecodedInput stands for: `decoded.converted` or `bytes`.
inline std::string_view DecodedText(const DecodedInput& decoded,
                                    std::string_view bytes) {
  return decoded.converted ? std::string_view(*decoded.converted) : bytes;
}

// kInvalidArgument when more than a fifth of the visible characters of
// `text` (valid UTF-8) are U+FFFD: what a lenient read of input in another
// charset gives. `raw` is the input before repair; the message names the
// charset it most likely is, e.g. "... it looks like windows-1256: pass
// --charset windows-1256".
absl::Status CheckMostlyDecoded(std::string_view text, std::string_view raw);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_INPUT_DECODER_H_
