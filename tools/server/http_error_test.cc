#include "tools/server/http_error.h"

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace khulasa::server {
namespace {

TEST(HttpStatusForTest, MapsEachCodeToItsStatus) {
  struct Row {
    absl::Status status;
    int expected;
  };
  const Row rows[] = {
      {absl::InvalidArgumentError("x"), 400},
      {absl::FailedPreconditionError("x"), 400},
      {absl::NotFoundError("x"), 404},
      {absl::UnauthenticatedError("x"), 401},
      {absl::ResourceExhaustedError("x"), 413},
      {absl::DeadlineExceededError("x"), 504},
      {absl::UnavailableError("x"), 503},
      {absl::InternalError("x"), 500},
      {absl::DataLossError("x"), 500},
      {absl::OkStatus(), 500},  // never 200 for an error body
      {WithHttpStatus(absl::InvalidArgumentError("x"), 415), 415},
      {WithHttpStatus(absl::ResourceExhaustedError("x"), 429), 429},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(HttpStatusFor(row.status), row.expected) << row.status;
  }
}

TEST(ErrorBodyTest, HasCodeAndMessage) {
  nlohmann::json body = nlohmann::json::parse(
      ErrorBody(absl::InvalidArgumentError("bad bullets")));
  EXPECT_EQ(body["error"]["code"], "INVALID_ARGUMENT");
  EXPECT_EQ(body["error"]["message"], "bad bullets");
}

TEST(ErrorBodyTest, NamesTheCodeAttachedWithTheHttpStatus) {
  const absl::Status status = WithHttpStatus(
      absl::InvalidArgumentError("persian"), 422, "UNSUPPORTED_LANGUAGE");
  EXPECT_EQ(HttpStatusFor(status), 422);
  nlohmann::json body = nlohmann::json::parse(ErrorBody(status));
  EXPECT_EQ(body["error"]["code"], "UNSUPPORTED_LANGUAGE");
  EXPECT_EQ(body["error"]["message"], "persian");
}

TEST(ErrorBodyTest, ReplacesInvalidUtf8InMessage) {
  std::string body = ErrorBody("INVALID_ARGUMENT", "bad \xFF byte");
  nlohmann::json json = nlohmann::json::parse(body);
  EXPECT_EQ(json["error"]["message"], "bad \xEF\xBF\xBD byte");
}

TEST(ErrorCodeForHttpStatusTest, NamesLibraryStatuses) {
  EXPECT_EQ(ErrorCodeForHttpStatus(401), "UNAUTHENTICATED");
  EXPECT_EQ(ErrorCodeForHttpStatus(404), "NOT_FOUND");
  EXPECT_EQ(ErrorCodeForHttpStatus(405), "METHOD_NOT_ALLOWED");
  EXPECT_EQ(ErrorCodeForHttpStatus(413), "RESOURCE_EXHAUSTED");
  EXPECT_EQ(ErrorCodeForHttpStatus(415), "UNSUPPORTED_MEDIA_TYPE");
  EXPECT_EQ(ErrorCodeForHttpStatus(429), "RESOURCE_EXHAUSTED");
  EXPECT_EQ(ErrorCodeForHttpStatus(503), "UNAVAILABLE");
  EXPECT_EQ(ErrorCodeForHttpStatus(500), "INTERNAL");
}

}  // namespace
}  // namespace khulasa::server
