#include "src/store/sqlite_db.h"

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <utility>

namespace khulasa::store {
namespace {

// Maps SQLite result codes to the status codes of STYLE.md §5.
absl::Status StatusFromCode(int code, const std::string& message) {
  switch (code & 0xff) {
    case SQLITE_FULL:
      // A full disk is the machine's state, not a limit the caller passed:
      // kUnavailable (HTTP 503, retry later), not kResourceExhausted (413).
      return absl::UnavailableError(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::UnavailableError(message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return absl::DataLossError(message);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      return absl::UnavailableError(message);
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
      return absl::InvalidArgumentError(message);
    default:
      return absl::InternalError(message);
  }
}

// " (errno N: text)" for the OS error behind a failed file operation, or
// "". Only for codes that come from the file system: SQLite keeps the last
// errno around, which would mislead on other errors.
std::string SystemError(sqlite3* db, int code) {
  switch (code & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      break;
    default:
      return "";
  }
  const int error = sqlite3_system_errno(db);
  if (error == 0) {
    // SQLite does not always keep the errno of a failed write (EFBIG past
    // a file-size limit, or a short write on a full disk).
    switch (code) {
      case SQLITE_IOERR_WRITE:
      case SQLITE_IOERR_FSYNC:
      case SQLITE_IOERR_TRUNCATE:
      case SQLITE_IOERR_SHMSIZE:
        return " (writing the store file failed: the disk may be full)";
      default:
        return "";
    }
  }
  return " (errno " + std::to_string(error) + ": " + std::strerror(error) + ")";
}

}  // namespace

absl::StatusOr<std::unique_ptr<SqliteDb>> SqliteDb::Open(
    const std::string& path, bool create) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (create) flags |= SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message =
        "cannot open store " + path + ": " +
        (db ? sqlite3_errmsg(db) + SystemError(db, rc) : sqlite3_errstr(rc));
    sqlite3_close(db);
    if (!create && (rc & 0xff) == SQLITE_CANTOPEN) {
      return absl::NotFoundError(message);
    }
    return StatusFromCode(rc, message);
  }
  sqlite3_extended_result_codes(db, 1);
  // Concurrent writers from other processes wait instead of failing at once.
  sqlite3_busy_timeout(db, 5000);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db));
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

absl::Status SqliteDb::Exec(const std::string& sql) {
  char* error = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return absl::OkStatus();
  std::string message =
      std::string("store: ") + (error ? error : "error") + SystemError(db_, rc);
  sqlite3_free(error);
  return StatusFromCode(rc, message);
}

bool SqliteDb::read_only() const {
  return sqlite3_db_readonly(db_, "main") == 1;
}

absl::StatusOr<Statement> SqliteDb::Prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()),
                              &stmt, nullptr);
  if (rc != SQLITE_OK) return Error("cannot prepare statement");
  return Statement(this, db_, stmt);
}

absl::Status SqliteDb::Error(std::string_view what) const {
  return StatusFromCode(sqlite3_extended_errcode(db_),
                        "store: " + std::string(what) + ": " +
                            sqlite3_errmsg(db_) +
                            SystemError(db_, sqlite3_extended_errcode(db_)));
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_),
      raw_db_(other.raw_db_),
      stmt_(std::exchange(other.stmt_, nullptr)),
      bind_error_(other.bind_error_) {}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int index, std::string_view text) {
  int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  int rc = sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(),
                               SQLITE_TRANSIENT);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

absl::StatusOr<bool> Statement::Step() {
  if (bind_error_ != 0) {
    return StatusFromCode(bind_error_, std::string("store: cannot bind: ") +
                                           sqlite3_errstr(bind_error_));
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error("statement failed");
}

absl::Status Statement::Run() {
  for (;;) {
    absl::StatusOr<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return absl::OkStatus();
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = 0;
}

std::string Statement::ColumnText(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  int size = sqlite3_column_bytes(stmt_, column);
  if (data == nullptr || size <= 0) return std::string();
  return std::string(static_cast<const char*>(data), static_cast<size_t>(size));
}

int64_t Statement::ColumnInt(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

}  // namespace khulasa::store
