#include "tools/khulasa/url_fetch.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "src/text/spaces.h"

#ifndef KHULASA_VERSION
#define KHULASA_VERSION "0"
#endif

namespace khulasa::cli {
namespace {

// Debian's abseil has its own string_view, so ASCII helpers are local.
std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         Lower(text.substr(0, prefix.size())) == prefix;
}

// Long URLs are cut in messages, on a UTF-8 boundary.
std::string ShortUrl(std::string_view url) {
  constexpr size_t kMaxBytes = 200;
  if (url.size() <= kMaxBytes) return std::string(url);
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(url[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return std::string(url.substr(0, cut)) + "...";
}

// What the transfer saw, filled by the write callback.
struct Transfer {
  CURL* curl = nullptr;
  size_t max_bytes = 0;
  bool allow_private = true;
  std::string refused_address;  // set when a private address was refused
  std::string body;
  bool checked_type = false;
  bool too_large = false;
  std::string refused_type;  // set when the content type was refused
};

// True for addresses a public fetch must not reach: IPv4 this-network,
// private, shared (CGNAT), loopback, link-local, multicast and reserved;
// IPv6 unspecified, loopback, unique-local, link-local, multicast, and
// IPv4-mapped forms of the IPv4 ones.
bool IsPrivateIpv4(uint32_t a) {  // host byte order
  const uint32_t top = a >> 24;
  return top == 0 || top == 10 || top == 127 || top >= 224 ||
         (a >> 20) == ((172u << 4) | 1) ||    // 172.16/12
         (a >> 16) == ((192u << 8) | 168) ||  // 192.168/16
         (a >> 16) == ((169u << 8) | 254) ||  // 169.254/16
         (a >> 22) == ((100u << 2) | 1);      // 100.64/10
}

bool IsPrivateAddress(const sockaddr* address, std::string* shown) {
  char text[INET6_ADDRSTRLEN] = {0};
  if (address->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(address);
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
    *shown = text;
    return IsPrivateIpv4(ntohl(in->sin_addr.s_addr));
  }
  if (address->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
    inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
    *shown = text;
    const uint8_t* b = in6->sin6_addr.s6_addr;
    if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
      const uint32_t v4 = (uint32_t{b[12]} << 24) | (uint32_t{b[13]} << 16) |
                          (uint32_t{b[14]} << 8) | b[15];
      return IsPrivateIpv4(v4);
    }
    return IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr) ||
           IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr) ||
           IN6_IS_ADDR_LINKLOCAL(&in6->sin6_addr) ||
           IN6_IS_ADDR_MULTICAST(&in6->sin6_addr) || (b[0] & 0xFE) == 0xFC;
  }
  *shown = "a non-IP address";
  return true;
}

// libcurl's socket opener: refuses a private address when asked to.
curl_socket_t OpenSocket(void* data, curlsocktype /*purpose*/,
                         curl_sockaddr* address) {
  auto* transfer = static_cast<Transfer*>(data);
  std::string shown;
  if (!transfer->allow_private && IsPrivateAddress(&address->addr, &shown)) {
    transfer->refused_address = shown;
    return CURL_SOCKET_BAD;
  }
  return ::socket(address->family, address->socktype, address->protocol);
}

// "text/html; charset=UTF-8" -> media type and charset, lower case.
void ParseContentType(std::string_view header, std::string* type,
                      std::string* charset) {
  const size_t semicolon = header.find(';');
  *type = Lower(text::TrimHttpSpace(header.substr(0, semicolon)));
  charset->clear();
  std::string_view rest = semicolon == std::string_view::npos
                              ? std::string_view()
                              : header.substr(semicolon + 1);
  while (!rest.empty()) {
    const size_t next = rest.find(';');
    std::string_view param = text::TrimHttpSpace(rest.substr(0, next));
    rest = next == std::string_view::npos ? std::string_view()
                                          : rest.substr(next + 1);
    const size_t equals = param.find('=');
    if (equals == std::string_view::npos) continue;
    if (Lower(text::TrimHttpSpace(param.substr(0, equals))) != "charset")
      continue;
    std::string_view value = text::TrimHttpSpace(param.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    *charset = Lower(value);
  }
}

// Pages the readers can take: HTML, text, JSON, XML. No header at all is
// taken too (the readers detect the format).
bool AcceptedType(std::string_view type) {
  return type.empty() || type.starts_with("text/") ||
         type == "application/xhtml+xml" || type == "application/xml" ||
         type == "application/json";
}

std::string CurrentContentType(CURL* curl) {
  const char* header = nullptr;
  if (curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &header) != CURLE_OK ||
      header == nullptr) {
    return "";
  }
  return header;
}

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  // Redirect and error bodies never reach here (FOLLOWLOCATION,
  // FAILONERROR): the first call is the final page, whose type can be
  // refused before anything is downloaded.
  if (!transfer->checked_type) {
    transfer->checked_type = true;
    std::string type;
    std::string charset;
    ParseContentType(CurrentContentType(transfer->curl), &type, &charset);
    if (!AcceptedType(type)) {
      transfer->refused_type = type;
      return 0;
    }
  }
  if (transfer->body.size() + bytes > transfer->max_bytes) {
    transfer->too_large = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  transfer->body.append(data, bytes);
  return bytes;
}

std::string_view ReasonPhrase(long status) {
  switch (status) {
    case 400:
      return "bad request";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not found";
    case 410:
      return "gone";
    case 429:
      return "too many requests";
    case 500:
      return "internal server error";
    case 502:
      return "bad gateway";
    case 503:
      return "service unavailable";
    case 504:
      return "gateway timeout";
    default:
      return "";
  }
}

