// The main() of every khulasa test binary: GoogleTest's, plus the folders a
// test may need, set in the environment unless the caller set them already
// (KHULASA_SHARED_DIR, KHULASA_SOURCE_DIR, KHULASA_BINARY_DIR).
#include <stdlib.h>

#include "gtest/gtest.h"

int main(int argc, char** argv) {
  setenv("KHULASA_SHARED_DIR", KHULASA_TEST_SHARED_DIR, /*overwrite=*/0);
  setenv("KHULASA_SOURCE_DIR", KHULASA_TEST_SOURCE_DIR, /*overwrite=*/0);
  setenv("KHULASA_BINARY_DIR", KHULASA_TEST_BINARY_DIR, /*overwrite=*/0);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
