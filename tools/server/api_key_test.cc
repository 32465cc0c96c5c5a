#include "tools/server/api_key.h"

#include <unistd.h>

#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::server {
namespace {

constexpr char kKey[] = "0123456789abcdef0123456789abcdef";

TEST(ValidateApiKeyTest, AcceptsPrintableAsciiOfSaneLength) {
  struct Row {
    std::string key;
    bool ok;
  };
  const Row rows[] = {
      {kKey, true},
      {std::string(16, 'k'), true},
      {std::string(256, 'k'), true},
      {std::string(15, 'k'), false},
      {std::string(257, 'k'), false},
      {"", false},
      {"0123456789 abcdef", false},
      {"0123456789abcdef\n", false},
      {"0123456789abcdef\xD8\xA7", false},
  };
  for (const Row& row : rows) {
    absl::Status status = ValidateApiKey(row.key);
    EXPECT_EQ(status.ok(), row.ok) << row.key << ": " << status;
    // The message never repeats the key.
    if (!row.key.empty()) {
      EXPECT_EQ(std::string(status.message()).find(row.key), std::string::npos);
    }
  }
}

TEST(ReadApiKeyFileTest, ReadsTheFirstLineTrimmed) {
  const std::string path =
      ::testing::TempDir() + "api_key_" + std::to_string(::getpid());
  {
    std::ofstream file(path, std::ios::binary);
    file << "  " << kKey << " \r\nsecond line\n";
  }
  absl::StatusOr<std::string> key = ReadApiKeyFile(path);
  ASSERT_TRUE(key.ok()) << key.status();
  EXPECT_EQ(*key, kKey);
  {
    std::ofstream file(path, std::ios::binary);
    file << "short\n";
  }
  EXPECT_EQ(ReadApiKeyFile(path).status().code(),
            absl::StatusCode::kInvalidArgument);
  ::unlink(path.c_str());
  EXPECT_EQ(ReadApiKeyFile(path).status().code(), absl::StatusCode::kNotFound);
}

TEST(PresentedApiKeyTest, TakesBearerTokenElseXApiKey) {
  struct Row {
    const char* authorization;
    const char* x_api_key;
    const char* presented;
  };
  const Row rows[] = {
      {"Bearer abc", "", "abc"},
      {"bearer abc", "", "abc"},
      {"BEARER   abc  ", "", "abc"},
      {"Bearer abc", "xyz", "abc"},
      {"", "xyz", "xyz"},
      {"Basic YWJjOmRlZg==", "xyz", "xyz"},
      {"Basic YWJjOmRlZg==", "", ""},
      {"Bearer", "", ""},
      {"Bearerabc", "", ""},
      {"", "", ""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(PresentedApiKey(row.authorization, row.x_api_key), row.presented)
        << row.authorization << " / " << row.x_api_key;
  }
}

TEST(ApiKeyMatchesTest, OnlyTheExactKeyMatches) {
  EXPECT_TRUE(ApiKeyMatches(kKey, kKey));
  EXPECT_FALSE(ApiKeyMatches("", kKey));
  EXPECT_FALSE(ApiKeyMatches(std::string(kKey) + "0", kKey));
  EXPECT_FALSE(ApiKeyMatches(std::string(kKey).substr(1), kKey));
  std::string last_differs = kKey;
  last_differs.back() = 'e';
  EXPECT_FALSE(ApiKeyMatches(last_differs, kKey));
  // No key configured: nothing matches, not even an empty presentation.
  EXPECT_FALSE(ApiKeyMatches("", ""));
}

}  // namespace
}  // namespace khulasa::server
