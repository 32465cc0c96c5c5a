// The transport-neutral request and response the server's handlers take and
// return (server.cc); the front end (http_front_end.h) fills one from the
// wire and writes the other back. No socket or parser type appears here.
#ifndef KHULASA_TOOLS_SERVER_HTTP_MESSAGE_H_
#define KHULASA_TOOLS_SERVER_HTTP_MESSAGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khulasa::server {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method;  // as sent: "GET", "POST", ...
  std::string target;  // as sent: "/v1/articles/x?bullets=2"
  std::string path;    // the target before '?', percent-decoded
  // The query's name=value pairs in order, percent- and '+'-decoded.
  std::vector<std::pair<std::string, std::string>> params;
  HttpHeaders headers;         // in order, names as sent
  std::string body;            // as received (still compressed when it was)
  std::string client_address;  // the peer's IP address, for logs and caps

  // The first header called `name` (ASCII case-insensitive), or "".
  std::string Header(std::string_view name) const;
  // How many headers are called `name`.
  size_t HeaderCount(std::string_view name) const;
  bool HasParam(std::string_view name) const;
  // The first value of the query parameter `name`, or "".
  std::string Param(std::string_view name) const;
  // Bytes of all header lines as sent: name, ": ", value, CRLF.
  size_t HeaderBytes() const;
};

struct HttpResponse {
  int status = 200;
  HttpHeaders headers;  // besides Content-Type and Content-Length
  std::string content_type;
  std::string body;
  // True when the connection must close after this answer (the rest of the
  // request was not read, or the client is refused).
  bool close = false;

  // Sets header `name` to `value`, replacing an earlier one.
  void SetHeader(std::string_view name, std::string_view value);
  // The value of header `name`, or "".
  std::string Header(std::string_view name) const;
  void SetContent(std::string content, std::string_view type);
};

// ASCII case-insensitive equality (header names, auth schemes).
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_HTTP_MESSAGE_H_
