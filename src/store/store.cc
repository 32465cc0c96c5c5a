#include "src/store/store.h"

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "src/base/status_macros.h"

namespace khulasa::store {
namespace {

// Each entry moves the schema from version i to i + 1. Append only: a
// released migration is never edited, a change is a new entry.
constexpr const char* kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
    CREATE TABLE articles (
      id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      accessed_ms INTEGER NOT NULL);
    CREATE TABLE summaries (
      article_id TEXT NOT NULL,
      options_key TEXT NOT NULL,
      model_version TEXT NOT NULL,
      body TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      PRIMARY KEY (article_id, options_key, model_version));
    CREATE TABLE audio (
      article_id TEXT NOT NULL,
      format TEXT NOT NULL,
      bytes BLOB NOT NULL,
      marks TEXT NOT NULL,
      size INTEGER NOT NULL,
      created_ms INTEGER NOT NULL,
      accessed_ms INTEGER NOT NULL,
      PRIMARY KEY (article_id, format));
    CREATE INDEX audio_by_access ON audio (accessed_ms);
    )sql",
};
constexpr int kMigrationCount =
    static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == Store::kSchemaVersion);

int64_t SystemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> Store::Open(StoreOptions options) {
  KHULASA_ASSIGN_OR_RETURN(auto db,
                           SqliteDb::Open(options.path, !options.read_only));
  if (!options.read_only && db->read_only()) {
    // SQLite opens a write-protected file read-only without a word, and
    // every later write would fail: say so now, where it can be fixed.
    return absl::UnavailableError(
        "store " + options.path +
        " is read-only (the file or its folder is not writable by this "
        "user); fix its permissions or use another file");
  }
  std::unique_ptr<Store> store(new Store(std::move(options), std::move(db)));
  if (!store->options_.read_only) {
    // WAL lets readers proceed during a write and makes commits atomic
    // across crashes; NORMAL sync is durable at each checkpoint in WAL mode.
    absl::Status wal =
        store->db_->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    if (!wal.ok()) {
      // The WAL needs files beside the store ("-wal", "-shm"): a folder
      // that is not writable fails here.
      return absl::Status(
          wal.code(), "cannot open store " + store->options_.path + ": " +
                          std::string(wal.message()) +
                          (wal.code() == absl::StatusCode::kUnavailable
                               ? "; its folder must be writable too (WAL files)"
                               : ""));
    }
  }
  KHULASA_RETURN_IF_ERROR(store->Migrate());
  return store;
}

int64_t Store::Now() const {
  return options_.now_ms ? options_.now_ms() : SystemNowMs();
}

absl::Status Store::Migrate() {
  std::lock_guard<std::mutex> lock(mutex_);
  absl::StatusOr<Statement> version_query = db_->Prepare("PRAGMA user_version");
  if (!version_query.ok()) {
    return absl::DataLossError("store " + options_.path +
                               " is not a khulasa database: " +
                               std::string(version_query.status().message()));
  }
  KHULASA_ASSIGN_OR_RETURN(bool has_row, version_query->Step());
  int64_t version = has_row ? version_query->ColumnInt(0) : 0;
  if (version > kSchemaVersion) {
    return absl::FailedPreconditionError(
        "store " + options_.path + " has schema version " +
        std::to_string(version) + ", newer than this khulasa (" +
        std::to_string(kSchemaVersion) + "); upgrade khulasa");
  }
  if (version == kSchemaVersion) return absl::OkStatus();
  if (options_.read_only) {
    return absl::FailedPreconditionError(
        "store " + options_.path + " needs a migration; open it writable");
  }
  for (int64_t v = version; v < kSchemaVersion; ++v) {
    // Each step commits with its version number, so a crash mid-way leaves
    // the store at a whole version.
    KHULASA_RETURN_IF_ERROR(db_->Exec(
        std::string("BEGIN IMMEDIATE;") + kMigrations[v] +
        "PRAGMA user_version=" + std::to_string(v + 1) + "; COMMIT;"));
  }
  return absl::OkStatus();
}

