// The embedded store: articles by content hash, their summaries per options
// and model version, and spoken-summary audio, in one SQLite file (WAL mode).
// Survives restarts; audio is evicted least-recently-used past a size cap.
//
// Thread safety: all methods may be called from many threads. They share one
// connection behind a mutex; each call is a short indexed statement, so the
// lock is held for microseconds, never across engine work.
#ifndef KHULASA_SRC_STORE_STORE_H_
#define KHULASA_SRC_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "src/store/sqlite_db.h"

namespace khulasa::store {

struct StoreOptions {
  std::string path = "khulasa.db";  // ":memory:" for a private in-memory store
  // Audio past this many bytes in total is evicted, least recently used first.
  int64_t max_audio_bytes = int64_t{512} << 20;
  // Milliseconds since the epoch; tests swap in a fake clock.
  std::function<int64_t()> now_ms;
  // Open an existing store only (no create, no writes): kNotFound if absent.
  bool read_only = false;
};

struct AudioRecord {
  std::string bytes;  // the encoded audio
  std::string marks;  // word timings as JSON
};

struct StoreStats {
  int64_t articles = 0;
  int64_t summaries = 0;
  int64_t audio_items = 0;
  int64_t audio_bytes = 0;
};

class Store {
 public:
  // The schema version this build writes; older stores are migrated on open.
  static constexpr int kSchemaVersion = 1;

  // Opens or creates the store. kUnavailable when the file cannot be opened
  // or written (a read-only file or folder is refused here, at open, not at
  // the first write), kDataLoss when it is not a khulasa store,
  // kFailedPrecondition when it was written by a newer khulasa (schema version
  // too high).
  static absl::StatusOr<std::unique_ptr<Store>> Open(StoreOptions options);

  Store(const Store&) = delete;  // owns the database connection
  Store& operator=(const Store&) = delete;

  // Inserts or replaces the article record (JSON) under `id`.
  absl::Status PutArticle(std::string_view id, std::string_view article_json);
  // The article JSON, or nullopt when unknown. Marks it as accessed (best
  // effort: a read succeeds even when the disk is too full to record it).
  absl::StatusOr<std::optional<std::string>> GetArticle(std::string_view id);

  // Summaries are keyed by article, options (e.g. "bullets=3") and the
  // model version that made them, so a new model never serves stale ones.
  absl::Status PutSummary(std::string_view id, std::string_view options_key,
                          std::string_view model_version,
                          std::string_view summary_json);
  absl::StatusOr<std::optional<std::string>> GetSummary(
      std::string_view id, std::string_view options_key,
      std::string_view model_version);

  // Audio per article and format ("ogg", "mp3", "wav"); evicts LRU audio
  // past StoreOptions::max_audio_bytes after each insert.
  absl::Status PutAudio(std::string_view id, std::string_view format,
                        const AudioRecord& audio);
  absl::StatusOr<std::optional<AudioRecord>> GetAudio(std::string_view id,
                                                      std::string_view format);

  absl::StatusOr<StoreStats> Stats();

  // Runs SQLite's integrity check over the whole file. OK when it reports
  // no problem; kDataLoss naming the first problems otherwise.
  absl::Status CheckIntegrity();

 private:
  Store(StoreOptions options, std::unique_ptr<SqliteDb> db)
      : options_(std::move(options)), db_(std::move(db)) {}
  absl::Status Migrate();
  absl::Status EvictAudioLocked();
  // Sets the access time of a row read just now (`sql` binds ?1 id, ?2
  // format, ?3 now); best effort, see store.cc.
  void TouchLocked(const char* sql, std::string_view id,
                   std::string_view format);
  int64_t Now() const;

  const StoreOptions options_;
  std::mutex mutex_;
  std::unique_ptr<SqliteDb> db_;  // guarded by mutex_
};

}  // namespace khulasa::store

#endif  // KHULASA_SRC_STORE_STORE_H_
