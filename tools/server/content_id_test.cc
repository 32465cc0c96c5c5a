#include "tools/server/content_id.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace khulasa::server {
namespace {

TEST(ContentIdTest, IsStableHexOfFixedSize) {
  std::string id = ContentId({"text", "", "", "abc"});
  EXPECT_EQ(id.size(), kContentIdSize);
  EXPECT_TRUE(IsContentId(id));
  EXPECT_EQ(id, ContentId({"text", "", "", "abc"}));
}

TEST(ContentIdTest, EveryFieldChangesTheId) {
  std::set<std::string> ids = {
      ContentId({"text", "", "", "abc"}),
      ContentId({"html", "", "", "abc"}),
      ContentId({"text", "t", "", "abc"}),
      ContentId({"text", "", "u", "abc"}),
      ContentId({"text", "", "", "abd"}),
      // Moving bytes between fields must not collide.
      ContentId({"text", "a", "", "bc"}),
      ContentId({"text", "", "a", "bc"}),
  };
  EXPECT_EQ(ids.size(), 7u);
}

TEST(Sha256HexTest, MatchesKnownDigest) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(IsContentIdTest, RejectsWrongShapes) {
  const char* bad[] = {"", "abc", "0123456789abcdef0123456789abcdeF",
                       "0123456789abcdef0123456789abcdef0",
                       "../../../../etc/passwd..........."};
  for (const char* id : bad) EXPECT_FALSE(IsContentId(id)) << id;
  EXPECT_TRUE(IsContentId("0123456789abcdef0123456789abcdef"));
}

}  // namespace
}  // namespace khulasa::server
