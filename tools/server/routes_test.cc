#include "tools/server/routes.h"

#include <string>

#include "gtest/gtest.h"

namespace khulasa::server {
namespace {

TEST(MatchRouteTest, MatchesEveryRoute) {
  struct Row {
    const char* path;
    RouteKind kind;
    const char* id;
    const char* format;
  };
  const Row rows[] = {
      {"/", RouteKind::kAsset, "", ""},
      {"/app.js", RouteKind::kAsset, "", ""},
      {"/style.css", RouteKind::kAsset, "", ""},
      {"/examples/index.json", RouteKind::kAsset, "", ""},
      {"/v1/summarize", RouteKind::kSummarize, "", ""},
      {"/health", RouteKind::kHealth, "", ""},
      {"/metrics", RouteKind::kMetrics, "", ""},
      {"/v1/articles/abc", RouteKind::kArticle, "abc", ""},
      {"/v1/articles/abc/speech.ogg", RouteKind::kSpeech, "abc", "ogg"},
      {"/v1/articles/abc/speech.flac", RouteKind::kSpeech, "abc", "flac"},
      {"/v1/articles/abc/speech/marks", RouteKind::kMarks, "abc", ""},
      {"/v1/articles/", RouteKind::kUnknown, "", ""},
      {"/v1/articles/abc/other", RouteKind::kUnknown, "", ""},
      {"/v1/articles/abc/speech.", RouteKind::kUnknown, "", ""},
      {"/v1/articles/abc/speech.ogg/x", RouteKind::kUnknown, "", ""},
      {"/v1/summarize/", RouteKind::kUnknown, "", ""},
      {"/nothing", RouteKind::kUnknown, "", ""},
      {"", RouteKind::kUnknown, "", ""},
  };
  for (const Row& row : rows) {
    RouteMatch match = MatchRoute(row.path);
    EXPECT_EQ(match.kind, row.kind) << "path: " << row.path;
    EXPECT_EQ(match.id, row.id) << "path: " << row.path;
    EXPECT_EQ(match.format, row.format) << "path: " << row.path;
  }
}

TEST(MethodAllowedTest, SummarizeIsPostOnlyOthersGetAndHead) {
  EXPECT_TRUE(MethodAllowed(RouteKind::kSummarize, "POST"));
  EXPECT_FALSE(MethodAllowed(RouteKind::kSummarize, "GET"));
  EXPECT_TRUE(MethodAllowed(RouteKind::kArticle, "GET"));
  EXPECT_TRUE(MethodAllowed(RouteKind::kArticle, "HEAD"));
  EXPECT_FALSE(MethodAllowed(RouteKind::kArticle, "DELETE"));
  EXPECT_FALSE(MethodAllowed(RouteKind::kUnknown, "GET"));
  EXPECT_EQ(AllowedMethods(RouteKind::kSummarize), "POST");
}

TEST(RouteLabelTest, UsesTemplatesNotIds) {
  EXPECT_EQ(RouteLabel(MatchRoute("/v1/articles/abc").kind),
            "/v1/articles/{id}");
  EXPECT_EQ(RouteLabel(MatchRoute("/nothing").kind), "other");
}

}  // namespace
}  // namespace khulasa::server
