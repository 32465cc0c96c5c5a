// The server's worker pool: a fixed number of workers and a bounded queue of
// waiting connections. httplib's own pool queues without limit; this one
// hands connections past the limit to a single "overflow" worker that runs
// them with Overloaded() true, so the request handler answers 429 at once
// instead of letting the wait grow without bound.
#ifndef KHULASA_TOOLS_SERVER_BOUNDED_TASK_QUEUE_H_
#define KHULASA_TOOLS_SERVER_BOUNDED_TASK_QUEUE_H_

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "tools/server/recv_guard.h"

namespace khulasa::server {

class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  // `threads` >= 1 workers; at most `max_queued` connections wait while no
  // worker is idle (0: answer 429 whenever all workers are busy). Every
  // worker reads under `limits` (recv_guard.h).
  BoundedTaskQueue(size_t threads, size_t max_queued, const RecvLimits& limits);
  ~BoundedTaskQueue() override;

  BoundedTaskQueue(const BoundedTaskQueue&) = delete;  // owns threads
  BoundedTaskQueue& operator=(const BoundedTaskQueue&) = delete;

  // Queues `fn` (one accepted connection), or gives it to the overflow
  // worker when the queue is full. Never drops it: `fn` owns the socket.
  void enqueue(std::function<void()> fn) override;
  // Runs what is queued, then joins the workers.
  void shutdown() override;

  // True on the overflow worker's thread while it runs a connection.
  static bool Overloaded();

 private:
  void Work(std::deque<std::function<void()>>* jobs, bool overflow);

  const size_t max_queued_;
  const RecvLimits limits_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;      // guarded by mutex_
  std::deque<std::function<void()>> overflow_;  // guarded by mutex_
  size_t idle_ = 0;                             // guarded by mutex_
  bool shutdown_ = false;                       // guarded by mutex_
  std::vector<std::thread> threads_;
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_BOUNDED_TASK_QUEUE_H_
