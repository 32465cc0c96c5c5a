// Fuzzes the server's request parsing: ParseSummarizeRequest() under each
// Content-Type, MatchRoute() on the bytes as a path, and the JSON error
// body. Invariants: no crash or throw; a parsed request has a non-empty body
// and 1..10 bullets; a refusal maps to 400 or 415 and its error body is
// valid JSON naming a code.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "nlohmann/json.hpp"

#include "tools/server/http_error.h"
#include "tools/server/request_codec.h"
#include "tools/server/routes.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* content_type :
       {"application/json", "text/plain; charset=utf-8", "text/html", ""}) {
    auto request =
        khulasa::server::ParseSummarizeRequest(content_type, bytes, "", 3);
    if (request.ok()) {
      Require(!request->body.empty());
      Require(request->bullets >= 1 && request->bullets <= 10);
    } else {
      const int status = khulasa::server::HttpStatusFor(request.status());
      Require(status == 400 || status == 415);
      nlohmann::json body = nlohmann::json::parse(
          khulasa::server::ErrorBody(request.status()), nullptr, false);
      Require(body.is_object() && body["error"]["code"].is_string());
    }
  }
  // The bytes as a path: the id and format returned lie inside it.
  khulasa::server::RouteMatch match = khulasa::server::MatchRoute(bytes);
  const std::string_view path(bytes);
  for (std::string_view part : {match.id, match.format}) {
    if (part.empty()) continue;
    Require(part.data() >= path.data() &&
            part.data() + part.size() <= path.data() + path.size());
  }
  (void)khulasa::server::ParseBullets(bytes);
  return 0;
}