absl::Status Store::PutArticle(std::string_view id,
                               std::string_view article_json) {
  std::lock_guard<std::mutex> lock(mutex_);
  KHULASA_ASSIGN_OR_RETURN(
      Statement put,
      db_->Prepare("INSERT INTO articles (id, body, created_ms, accessed_ms) "
                   "VALUES (?1, ?2, ?3, ?3) ON CONFLICT (id) DO UPDATE SET "
                   "body = excluded.body, accessed_ms = excluded.accessed_ms"));
  return put.Bind(1, id).Bind(2, article_json).Bind(3, Now()).Run();
}

absl::StatusOr<std::optional<std::string>> Store::GetArticle(
    std::string_view id) {
  std::lock_guard<std::mutex> lock(mutex_);
  KHULASA_ASSIGN_OR_RETURN(
      Statement get, db_->Prepare("SELECT body FROM articles WHERE id = ?1"));
  KHULASA_ASSIGN_OR_RETURN(bool found, get.Bind(1, id).Step());
  if (!found) return std::nullopt;
  std::string body = get.ColumnText(0);
  if (!options_.read_only) {
    TouchLocked("UPDATE articles SET accessed_ms = ?3 WHERE id = ?1", id, "");
  }
  return body;
}

void Store::TouchLocked(const char* sql, std::string_view id,
                        std::string_view format) {
  absl::StatusOr<Statement> touch = db_->Prepare(sql);
  if (!touch.ok()) return;
  // Ignored on purpose: the access time only orders LRU eviction, and a
  // read must still answer when the disk is full and no write can succeed
  // (tests/faults_store_test.cc, FullDiskAnswers503KeepsServingAndLogsNoBody).
  (void)touch->Bind(1, id).Bind(2, format).Bind(3, Now()).Run();
}

absl::Status Store::PutSummary(std::string_view id,
                               std::string_view options_key,
                               std::string_view model_version,
                               std::string_view summary_json) {
  std::lock_guard<std::mutex> lock(mutex_);
  KHULASA_ASSIGN_OR_RETURN(
      Statement put,
      db_->Prepare("INSERT OR REPLACE INTO summaries (article_id, options_key, "
                   "model_version, body, created_ms) VALUES (?1, ?2, ?3, ?4, "
                   "?5)"));
  return put.Bind(1, id)
      .Bind(2, options_key)
      .Bind(3, model_version)
      .Bind(4, summary_json)
      .Bind(5, Now())
      .Run();
}

absl::StatusOr<std::optional<std::string>> Store::GetSummary(
    std::string_view id, std::string_view options_key,
    std::string_view model_version) {
  std::lock_guard<std::mutex> lock(mutex_);
  KHULASA_ASSIGN_OR_RETURN(
      Statement get,
      db_->Prepare("SELECT body FROM summaries WHERE article_id = ?1 AND "
                   "options_key = ?2 AND model_version = ?3"));
  KHULASA_ASSIGN_OR_RETURN(
      bool found,
      get.Bind(1, id).Bind(2, options_key).Bind(3, model_version).Step());
  if (!found) return std::nullopt;
  return get.ColumnText(0);
}

absl::Status Store::PutAudio(std::string_view id, std::string_view format,
                             const AudioRecord& audio) {
  std::lock_guard<std::mutex> lock(mutex_);
  const int64_t now = Now();
  KHULASA_ASSIGN_OR_RETURN(
      Statement put,
      db_->Prepare("INSERT OR REPLACE INTO audio (article_id, format, bytes, "
                   "marks, size, created_ms, accessed_ms) VALUES (?1, ?2, ?3, "
                   "?4, ?5, ?6, ?6)"));
  KHULASA_RETURN_IF_ERROR(put.Bind(1, id)
                              .Bind(2, format)
                              .BindBlob(3, audio.bytes)
                              .Bind(4, audio.marks)
                              .Bind(5, static_cast<int64_t>(audio.bytes.size() +
                                                            audio.marks.size()))
                              .Bind(6, now)
                              .Run());
  return EvictAudioLocked();
}

