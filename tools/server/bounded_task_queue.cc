#include "tools/server/bounded_task_queue.h"

#include <utility>

namespace khulasa::server {
namespace {

thread_local bool overloaded = false;

}  // namespace

BoundedTaskQueue::BoundedTaskQueue(size_t threads, size_t max_queued,
                                   const RecvLimits& limits)
    : max_queued_(max_queued), limits_(limits) {
  if (threads == 0) threads = 1;
  // Workers count as idle from the start, even before their thread runs,
  // so the first connections never go to the overflow worker by a race.
  idle_ = threads;
  for (size_t i = 0; i < threads; ++i) {
    threads_.emplace_back([this] { Work(&jobs_, /*overflow=*/false); });
  }
  // One overflow worker is enough: it only writes a short 429 per
  // connection, and the read timeout bounds how long a slow client holds it.
  threads_.emplace_back([this] { Work(&overflow_, /*overflow=*/true); });
}

BoundedTaskQueue::~BoundedTaskQueue() { shutdown(); }

void BoundedTaskQueue::enqueue(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Idle workers take queued jobs at once, so only the excess waits.
    if (jobs_.size() < max_queued_ + idle_) {
      jobs_.push_back(std::move(fn));
    } else {
      overflow_.push_back(std::move(fn));
    }
  }
  // Both kinds of worker wait on one condition variable: wake them all so
  // the right kind sees its job (cheap at these thread counts).
  ready_.notify_all();
}

void BoundedTaskQueue::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (shutdown_) return;
    shutdown_ = true;
  }
  ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

bool BoundedTaskQueue::Overloaded() { return overloaded; }

void BoundedTaskQueue::Work(std::deque<std::function<void()>>* jobs,
                            bool overflow) {
  overloaded = overflow;
  GuardThisThread(limits_);
  for (;;) {
    std::function<void()> fn;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [&] { return shutdown_ || !jobs->empty(); });
      if (jobs->empty()) return;  // shut down and drained
      fn = std::move(jobs->front());
      jobs->pop_front();
      if (!overflow) --idle_;
    }
    ConnectionStartedOnThisThread();
    fn();
    if (!overflow) {
      std::lock_guard<std::mutex> lock(mutex_);
      ++idle_;
    }
  }
}

}  // namespace khulasa::server
