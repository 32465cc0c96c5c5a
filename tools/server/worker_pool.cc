#include "tools/server/worker_pool.h"

#include <utility>

namespace khulasa::server {

WorkerPool::WorkerPool(size_t threads, size_t max_queued)
    : max_queued_(max_queued) {
  if (threads == 0) threads = 1;
  // Workers count as idle from the start, even before their thread runs,
  // so the first tasks are never refused by a race.
  idle_ = threads;
  for (size_t i = 0; i < threads; ++i) {
    threads_.emplace_back([this] { Work(); });
  }
}

WorkerPool::~WorkerPool() { Shutdown(); }

bool WorkerPool::TrySubmit(std::function<void()> task) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Idle workers take queued tasks at once, so only the excess waits.
    if (shutdown_ || tasks_.size() >= max_queued_ + idle_) return false;
    tasks_.push_back(std::move(task));
  }
  ready_.notify_one();
  return true;
}

void WorkerPool::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (shutdown_) return;
    shutdown_ = true;
  }
  ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

void WorkerPool::Work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [&] { return shutdown_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // shut down and drained
      task = std::move(tasks_.front());
      tasks_.pop_front();
      --idle_;
    }
    task();
    std::lock_guard<std::mutex> lock(mutex_);
    ++idle_;
  }
}

}  // namespace khulasa::server
