// What the HTTP front end (http_front_end.h) serves: the server's routes
// behind a transport-neutral interface, so that no handler sees a socket or
// a parser and the front end knows no route.
#ifndef KHULASA_TOOLS_SERVER_HTTP_APPLICATION_H_
#define KHULASA_TOOLS_SERVER_HTTP_APPLICATION_H_

#include <optional>
#include <string_view>

#include "tools/server/http_message.h"

namespace khulasa::server {

class HttpApplication {
 public:
  virtual ~HttpApplication() = default;

  // Called on an I/O thread once a request's head is read, before any body
  // byte: an answer now (headers too large, an encoding not accepted), or
  // nullopt to read the body and go on. `head.body` is empty. Must be cheap.
  virtual std::optional<HttpResponse> Screen(const HttpRequest& head) = 0;

  // True when Handle(request) does work that belongs on the worker pool
  // (summarizing, speech, fetching, store reads); false when it is cheap
  // enough for an I/O thread (/health, the page, refusals).
  virtual bool NeedsWorker(const HttpRequest& request) const = 0;

  // The answer to a complete request. May run on any thread, many at once.
  // An exception becomes a 500 JSON error and a log line.
  virtual HttpResponse Handle(HttpRequest request) = 0;

  // Every answered request, once its answer is ready (metrics): `path` is
  // "" when the request could not be parsed.
  virtual void Finished(std::string_view method, std::string_view path,
                        const HttpResponse& response, double seconds) = 0;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_HTTP_APPLICATION_H_
