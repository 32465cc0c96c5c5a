#include "tools/server/recv_guard.h"

#include <dlfcn.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <algorithm>
#include <atomic>
#include <cerrno>

namespace khulasa::server {
namespace {

using Clock = std::chrono::steady_clock;

struct ThreadBudget {
  bool guarded = false;
  bool in_request = false;
  bool headers_read = false;
  bool cut = false;  // refused once: the connection gets nothing more
  RecvLimits limits;
  Clock::time_point start;
  size_t bytes = 0;
};

thread_local ThreadBudget budget;
std::atomic<uint64_t> refusals{0};

using RecvFunction = ssize_t (*)(int, void*, size_t, int);

RecvFunction RealRecv() {
  static const RecvFunction real =
      reinterpret_cast<RecvFunction>(dlsym(RTLD_NEXT, "recv"));
  return real;
}

// True when the current request on this thread may read more.
bool WithinBudget(ThreadBudget& b) {
  const Clock::time_point now = Clock::now();
  if (!b.in_request) {
    b.in_request = true;
    b.headers_read = false;
    b.start = now;
    b.bytes = 0;
  }
  if (b.bytes >= b.limits.max_request_bytes) return false;
  const auto elapsed = now - b.start;
  if (!b.headers_read && elapsed > b.limits.header_deadline) return false;
  return elapsed <= b.limits.request_deadline;
}

}  // namespace

void GuardThisThread(const RecvLimits& limits) {
  budget = ThreadBudget{};
  budget.guarded = true;
  budget.limits = limits;
}

void HeadersReadOnThisThread() { budget.headers_read = true; }

void ConnectionStartedOnThisThread() {
  budget.in_request = false;
  budget.cut = false;
}

void RequestEndedOnThisThread() { budget.in_request = false; }

uint64_t RecvGuardRefusals() {
  return refusals.load(std::memory_order_relaxed);
}

}  // namespace khulasa::server

// Every recv() of the process comes here first (the executable's definition
// comes before libc's); unguarded threads go straight to libc.
extern "C" ssize_t recv(int fd, void* buffer, size_t length, int flags) {
  using khulasa::server::budget;
  const khulasa::server::RecvFunction real = khulasa::server::RealRecv();
  if (real == nullptr) {
    errno = ENOSYS;
    return -1;
  }
  if (!budget.guarded || (flags & MSG_PEEK) != 0) {
    return real(fd, buffer, length, flags);
  }
  if (budget.cut || !khulasa::server::WithinBudget(budget)) {
    budget.cut = true;
    khulasa::server::refusals.fetch_add(1, std::memory_order_relaxed);
    errno = ECONNRESET;
    return -1;
  }
  length = std::min(length, budget.limits.max_request_bytes - budget.bytes);
  const ssize_t n = real(fd, buffer, length, flags);
  if (n > 0) budget.bytes += static_cast<size_t>(n);
  return n;
}
