#include "tools/server/http_error.h"

#include <string>
#include <utility>

#include "absl/strings/cord.h"
#include "absl/types/optional.h"
#include "nlohmann/json.hpp"

namespace khulasa::server {
namespace {

constexpr char kHttpStatusPayload[] = "khulasa.dev/http-status";
constexpr char kErrorCodePayload[] = "khulasa.dev/error-code";

}  // namespace

absl::Status WithHttpStatus(absl::Status status, int http_status) {
  status.SetPayload(kHttpStatusPayload,
                    absl::Cord(std::to_string(http_status)));
  return status;
}

absl::Status WithHttpStatus(absl::Status status, int http_status,
                            std::string_view error_code) {
  status.SetPayload(kErrorCodePayload, absl::Cord(std::string(error_code)));
  return WithHttpStatus(std::move(status), http_status);
}

int HttpStatusFor(const absl::Status& status) {
  absl::optional<absl::Cord> explicit_status =
      status.GetPayload(kHttpStatusPayload);
  if (explicit_status.has_value() && !status.ok()) {
    int code = 0;
    for (char c : std::string(*explicit_status)) {
      if (c < '0' || c > '9') break;
      code = code * 10 + (c - '0');
    }
    if (code >= 400 && code <= 599) return code;
  }
  switch (status.code()) {
    case absl::StatusCode::kOk:
      // A caller bug: an OK status is no error. Answer 500 rather than 200 so
      // an error body never travels with a success code.
      return 500;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
    case absl::StatusCode::kOutOfRange:
      return 400;
    case absl::StatusCode::kUnauthenticated:
      return 401;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kResourceExhausted:
      return 413;
    case absl::StatusCode::kDeadlineExceeded:
      return 504;
    case absl::StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

std::string ErrorCodeForHttpStatus(int http_status) {
  switch (http_status) {
    case 400:
      return "INVALID_ARGUMENT";
    case 401:
      return "UNAUTHENTICATED";
    case 404:
      return "NOT_FOUND";
    case 405:
      return "METHOD_NOT_ALLOWED";
    case 413:
    case 414:
    case 431:
    case 429:
      return "RESOURCE_EXHAUSTED";
    case 415:
      return "UNSUPPORTED_MEDIA_TYPE";
    case 416:
      return "OUT_OF_RANGE";
    case 503:
      return "UNAVAILABLE";
    case 504:
      return "DEADLINE_EXCEEDED";
    default:
      return http_status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT";
  }
}

std::string ErrorBody(std::string_view code, std::string_view message) {
  nlohmann::json body = {
      {"error",
       {{"code", std::string(code)}, {"message", std::string(message)}}}};
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ErrorBody(const absl::Status& status) {
  const absl::optional<absl::Cord> code = status.GetPayload(kErrorCodePayload);
  return ErrorBody(code.has_value() ? std::string(*code)
                                    : absl::StatusCodeToString(status.code()),
                   std::string(status.message()));
}

}  // namespace khulasa::server
