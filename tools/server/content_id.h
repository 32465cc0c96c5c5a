// Article ids: a content hash of what the client sent, so the same article
// sent twice (or after a restart) finds its stored summary and audio.
#ifndef KHULASA_TOOLS_SERVER_CONTENT_ID_H_
#define KHULASA_TOOLS_SERVER_CONTENT_ID_H_

#include <string>
#include <string_view>

namespace khulasa::server {

// Characters in an id: 32 lower-case hex digits.
inline constexpr size_t kContentIdSize = 32;

// What identifies an article: the input bytes and everything that changes
// how they are read.
struct ContentKey {
  std::string_view format;  // InputFormatName() of the reader asked for
  std::string_view title;   // title given beside the body, or ""
  std::string_view url;     // url given beside the body, or ""
  std::string_view body;    // the article bytes as received
};

// SHA-256 (OpenSSL libcrypto) over the length-prefixed fields of `key`,
// truncated to 128 bits and written as 32 lower-case hex digits. SHA-256
// rather than a faster non-cryptographic hash (XXH3) because ids come from
// untrusted input and key a shared cache: with XXH3 a client could craft a
// second article with someone else's id and poison its cached summary. On a
// 6.6 KB article the hash costs a few microseconds, far below the summarizer.
std::string ContentId(const ContentKey& key);

// Hex digest (64 lower-case hex digits) of `bytes`: ETags of stored audio.
std::string Sha256Hex(std::string_view bytes);

// True when `id` has the form ContentId() writes.
bool IsContentId(std::string_view id);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_CONTENT_ID_H_
