// The settings of the HTTP server behind `khulasa serve`: where it listens,
// where its store lives, and every limit, each with a safe default.
#ifndef KHULASA_TOOLS_SERVER_SERVER_OPTIONS_H_
#define KHULASA_TOOLS_SERVER_SERVER_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace khulasa::server {

struct ServerOptions {
  // Loopback by default: exposing the server is an explicit choice.
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (tests); Server::port() tells it
  // The embedded store; ":memory:" keeps nothing across restarts.
  std::string db_path = "khulasa.db";
  // Spoken summaries past this many bytes are evicted, least recently used.
  int64_t max_audio_bytes = int64_t{512} << 20;

  // Worker threads: they summarize, speak, fetch and read the store, one
  // request each at a time. Connections do not hold them: an idle, slow or
  // keep-alive connection costs a socket and a timer on an I/O thread.
  int threads = 32;
  // Threads that read and write every connection (Boost.Beast); 0 means one
  // per core, at most 2.
  int io_threads = 0;
  // Summarize requests computing at once (read + summarize); 0 means one per
  // core. The others wait, blocked rather than runnable, so that the
  // CPU-bound workers never outnumber the cores.
  int compute_slots = 0;
  // Requests waiting for a worker; past this the server answers 503 with
  // Retry-After at once.
  int queue = 256;
  // Open connections in all, and from one client address; past them a new
  // connection gets 503 (in all) or 429 (per address) and is closed. 0: no
  // cap.
  int max_connections = 10000;
  int max_client_connections = 256;
  // Largest request body; past it 413. 2 MB holds any news article page.
  size_t max_body_bytes = 2u << 20;
  // Total bytes of all request header lines; past it 431 (a request line
  // past 8 KiB: 414).
  size_t max_header_bytes = 16u << 10;
  // A new connection's first request must start within this many seconds.
  int read_timeout_s = 10;
  // A request's headers must arrive within this many seconds of its first
  // byte, and the whole request within request_timeout_s; slower clients
  // (slowloris, a Content-Length that lies) are cut off.
  int header_timeout_s = 5;
  int request_timeout_s = 30;
  int write_timeout_s = 10;
  // Idle seconds between two requests of a keep-alive connection (0: one
  // request per connection), and the requests one connection may make.
  int keep_alive_timeout_s = 5;
  int keep_alive_max_requests = 1000;

  // When false, POST /v1/summarize neither reads nor writes the store: every
  // request runs the summarizer (load tests measure the engine this way).
  bool summary_cache = true;
  // POST /v1/summarize {"fetch": URL} makes the server fetch the page
  // (libcurl, tools/khulasa/url_fetch.h) only when allow_fetch; private,
  // loopback and link-local targets stay refused (403) unless
  // allow_private_fetch (SSRF).
  bool allow_fetch = false;
  bool allow_private_fetch = false;
  // When not empty, requests that make the server compute or store (POST
  // /v1/summarize; a spoken summary not yet stored) must present this key
  // as "Authorization: Bearer KEY" or "X-API-Key: KEY", else 401. Reading
  // what is stored stays open (docs/security.md). 16..256 printable ASCII
  // bytes (api_key.h).
  std::string api_key;
  // Bullets per summary when the request does not say (1..kMaxBullets of
  // khulasa/summary.h).
  int default_bullets = 3;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_SERVER_OPTIONS_H_
