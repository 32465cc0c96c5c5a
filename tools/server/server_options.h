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

  // Worker threads. httplib keeps a keep-alive connection on one worker for
  // its lifetime, so this is also the number of connections served at once.
  int threads = 32;
  // Summarize requests computing at once (read + summarize); 0 means one per
  // core. The others wait, blocked rather than runnable, so that with one
  // thread per connection the CPU-bound threads never outnumber the cores.
  int compute_slots = 0;
  // Connections waiting for a worker; past this the server answers 429.
  int queue = 256;
  // Largest request body; past it 413. 2 MB holds any news article page.
  size_t max_body_bytes = 2u << 20;
  // Total bytes of all request header lines; past it 431. httplib itself
  // refuses any single line over 8 KiB.
  size_t max_header_bytes = 16u << 10;
  int read_timeout_s = 10;
  // A request's headers must arrive within this many seconds of its first
  // byte, and the whole request within request_timeout_s; slower clients
  // (slowloris) are cut off (recv_guard.h).
  int header_timeout_s = 5;
  int request_timeout_s = 30;
  int write_timeout_s = 10;
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
