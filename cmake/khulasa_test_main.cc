// The main() of every khulasa test binary: GoogleTest's, plus
// - the folders a test may need, set in the environment unless the caller
//   set them already (KHULASA_SHARED_DIR, KHULASA_SOURCE_DIR,
//   KHULASA_BINARY_DIR);
// - a private temporary folder per test process (TEST_TMPDIR, which
//   ::testing::TempDir() returns), removed at the end: ctest runs many test
//   processes at once, and two tests writing "/tmp/out.jsonl" would collide.
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <system_error>

#include "gtest/gtest.h"

int main(int argc, char** argv) {
  setenv("KHULASA_SHARED_DIR", KHULASA_TEST_SHARED_DIR, /*overwrite=*/0);
  setenv("KHULASA_SOURCE_DIR", KHULASA_TEST_SOURCE_DIR, /*overwrite=*/0);
  setenv("KHULASA_BINARY_DIR", KHULASA_TEST_BINARY_DIR, /*overwrite=*/0);
  const char* base = getenv("TMPDIR");
  std::string pattern =
      std::string(base != nullptr && base[0] != '\0' ? base : "/tmp") +
      "/khulasa_test_XXXXXX";
  std::string private_dir;
  if (mkdtemp(pattern.data()) != nullptr) {
    private_dir = pattern;
    setenv("TEST_TMPDIR", (private_dir + "/").c_str(), /*overwrite=*/1);
  }
  ::testing::InitGoogleTest(&argc, argv);
  int result = RUN_ALL_TESTS();
  if (!private_dir.empty()) {
    std::error_code ignored;  // a leftover temp folder is not a test failure
    std::filesystem::remove_all(private_dir, ignored);
  }
  return result;
}
