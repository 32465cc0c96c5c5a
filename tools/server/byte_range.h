// Single byte ranges (RFC 9110 section 14) on a complete response body: the
// server's assets and stored audio advertise "Accept-Ranges: bytes".
#ifndef KHULASA_TOOLS_SERVER_BYTE_RANGE_H_
#define KHULASA_TOOLS_SERVER_BYTE_RANGE_H_

#include <string_view>

#include "tools/server/http_message.h"

namespace khulasa::server {

// Applies the Range header `range` to `response` when it is a 200 that
// accepts byte ranges: one satisfiable range gives a 206 with that part and
// Content-Range; an unsatisfiable one a 416 with "Content-Range: bytes */N".
// A header that is not one well-formed byte range (several ranges, other
// units, junk) is ignored and the whole body is sent, as RFC 9110 allows;
// so is every Range header on any other response.
void ApplyRange(std::string_view range, HttpResponse* response);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_BYTE_RANGE_H_
