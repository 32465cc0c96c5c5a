#include "src/base/json_nesting.h"

#include <string>

#include "gtest/gtest.h"

namespace khulasa::base {
namespace {

struct Case {
  std::string json;
  size_t limit;
  size_t depth;
};

TEST(JsonNestingDepthTest, CountsArraysAndObjectsOutsideStrings) {
  const Case cases[] = {
      {"", 8, 0},
      {"3", 8, 0},
      {"\"[[[[\"", 8, 0},
      {"{}", 8, 1},
      {"{\"a\":[1,{\"b\":[]}]}", 8, 4},
      {"[[],[],[]]", 8, 2},
      {"{\"t\":\"a \\\" [[[ \\\\\"}", 8, 1},  // escaped quote, then backslash
      {"]]]][", 8, 1},                        // stray closers do not count
      {"[[[[[", 3, 4},                        // stops past the limit
      {"[[[", 3, 3},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(JsonNestingDepth(c.json, c.limit), c.depth) << c.json;
  }
}

TEST(JsonNestingDepthTest, AHugeNestingStopsAtTheLimit) {
  const std::string deep = std::string(900000, '[') + std::string(900000, ']');
  EXPECT_EQ(JsonNestingDepth(deep, 32), 33u);
}

}  // namespace
}  // namespace khulasa::base
