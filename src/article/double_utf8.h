// Repairs double-encoded UTF-8: Arabic text that was UTF-8, was read as
// windows-1252 (or Latin-1) or windows-1256 and was written out as UTF-8
// again, so that "ال" shows as "Ø§Ù„" or "ط§ظ„".
#ifndef KHULASA_SRC_ARTICLE_DOUBLE_UTF8_H_
#define KHULASA_SRC_ARTICLE_DOUBLE_UTF8_H_

#include <optional>
#include <string>
#include <string_view>

namespace khulasa::article {

// The repaired text when `text` (valid UTF-8) is Arabic text encoded twice
// (or three times): every character maps back to one byte of windows-1252
// (Latin-1 for U+0080-U+009F) or of windows-1256, the bytes are valid UTF-8
// with an Arabic letter, and the result differs from `text`. std::nullopt
// otherwise, in particular for any real Arabic text (two Arabic letters in
// a row never map back to valid UTF-8). Stops at the first character that
// cannot be repaired, so ordinary text costs a few characters' work.
std::optional<std::string> UndoDoubleUtf8(std::string_view text);

}  // namespace khulasa::article

#endif  // KHULASA_SRC_ARTICLE_DOUBLE_UTF8_H_
