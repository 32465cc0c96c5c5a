// The server's worker pool: a fixed number of threads and a bounded queue of
// tasks (summarize, speech, store reads, fetches). Connections never wait
// here: the front end (http_front_end.h) hands over one parsed request at a
// time, and when the queue is full TrySubmit() says no at once, so the
// client gets a fast 503 with Retry-After instead of a wait without bound.
#ifndef KHULASA_TOOLS_SERVER_WORKER_POOL_H_
#define KHULASA_TOOLS_SERVER_WORKER_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace khulasa::server {

class WorkerPool {
 public:
  // `threads` >= 1 workers (0 counts as 1); at most `max_queued` tasks wait
  // while no worker is idle (0: refuse whenever all workers are busy).
  WorkerPool(size_t threads, size_t max_queued);
  ~WorkerPool();  // Shutdown()

  WorkerPool(const WorkerPool&) = delete;  // owns threads
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `task`, or returns false (and drops it) when `max_queued` tasks
  // already wait beyond the idle workers, or after Shutdown(). Thread-safe.
  bool TrySubmit(std::function<void()> task);

  // Runs what is queued, then joins the workers; later submissions fail.
  void Shutdown();

 private:
  void Work();

  const size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;  // guarded by mutex_
  size_t idle_ = 0;                          // guarded by mutex_
  bool shutdown_ = false;                    // guarded by mutex_
  std::vector<std::thread> threads_;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_WORKER_POOL_H_
