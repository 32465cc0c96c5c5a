// A small RAII layer over the SQLite C API: an owned connection and prepared
// statements whose errors come back as absl::Status.
#ifndef KHULASA_SRC_STORE_SQLITE_DB_H_
#define KHULASA_SRC_STORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

struct sqlite3;
struct sqlite3_stmt;

namespace khulasa::store {

class Statement;

// One SQLite connection. Not thread-safe: the owner serializes its use.
class SqliteDb {
 public:
  // Opens (creating when `create` is set) the database at `path`.
  // kNotFound when it does not exist and `create` is false; kUnavailable on
  // other open errors (read-only folder, not a database).
  static absl::StatusOr<std::unique_ptr<SqliteDb>> Open(const std::string& path,
                                                        bool create);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;  // owns the connection
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements that return no rows.
  absl::Status Exec(const std::string& sql);
  absl::StatusOr<Statement> Prepare(const std::string& sql);
  // The status for the connection's last error, prefixed by `what`. The
  // message names the OS error too when there is one ("disk I/O error
  // (errno 27: File too large)").
  absl::Status Error(std::string_view what) const;
  // True when the connection cannot write (file or folder not writable).
  bool read_only() const;

 private:
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

// A prepared statement. Bind indices start at 1, column indices at 0.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;  // owns the sqlite3_stmt
  ~Statement();

  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& Bind(int index, int64_t value);
  // Steps once: true when a row is ready, false when done.
  absl::StatusOr<bool> Step();
  // Steps until done (for statements without rows).
  absl::Status Run();
  // Makes the statement ready to bind and run again.
  void Reset();
  std::string ColumnText(int column) const;
  int64_t ColumnInt(int column) const;

 private:
  friend class SqliteDb;
  Statement(const SqliteDb* db, sqlite3* raw_db, sqlite3_stmt* stmt)
      : db_(db), raw_db_(raw_db), stmt_(stmt) {}
  const SqliteDb* db_;
  sqlite3* raw_db_;
  sqlite3_stmt* stmt_;
  int bind_error_ = 0;
};

}  // namespace khulasa::store

#endif  // KHULASA_SRC_STORE_SQLITE_DB_H_
