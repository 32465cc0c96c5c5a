// Finds the character encoding of an HTML page and converts the page to
// UTF-8: BOM, then <meta charset> / http-equiv in the first 8 KiB, then the
// bytes themselves. Legacy encodings (windows-1256, ISO-8859-6, ...) go
// through ICU's converters.
#ifndef KHULASA_SRC_ARTICLE_HTML_CHARSET_H_
#define KHULASA_SRC_ARTICLE_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::article {

// How the encoding was chosen, for diagnostics.
// kMislabelled: the page says UTF-8 but its bytes are not, and they read
// cleanly as Arabic in a legacy charset (legacy_charset.h).
enum class CharsetSource {
  kOverride,
  kBom,
  kMeta,
  kValidUtf8,
  kMislabelled,
  kGuess
};

struct CharsetGuess {
  std::string name;  // an ICU converter name, e.g. "UTF-8", "windows-1256"
  CharsetSource source = CharsetSource::kGuess;
};

// Returns the encoding of `bytes`. A non-empty `override_name` wins. A
// declared "iso-8859-1" or "us-ascii" means windows-1252 and a declared
// UTF-16 in a meta tag means UTF-8, as in the WHATWG encoding standard.
// A page that declares a legacy charset but is valid UTF-8 with non-ASCII
// bytes is read as UTF-8 (saved pages are often re-encoded with the old
// meta tag kept); a page that declares UTF-8 but is not valid UTF-8 and
// reads cleanly as windows-1256 or ISO-8859-6 Arabic is read in that
// charset. Undeclared pages that are not valid UTF-8 are guessed to be
// whichever of windows-1256 and ISO-8859-6 fits Arabic text better
// (windows-1256 on a tie: this engine reads Arabic sites first).
CharsetGuess DetectHtmlCharset(std::string_view bytes,
                               std::string_view override_name);

// Converts `bytes` in `charset` to UTF-8, dropping a byte order mark.
// Invalid or unmapped bytes become U+FFFD; the result is always valid UTF-8.
// kInvalidArgument when ICU does not know `charset`.
absl::StatusOr<std::string> ConvertHtmlToUtf8(std::string_view bytes,
                                              std::string_view charset);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_HTML_CHARSET_H_
