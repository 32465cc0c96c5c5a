// The open connections of the HTTP front end: caps on how many there are in
// all and per client address, and the list that Stop() closes.
//
// Thread safety: every method may be called from any thread.
#ifndef KHULASA_TOOLS_SERVER_CONNECTION_REGISTRY_H_
#define KHULASA_TOOLS_SERVER_CONNECTION_REGISTRY_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace khulasa::server {

class HttpSession;

class ConnectionRegistry {
 public:
  enum class Admission { kAdmitted, kTooManyFromClient, kTooMany };

  // At most `max_connections` in all and `max_per_client` from one address
  // (0: no cap of that kind).
  ConnectionRegistry(size_t max_connections, size_t max_per_client);

  ConnectionRegistry(const ConnectionRegistry&) = delete;  // shared by all
  ConnectionRegistry& operator=(const ConnectionRegistry&) = delete;

  // Counts a new connection from `address` unless a cap is reached.
  Admission Admit(const std::string& address);
  // Lists an admitted connection's session so that CloseAll() reaches it.
  void Track(const std::shared_ptr<HttpSession>& session);
  // An admitted connection from `address` is gone (its session's destructor).
  void Release(const HttpSession* session, const std::string& address);

  // Calls `close` on every tracked session still alive.
  void CloseAll(const std::function<void(HttpSession&)>& close);
  // Waits until no admitted connection is left or `deadline` passes; true if
  // none is left.
  bool WaitEmpty(std::chrono::steady_clock::time_point deadline);

  size_t open() const;

 private:
  const size_t max_connections_;
  const size_t max_per_client_;
  mutable std::mutex mutex_;
  std::condition_variable empty_;
  size_t open_ = 0;                                     // guarded by mutex_
  std::unordered_map<std::string, size_t> per_client_;  // guarded by mutex_
  std::unordered_map<const HttpSession*, std::weak_ptr<HttpSession>>
      sessions_;  // guarded by mutex_
};

}  // namespace khulasa::server

#endif  // KHULASA_TOOLS_SERVER_CONNECTION_REGISTRY_H_
