#pragma once
// The collection: one SQLite file opened in WAL mode with foreign keys on, a busy timeout and the
// schema migrated forward to `k_schema_version` in one transaction. sqlite3.h stays in store/*.cpp:
// callers see `Database`, `Statement` and `Transaction` only.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace wortkiste::store {

inline constexpr int k_schema_version = 2;

class Statement;

class Database {
public:
  // Opens (creating parent folders and the file when `create` is true) and migrates `path`.
  // ":memory:" gives a private in-memory collection for tests. Throws DatabaseError naming the
  // file when it cannot be opened, is not a wortkiste collection, is locked, or is corrupt.
  static Database open(const std::filesystem::path& path, bool create = true);
  // Creates a new SQLite file at `path` (replacing none: it must not exist) with no wortkiste
  // schema, for files of other programs such as Anki's collection.anki2. Throws DatabaseError.
  static Database create_plain(const std::filesystem::path& path);
  // Opens an existing SQLite file of another program as it is, without migrating it.
  static Database open_plain(const std::filesystem::path& path);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // Runs one or more statements without results. Throws DatabaseError.
  void exec(std::string_view sql);
  // Returns a prepared statement. Throws DatabaseError on a syntax error.
  Statement prepare(std::string_view sql);

  // Returns the schema version stored in the file (0 for a fresh file).
  int schema_version();
  // Returns "ok" or the problems PRAGMA integrity_check reports, one per line.
  std::string integrity_check();
  // Returns the value of a collection setting, or nullopt.
  std::optional<std::string> setting(std::string_view key);
  void set_setting(std::string_view key, std::string_view value);

  std::int64_t last_insert_rowid();
  int changes();
  const std::filesystem::path& path() const { return m_path; }
  sqlite3* handle() { return m_db; }

private:
  Database(sqlite3* db, std::filesystem::path path);
  static Database open_raw(const std::filesystem::path& path, int flags);
  void migrate();
  sqlite3* m_db = nullptr;
  std::filesystem::path m_path;
};

// A prepared statement. Bind with 1-based indexes; `step` returns true while rows remain.
class Statement {
public:
  Statement(Database& db, sqlite3_stmt* stmt);
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index);
  template <typename T> Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Advances to the next row; returns false when done. Throws DatabaseError on failure.
  bool step();
  // Runs a statement that returns no rows.
  void run() { step(); }
  void reset();

  bool is_null(int column);
  std::int64_t column_int(int column);
  double column_double(int column);
  std::string column_text(int column);
  std::optional<std::int64_t> column_optional_int(int column);
  std::optional<double> column_optional_double(int column);
  std::optional<std::string> column_optional_text(int column);

private:
  Database* m_db;
  sqlite3_stmt* m_stmt;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless
// `commit` was called, so an exception or a kill never leaves half-written data.
class Transaction {
public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

private:
  Database& m_db;
  bool m_done = false;
};

} // namespace wortkiste::store
