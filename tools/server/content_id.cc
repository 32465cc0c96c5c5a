#include "tools/server/content_id.h"

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>

namespace khulasa::server {
namespace {

using Digest = std::array<unsigned char, 32>;

struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

// Feeds one field as an 8-byte little-endian length and its bytes, so that
// ("ab", "c") and ("a", "bc") hash differently.
void UpdateField(EVP_MD_CTX* ctx, std::string_view field) {
  uint64_t size = field.size();
  std::array<unsigned char, 8> prefix;
  for (size_t i = 0; i < prefix.size(); ++i) {
    prefix[i] = static_cast<unsigned char>(size >> (8 * i));
  }
  EVP_DigestUpdate(ctx, prefix.data(), prefix.size());
  EVP_DigestUpdate(ctx, field.data(), field.size());
}

std::string Hex(const unsigned char* bytes, size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(2 * size, '0');
  for (size_t i = 0; i < size; ++i) {
    hex[2 * i] = kDigits[bytes[i] >> 4];
    hex[2 * i + 1] = kDigits[bytes[i] & 0xF];
  }
  return hex;
}

// SHA-256 cannot fail on memory input once the context exists; allocation
// failure of the context is the only error, and then the digest stays zero
// (the caller is out of memory and about to fail anyway).
template <typename Feed>
Digest Sha256(const Feed& feed) {
  Digest digest{};
  std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
  if (ctx == nullptr) return digest;
  EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
  feed(ctx.get());
  unsigned int size = 0;
  EVP_DigestFinal_ex(ctx.get(), digest.data(), &size);
  return digest;
}

}  // namespace

std::string ContentId(const ContentKey& key) {
  Digest digest = Sha256([&key](EVP_MD_CTX* ctx) {
    UpdateField(ctx, "khulasa-article-v1");
    UpdateField(ctx, key.format);
    UpdateField(ctx, key.title);
    UpdateField(ctx, key.url);
    UpdateField(ctx, key.body);
  });
  return Hex(digest.data(), kContentIdSize / 2);
}

std::string Sha256Hex(std::string_view bytes) {
  Digest digest = Sha256([bytes](EVP_MD_CTX* ctx) {
    EVP_DigestUpdate(ctx, bytes.data(), bytes.size());
  });
  return Hex(digest.data(), digest.size());
}

bool IsContentId(std::string_view id) {
  if (id.size() != kContentIdSize) return false;
  for (char c : id) {
    bool digit = c >= '0' && c <= '9';
    bool hex_letter = c >= 'a' && c <= 'f';
    if (!digit && !hex_letter) return false;
  }
  return true;
}

}  // namespace khulasa::server