absl::Status Store::EvictAudioLocked() {
  KHULASA_ASSIGN_OR_RETURN(
      Statement total,
      db_->Prepare("SELECT COALESCE(SUM(size), 0) FROM audio"));
  KHULASA_ASSIGN_OR_RETURN(bool has_row, total.Step());
  int64_t bytes = has_row ? total.ColumnInt(0) : 0;
  if (bytes <= options_.max_audio_bytes) return absl::OkStatus();
  // Walk from the least recently used, deleting until under the cap. The
  // newest item is kept even when it alone is over the cap: the caller just
  // asked for it.
  KHULASA_ASSIGN_OR_RETURN(
      Statement oldest,
      db_->Prepare("SELECT article_id, format, size FROM audio "
                   "ORDER BY accessed_ms ASC, article_id ASC, format ASC"));
  std::vector<std::pair<std::string, std::string>> victims;
  int64_t remaining = bytes;
  KHULASA_ASSIGN_OR_RETURN(Statement count,
                           db_->Prepare("SELECT COUNT(*) FROM audio"));
  KHULASA_ASSIGN_OR_RETURN(bool counted, count.Step());
  int64_t items = counted ? count.ColumnInt(0) : 0;
  while (remaining > options_.max_audio_bytes && items > 1) {
    KHULASA_ASSIGN_OR_RETURN(bool row, oldest.Step());
    if (!row) break;
    victims.emplace_back(oldest.ColumnText(0), oldest.ColumnText(1));
    remaining -= oldest.ColumnInt(2);
    --items;
  }
  KHULASA_ASSIGN_OR_RETURN(
      Statement remove,
      db_->Prepare("DELETE FROM audio WHERE article_id = ?1 AND format = ?2"));
  KHULASA_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  for (const auto& [article_id, format] : victims) {
    remove.Reset();
    absl::Status status = remove.Bind(1, article_id).Bind(2, format).Run();
    if (!status.ok()) {
      // Keep the store as it was: eviction is retried after the next insert.
      (void)db_->Exec("ROLLBACK");
      return status;
    }
  }
  return db_->Exec("COMMIT");
}

absl::StatusOr<std::optional<AudioRecord>> Store::GetAudio(
    std::string_view id, std::string_view format) {
  std::lock_guard<std::mutex> lock(mutex_);
  KHULASA_ASSIGN_OR_RETURN(Statement get,
                           db_->Prepare("SELECT bytes, marks FROM audio WHERE "
                                        "article_id = ?1 AND format = ?2"));
  KHULASA_ASSIGN_OR_RETURN(bool found, get.Bind(1, id).Bind(2, format).Step());
  if (!found) return std::nullopt;
  AudioRecord record{get.ColumnText(0), get.ColumnText(1)};
  if (!options_.read_only) {
    TouchLocked(
        "UPDATE audio SET accessed_ms = ?3 WHERE article_id = ?1 AND "
        "format = ?2",
        id, format);
  }
  return record;
}

absl::StatusOr<StoreStats> Store::Stats() {
  std::lock_guard<std::mutex> lock(mutex_);
  KHULASA_ASSIGN_OR_RETURN(
      Statement query,
      db_->Prepare("SELECT (SELECT COUNT(*) FROM articles), "
                   "(SELECT COUNT(*) FROM summaries), "
                   "(SELECT COUNT(*) FROM audio), "
                   "(SELECT COALESCE(SUM(size), 0) FROM audio)"));
  KHULASA_ASSIGN_OR_RETURN(bool row, query.Step());
  StoreStats stats;
  if (row) {
    stats.articles = query.ColumnInt(0);
    stats.summaries = query.ColumnInt(1);
    stats.audio_items = query.ColumnInt(2);
    stats.audio_bytes = query.ColumnInt(3);
  }
  return stats;
}

absl::Status Store::CheckIntegrity() {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string what = "store " + options_.path;
  absl::StatusOr<Statement> check = db_->Prepare("PRAGMA integrity_check(10)");
  std::string problems;
  while (check.ok()) {
    absl::StatusOr<bool> row = check->Step();
    if (!row.ok()) {
      // SQLite may stop at the first damaged page with SQLITE_CORRUPT.
      return absl::Status(row.status().code(),
                          what + " fails its integrity check: " +
                              std::string(row.status().message()));
    }
    if (!*row) break;
    std::string line = check->ColumnText(0);
    if (line == "ok") continue;
    if (!problems.empty()) problems += "; ";
    problems += line;
  }
  if (!check.ok()) {
    return absl::Status(check.status().code(),
                        what + " fails its integrity check: " +
                            std::string(check.status().message()));
  }
  if (problems.empty()) return absl::OkStatus();
  return absl::DataLossError(what + " fails its integrity check: " + problems);
}

}  // namespace khulasa::store
