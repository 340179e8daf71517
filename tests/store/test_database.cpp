#include "core/error.h"
#include "store/database.h"
#include "store/schema.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace wortkiste;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("wortkiste-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};
} // namespace

TEST_CASE("store::Database::open") {
  SUBCASE("an empty collection is migrated to the newest schema") {
    auto db = store::Database::open(":memory:");
    CHECK(db.schema_version() == store::k_schema_version);
    CHECK(db.integrity_check() == "ok");
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    REQUIRE(stmt.step());
    CHECK(stmt.column_int(0) >= 8);
  }

  SUBCASE("a file is created with its folders, in WAL mode, and reopens without migrating") {
    TempDir tmp;
    const fs::path file = tmp.path / "deep" / "collection.db";
    {
      auto db = store::Database::open(file);
      db.set_setting("probe", "1");
      auto mode = db.prepare("PRAGMA journal_mode");
      REQUIRE(mode.step());
      CHECK(mode.column_text(0) == "wal");
    }
    auto again = store::Database::open(file);
    CHECK(again.setting("probe") == std::optional<std::string>("1"));
    CHECK(again.schema_version() == store::k_schema_version);
  }

  SUBCASE("foreign keys are enforced") {
    auto db = store::Database::open(":memory:");
    CHECK_THROWS_AS(db.exec("INSERT INTO notes(guid, deck_id, lemma, pos, created_ms, modified_ms) "
                            "VALUES ('g', 999, 'Haus', 'NOUN', 0, 0)"),
                    DatabaseError);
  }

  SUBCASE("a file that is not SQLite is refused with its name") {
    TempDir tmp;
    const fs::path file = tmp.path / "notes.txt";
    std::ofstream(file) << "this is not a database, just some German text: Guten Tag!\n";
    try {
      (void)store::Database::open(file);
      FAIL("expected DatabaseError");
    } catch (const DatabaseError& e) {
      CHECK(std::string(e.what()).find("notes.txt") != std::string::npos);
    }
  }

  SUBCASE("an older collection is migrated forward and keeps its data") {
    TempDir tmp;
    const fs::path file = tmp.path / "v1.db";
    {
      // A collection as the first release left it: schema version 1 with one note.
      auto old = store::Database::create_plain(file);
      old.exec(store::migrations()[0]);
      old.exec("PRAGMA application_id = 1466659700"); // "Wkst"
      old.exec("PRAGMA user_version = 1");
      old.exec("INSERT INTO decks(name, created_ms) VALUES ('Default', 0)");
      old.exec("INSERT INTO notes(guid, deck_id, lemma, pos, created_ms, modified_ms) "
               "VALUES ('g1', 1, 'Einsatz', 'NOUN', 0, 0)");
    }
    auto db = store::Database::open(file);
    CHECK(db.schema_version() == store::k_schema_version);
    CHECK(static_cast<std::size_t>(db.schema_version()) == store::migrations().size());
    auto note = db.prepare("SELECT lemma FROM notes WHERE guid = 'g1'");
    REQUIRE(note.step());
    CHECK(note.column_text(0) == "Einsatz");
    // Version 2 added the index that finds new cards in order.
    auto index = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'cards_new'");
    REQUIRE(index.step());
    CHECK(index.column_int(0) == 1);
  }

  SUBCASE("an SQLite file of another program is refused, not migrated") {
    TempDir tmp;
    const fs::path file = tmp.path / "other.sqlite";
    {
      auto other = store::Database::create_plain(file);
      other.exec("CREATE TABLE recipes (name TEXT)");
    }
    CHECK_THROWS_AS((void)store::Database::open(file), DatabaseError);
    auto plain = store::Database::open_plain(file);
    auto stmt = plain.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'notes'");
    REQUIRE(stmt.step());
    CHECK(stmt.column_int(0) == 0);
  }

  SUBCASE("a newer schema than this build understands is refused") {
    TempDir tmp;
    const fs::path file = tmp.path / "future.db";
    {
      auto db = store::Database::open(file);
      db.exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_AS((void)store::Database::open(file), DatabaseError);
  }

  SUBCASE("opening without create reports a missing collection") {
    TempDir tmp;
    CHECK_THROWS_AS((void)store::Database::open(tmp.path / "none.db", false), DatabaseError);
  }
}

TEST_CASE("store::Transaction") {
  auto db = store::Database::open(":memory:");
  SUBCASE("rolls back when not committed") {
    {
      store::Transaction tx(db);
      db.set_setting("k", "v");
    }
    CHECK_FALSE(db.setting("k").has_value());
  }
  SUBCASE("keeps what was committed") {
    {
      store::Transaction tx(db);
      db.set_setting("k", "v");
      tx.commit();
    }
    CHECK(db.setting("k") == std::optional<std::string>("v"));
  }
}
