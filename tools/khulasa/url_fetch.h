// Fetches a web page over http or https (libcurl) for the CLI's URL inputs:
// `khulasa summarize|speak|extract URL` and `khulasa batch --urls FILE`.
// Kept out of the engine: the engine reads bytes, the tools fetch them.
#ifndef KHULASA_TOOLS_KHULASA_URL_FETCH_H_
#define KHULASA_TOOLS_KHULASA_URL_FETCH_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace khulasa::cli {

struct FetchOptions {
  // Redirects followed at most; one more is refused (kInvalidArgument).
  long max_redirects = 5;
  // Seconds to set up the connection (DNS, TCP, TLS), and for the whole
  // transfer; past either the fetch fails with kDeadlineExceeded.
  long connect_timeout_s = 10;
  long total_timeout_s = 30;
  // Bodies larger than this are refused with kResourceExhausted, before the
  // download when the server announces the length, else as soon as the
  // streamed bytes pass it.
  size_t max_bytes = size_t{16} << 20;
  // False: refuse to connect to a private, loopback, link-local or
  // otherwise non-public address, for the URL and every redirect (checked on
  // the address actually connected to, so DNS rebinding does not get
  // round it): what a server fetching for its clients needs (SSRF).
  bool allow_private_addresses = true;
};

struct FetchedPage {
  std::string url;           // after redirects
  std::string body;          // raw bytes, at most max_bytes
  std::string content_type;  // media type, lower case ("text/html"); may be ""
  std::string charset;       // from the Content-Type header; "" when none
};

// True when the page's content type is HTML (text/html or XHTML).
bool IsHtml(const FetchedPage& page);

// True when `argument` starts with "http://" or "https://" (any case): the
// CLI fetches such an argument instead of opening it as a file.
bool IsUrl(std::string_view argument);

// The User-Agent sent with every request: "khulasa/<version> (...)".
std::string_view UserAgent();

// GETs `url` (http or https only; redirects too). Errors name the URL and
// what failed, lower case: kInvalidArgument for a bad URL or scheme, too
// many redirects or a content type that is neither HTML nor text (nor
// JSON/XML); kNotFound for HTTP 404 and 410; kUnavailable for DNS, connection,
// TLS failures and other HTTP error statuses (>= 400); kDeadlineExceeded for
// timeouts; kResourceExhausted past max_bytes; kPermissionDenied for a
// private address when !allow_private_addresses. Thread-safe: each call
// uses its own connection.
absl::StatusOr<FetchedPage> FetchUrl(std::string_view url,
                                     const FetchOptions& options = {});

}  // namespace khulasa::cli

#endif  // KHULASA_TOOLS_KHULASA_URL_FETCH_H_
