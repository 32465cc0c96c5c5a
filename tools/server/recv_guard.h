// Per-request limits on what a server worker reads from its socket.
//
// Debian's libcpp-httplib (0.11) is a compiled library with two gaps that a
// hostile client can use: it keeps reading header lines without any limit on
// their number (one connection sending headers for 6 s grew the server by
// 600 MB), and its timeouts apply to each read, so a client sending one byte
// every few seconds (slowloris) holds a worker for as long as it likes.
// khulasa closes both gaps below httplib: it defines recv(), which httplib
// calls for every read, and on the server's worker threads counts each
// request's bytes and time. A read past a limit fails as if the peer had
// reset the connection, so httplib drops it. Other threads (clients in the
// same process, tests) read unguarded.
#ifndef KHULASA_TOOLS_SERVER_RECV_GUARD_H_
#define KHULASA_TOOLS_SERVER_RECV_GUARD_H_

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace khulasa::server {

struct RecvLimits {
  // Bytes one request may read: its headers, its body and some slack.
  size_t max_request_bytes = size_t{4} << 20;
  // From a request's first byte to the end of its headers.
  std::chrono::milliseconds header_deadline{5000};
  // From a request's first byte to the end of its body.
  std::chrono::milliseconds request_deadline{30000};
};

// Guards the calling thread's reads from now on with `limits`.
void GuardThisThread(const RecvLimits& limits);

// On a guarded thread: the current request's headers are complete (the
// header deadline no longer applies).
void HeadersReadOnThisThread();

// On a guarded thread: a new connection starts; it may read again even if
// the thread's previous connection was cut.
void ConnectionStartedOnThisThread();

// On a guarded thread: the current request is answered; the next read
// starts the next request's budget. A connection once cut stays cut (httplib
// answers a failed header read with 400 and would read on).
void RequestEndedOnThisThread();

// Reads refused by a limit since the process started (all threads).
uint64_t RecvGuardRefusals();

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_RECV_GUARD_H_
