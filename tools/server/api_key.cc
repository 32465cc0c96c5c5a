#include "tools/server/api_key.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <array>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"

#include "src/text/spaces.h"
#include "tools/server/http_message.h"

namespace khulasa::server {
namespace {

using Digest = std::array<unsigned char, SHA256_DIGEST_LENGTH>;

Digest Sha256(std::string_view bytes) {
  Digest digest{};
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
         digest.data());
  return digest;
}

}  // namespace

absl::Status ValidateApiKey(std::string_view key) {
  if (key.size() < kMinApiKeyBytes || key.size() > kMaxApiKeyBytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the API key has ", key.size(), " bytes; use ", kMinApiKeyBytes, " to ",
        kMaxApiKeyBytes, " (e.g. `openssl rand -hex 32`)"));
  }
  for (size_t i = 0; i < key.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(key[i]);
    if (c <= 0x20 || c >= 0x7f) {
      return absl::InvalidArgumentError(absl::StrCat(
          "the API key has a space, control or non-ASCII byte at byte ", i,
          "; use printable ASCII only (e.g. `openssl rand -hex 32`)"));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadApiKeyFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::string line;
  if (!file || !std::getline(file, line)) {
    return absl::NotFoundError("cannot read the API key file " + path);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF file
  std::string key(text::TrimHttpSpace(line));
  absl::Status valid = ValidateApiKey(key);
  if (!valid.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", std::string(valid.message())));
  }
  return key;
}

std::string_view PresentedApiKey(std::string_view authorization,
                                 std::string_view x_api_key) {
  constexpr std::string_view kBearer = "bearer";
  authorization = text::TrimHttpSpace(authorization);
  if (authorization.size() > kBearer.size() &&
      EqualsIgnoringAsciiCase(authorization.substr(0, kBearer.size()),
                              kBearer) &&
      (authorization[kBearer.size()] == ' ' ||
       authorization[kBearer.size()] == '\t')) {
    return text::TrimHttpSpace(authorization.substr(kBearer.size()));
  }
  return text::TrimHttpSpace(x_api_key);
}

bool ApiKeyMatches(std::string_view presented, std::string_view expected) {
  if (expected.empty()) return false;
  const Digest a = Sha256(presented);
  const Digest b = Sha256(expected);
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace khulasa::server
