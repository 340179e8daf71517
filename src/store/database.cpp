#include "store/database.h"

#include "core/error.h"
#include "store/schema.h"

#include <sqlite3.h>

#include <system_error>
#include <utility>

namespace wortkiste::store {

namespace fs = std::filesystem;

namespace {

constexpr int k_busy_timeout_ms = 5000;
// Written into the SQLite header so `doctor` and `open` can tell our files from others.
constexpr int k_application_id = 0x576b7374; // "Wkst"

[[noreturn]] void fail(sqlite3* db, const fs::path& path, std::string_view what) {
  std::string message = std::string(what) + " (" + path.string() + ")";
  if (db != nullptr) {
    const int code = sqlite3_errcode(db);
    message += ": ";
    message += sqlite3_errmsg(db);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      message += "; another wortkiste may be using the collection, try again when it is done";
    } else if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
      message += "; the file is not a wortkiste collection or is damaged, run `wortkiste doctor`";
    } else if (code == SQLITE_FULL) {
      message += "; the disk is full, nothing was changed";
    }
  }
  throw DatabaseError(message);
}

} // namespace

Database::Database(sqlite3* db, fs::path path) : m_db(db), m_path(std::move(path)) {}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (m_db != nullptr) {
      sqlite3_close_v2(m_db);
    }
    m_db = std::exchange(other.m_db, nullptr);
    m_path = std::move(other.m_path);
  }
  return *this;
}

Database::~Database() {
  if (m_db != nullptr) {
    sqlite3_close_v2(m_db);
  }
}

Database Database::open(const fs::path& path, bool create) {
  const bool in_memory = path == ":memory:";
  if (!in_memory) {
    if (!create && !fs::exists(path)) {
      throw DatabaseError("no collection at " + path.string() +
                          " (run `wortkiste add ARTICLE` to start one, or pass --db)");
    }
    if (create && path.has_parent_path()) {
      std::error_code ec;
      fs::create_directories(path.parent_path(), ec);
      if (ec) {
        throw DatabaseError("cannot create the folder " + path.parent_path().string() + ": " +
                            ec.message());
      }
    }
  }
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) |
                    SQLITE_OPEN_NOMUTEX;
  Database db = open_raw(path, flags);
  sqlite3* raw = db.m_db;
  sqlite3_busy_timeout(raw, k_busy_timeout_ms);
  sqlite3_extended_result_codes(raw, 0);
  // A file that is not SQLite fails here, on the first read of its header.
  db.exec("PRAGMA foreign_keys = ON");
  if (!in_memory) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
  }
  {
    Statement stmt = db.prepare("PRAGMA application_id");
    stmt.step();
    const auto app_id = stmt.column_int(0);
    const int version = db.schema_version();
    if (app_id != 0 && app_id != k_application_id) {
      throw DatabaseError(path.string() + " is an SQLite file of another program, not a wortkiste "
                                          "collection");
    }
    bool foreign = app_id == 0 && version != 0;
    if (app_id == 0 && version == 0) {
      // A fresh file has no tables; one that has tables belongs to another program and must not
      // be turned into a collection by migrating it.
      Statement tables = db.prepare("SELECT count(*) FROM sqlite_master");
      tables.step();
      foreign = tables.column_int(0) != 0;
    }
    if (foreign) {
      throw DatabaseError(path.string() + " is an SQLite file of another program, not a wortkiste "
                                          "collection");
    }
  }
  db.migrate();
  return db;
}

Database Database::create_plain(const fs::path& path) {
  if (fs::exists(path)) {
    throw DatabaseError("will not overwrite " + path.string());
  }
  return open_raw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

Database Database::open_plain(const fs::path& path) {
  return open_raw(path, SQLITE_OPEN_READWRITE);
}

Database Database::open_raw(const fs::path& path, int flags) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
    std::string message = "cannot open " + path.string();
    if (raw != nullptr) {
      message += ": ";
      message += sqlite3_errmsg(raw);
      sqlite3_close_v2(raw);
    }
    throw DatabaseError(message);
  }
  return Database(raw, path);
}

int Database::schema_version() {
  Statement stmt = prepare("PRAGMA user_version");
  stmt.step();
  return static_cast<int>(stmt.column_int(0));
}

void Database::migrate() {
  const auto all = migrations();
  const int current = schema_version();
  if (current > static_cast<int>(all.size())) {
    throw DatabaseError(m_path.string() + " has schema version " + std::to_string(current) +
                        ", newer than this wortkiste understands (" + std::to_string(all.size()) +
                        "); update wortkiste");
  }
  if (current == static_cast<int>(all.size())) {
    return;
  }
  Transaction tx(*this);
  for (std::size_t i = static_cast<std::size_t>(current); i < all.size(); ++i) {
    exec(all[i]);
  }
  exec("PRAGMA application_id = " + std::to_string(k_application_id));
  exec("PRAGMA user_version = " + std::to_string(all.size()));
  tx.commit();
}

void Database::exec(std::string_view sql) {
  std::string owned(sql);
  char* error = nullptr;
  if (sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    fail(m_db, m_path, "database error: " + message);
  }
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    fail(m_db, m_path, "cannot prepare statement `" + std::string(sql.substr(0, 60)) + "`");
  }
  return Statement(*this, stmt);
}

std::string Database::integrity_check() {
  Statement stmt = prepare("PRAGMA integrity_check");
  std::string out;
  while (stmt.step()) {
    if (!out.empty()) {
      out += '\n';
    }
    out += stmt.column_text(0);
  }
  return out;
}

std::optional<std::string> Database::setting(std::string_view key) {
  Statement stmt = prepare("SELECT value FROM settings WHERE key = ?");
  stmt.bind(1, key);
  if (stmt.step()) {
    return stmt.column_text(0);
  }
  return std::nullopt;
}

void Database::set_setting(std::string_view key, std::string_view value) {
  prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
          "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .bind(1, key)
      .bind(2, value)
      .run();
}

std::int64_t Database::last_insert_rowid() { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() { return sqlite3_changes(m_db); }

Statement::Statement(Database& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) {}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(m_stmt, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(m_stmt, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  const char* sql = sqlite3_sql(m_stmt);
  fail(m_db->handle(), m_db->path(),
       "database error in `" + std::string(sql != nullptr ? sql : "").substr(0, 60) + "`");
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

bool Statement::is_null(int column) { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t Statement::column_int(int column) { return sqlite3_column_int64(m_stmt, column); }

double Statement::column_double(int column) { return sqlite3_column_double(m_stmt, column); }

std::string Statement::column_text(int column) {
  const auto* text = sqlite3_column_text(m_stmt, column);
  const int size = sqlite3_column_bytes(m_stmt, column);
  if (text == nullptr) {
    return {};
  }
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::int64_t> Statement::column_optional_int(int column) {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_int(column);
}

std::optional<double> Statement::column_optional_double(int column) {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_double(column);
}

std::optional<std::string> Statement::column_optional_text(int column) {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_text(column);
}

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!m_done) {
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_done = true;
}

} // namespace wortkiste::store
