#include "tools/server/connection_registry.h"

#include <vector>

namespace khulasa::server {

ConnectionRegistry::ConnectionRegistry(size_t max_connections,
                                       size_t max_per_client)
    : max_connections_(max_connections), max_per_client_(max_per_client) {}

ConnectionRegistry::Admission ConnectionRegistry::Admit(
    const std::string& address) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (max_connections_ > 0 && open_ >= max_connections_) {
    return Admission::kTooMany;
  }
  size_t& from_client = per_client_[address];
  if (max_per_client_ > 0 && from_client >= max_per_client_) {
    if (from_client == 0) per_client_.erase(address);
    return Admission::kTooManyFromClient;
  }
  ++from_client;
  ++open_;
  return Admission::kAdmitted;
}

void ConnectionRegistry::Track(const std::shared_ptr<HttpSession>& session) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_[session.get()] = session;
}

void ConnectionRegistry::Release(const HttpSession* session,
                                 const std::string& address) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.erase(session);
  auto it = per_client_.find(address);
  if (it != per_client_.end() && --it->second == 0) per_client_.erase(it);
  if (open_ > 0 && --open_ == 0) empty_.notify_all();
}

void ConnectionRegistry::CloseAll(
    const std::function<void(HttpSession&)>& close) {
  std::vector<std::shared_ptr<HttpSession>> alive;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& entry : sessions_) {
      if (auto session = entry.second.lock()) alive.push_back(session);
    }
  }
  for (const auto& session : alive) close(*session);
}

bool ConnectionRegistry::WaitEmpty(
    std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mutex_);
  return empty_.wait_until(lock, deadline, [this] { return open_ == 0; });
}

size_t ConnectionRegistry::open() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return open_;
}

}  // namespace khulasa::server