// The status for a failed transfer: `code` from curl_easy_perform, `detail`
// curl's error buffer.
absl::Status TransferError(CURL* curl, CURLcode code, const Transfer& transfer,
                           const std::string& url, const char* detail,
                           const FetchOptions& options) {
  const std::string prefix = absl::StrCat("cannot fetch ", ShortUrl(url), ": ");
  const std::string why =
      detail[0] != '\0' ? Lower(detail) : Lower(curl_easy_strerror(code));
  switch (code) {
    case CURLE_HTTP_RETURNED_ERROR: {
      long status = 0;
      curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
      std::string what = absl::StrCat(prefix, "http status ", status);
      const std::string_view reason = ReasonPhrase(status);
      if (!reason.empty()) what += " (" + std::string(reason) + ")";
      if (status == 404 || status == 410) {
        return absl::NotFoundError(absl::StrCat(what, "; check the address"));
      }
      return absl::UnavailableError(what);
    }
    case CURLE_COULDNT_RESOLVE_HOST:
      return absl::UnavailableError(
          absl::StrCat(prefix, "cannot resolve the host name (dns: ", why,
                       "); check the address and the network"));
    case CURLE_COULDNT_CONNECT: {
      long os_errno = 0;
      curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno);
      const std::string reason =
          os_errno != 0 ? Lower(std::strerror(static_cast<int>(os_errno)))
                        : why;
      return absl::UnavailableError(
          absl::StrCat(prefix, "cannot connect (", reason, ")"));
    }
    case CURLE_OPERATION_TIMEDOUT:
      return absl::DeadlineExceededError(absl::StrCat(
          prefix, "timed out (", options.connect_timeout_s, " s to connect, ",
          options.total_timeout_s, " s in all): ", why));
    case CURLE_TOO_MANY_REDIRECTS:
      return absl::InvalidArgumentError(absl::StrCat(
          prefix, "more than ", options.max_redirects, " redirects"));
    case CURLE_UNSUPPORTED_PROTOCOL:
      return absl::InvalidArgumentError(
          absl::StrCat(prefix, "only http and https are fetched (", why, ")"));
    case CURLE_FILESIZE_EXCEEDED:
      return absl::ResourceExhaustedError(absl::StrCat(
          prefix, "the page is larger than ", options.max_bytes, " bytes"));
    case CURLE_WRITE_ERROR:
      if (transfer.too_large) {
        return absl::ResourceExhaustedError(absl::StrCat(
            prefix, "the page is larger than ", options.max_bytes, " bytes"));
      }
      if (!transfer.refused_type.empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(prefix, "not an html or text page (content type ",
                         transfer.refused_type, ")"));
      }
      break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
      return absl::UnavailableError(
          absl::StrCat(prefix, "tls error (", why, ")"));
    case CURLE_URL_MALFORMAT:
      return absl::InvalidArgumentError(
          absl::StrCat(prefix, "malformed url (", why, ")"));
    default:
      break;
  }
  return absl::UnavailableError(absl::StrCat(prefix, why));
}

void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

}  // namespace

bool IsHtml(const FetchedPage& page) {
  return page.content_type == "text/html" ||
         page.content_type == "application/xhtml+xml";
}

bool IsUrl(std::string_view argument) {
  return StartsWithNoCase(argument, "http://") ||
         StartsWithNoCase(argument, "https://");
}

std::string_view UserAgent() {
  return "khulasa/" KHULASA_VERSION " (Arabic news summarizer)";
}

absl::StatusOr<FetchedPage> FetchUrl(std::string_view url,
                                     const FetchOptions& options) {
  const std::string target(url);
  if (!IsUrl(target)) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot fetch ", ShortUrl(target),
                     ": only http:// and https:// urls are fetched"));
  }
  InitCurlOnce();
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (curl == nullptr) return absl::InternalError("curl_easy_init failed");
  CURL* c = curl.get();
  Transfer transfer;
  transfer.curl = c;
  transfer.max_bytes = options.max_bytes;
  char detail[CURL_ERROR_SIZE] = {0};
  const std::string agent(UserAgent());
  curl_easy_setopt(c, CURLOPT_URL, target.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, options.max_redirects);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, options.connect_timeout_s);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, options.total_timeout_s);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
                   static_cast<curl_off_t>(options.max_bytes));
  curl_easy_setopt(c, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
  // Worker threads must not get SIGALRM/SIGPIPE from name lookups.
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  // gzip/deflate/br as the server likes; the size cap applies to the
  // decoded bytes, which are what the write callback sees.
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
  transfer.allow_private = options.allow_private_addresses;
  curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, OpenSocket);
  curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, &transfer);
  const CURLcode code = curl_easy_perform(c);
  if (!transfer.refused_address.empty()) {
    return absl::PermissionDeniedError(
        absl::StrCat("refusing to fetch ", ShortUrl(target), ": it leads to ",
                     transfer.refused_address,
                     ", a private, loopback or link-local address"));
  }
  if (code != CURLE_OK) {
    return TransferError(c, code, transfer, target, detail, options);
  }
  FetchedPage page;
  ParseContentType(CurrentContentType(c), &page.content_type, &page.charset);
  // An empty body never calls WriteBody: check the type here too.
  if (!AcceptedType(page.content_type)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot fetch ", ShortUrl(target),
        ": not an html or text page (content type ", page.content_type, ")"));
  }
  const char* effective = nullptr;
  curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective);
  page.url = effective != nullptr ? effective : target;
  page.body = std::move(transfer.body);
  return page;
}

}  // namespace khulasa::cli
