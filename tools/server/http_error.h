// Status-to-HTTP mapping and the one JSON error shape the server sends:
// {"error": {"code": "INVALID_ARGUMENT", "message": "..."}}.
#ifndef KHULASA_TOOLS_SERVER_HTTP_ERROR_H_
#define KHULASA_TOOLS_SERVER_HTTP_ERROR_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace khulasa::server {

// Attaches an explicit HTTP status to `status` (e.g. 415 for an unsupported
// Content-Type, which no absl code names); HttpStatusFor() honours it.
absl::Status WithHttpStatus(absl::Status status, int http_status);

// The same, and the body's "code" becomes `error_code` instead of the absl
// code's name (422 "UNSUPPORTED_LANGUAGE").
absl::Status WithHttpStatus(absl::Status status, int http_status,
                            std::string_view error_code);

// The HTTP status for a failed `status` (never 2xx): the one attached by
// WithHttpStatus() if any, else by code: InvalidArgument and
// FailedPrecondition 400, Unauthenticated 401, NotFound 404, ResourceExhausted
// 413 (limits on what the request carries), DeadlineExceeded 504, Unavailable
// 503, anything else (kInternal, kDataLoss, ...) 500.
int HttpStatusFor(const absl::Status& status);

// The error code the body names for an HTTP status the server or httplib
// chose without an absl::Status (404 on an unknown path, 413, 429, ...).
std::string ErrorCodeForHttpStatus(int http_status);

// {"error":{"code":code,"message":message}} as compact JSON. Bytes of
// `message` that are not valid UTF-8 are replaced with U+FFFD.
std::string ErrorBody(std::string_view code, std::string_view message);

// ErrorBody() for a failed status: code "INVALID_ARGUMENT" etc., or the one
// attached by WithHttpStatus().
std::string ErrorBody(const absl::Status& status);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_HTTP_ERROR_H_
