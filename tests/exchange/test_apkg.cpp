#include "exchange/apkg.h"
#include "store/database.h"
#include "store/notes.h"

#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace wortkiste;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t k_now = 1'767'225'600'000; // 2026-01-01T00:00:00Z

// Extracts `name` from the zip at `archive` into `target`; returns false when it is missing.
bool extract(const fs::path& archive, const char* name, const fs::path& target) {
  int error = 0;
  zip_t* zip = zip_open(archive.c_str(), ZIP_RDONLY, &error);
  if (zip == nullptr) {
    return false;
  }
  zip_file_t* file = zip_fopen(zip, name, 0);
  if (file == nullptr) {
    zip_close(zip);
    return false;
  }
  std::ofstream out(target, std::ios::binary);
  char buffer[8192];
  zip_int64_t n = 0;
  while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) {
    out.write(buffer, n);
  }
  zip_fclose(file);
  zip_close(zip);
  return true;
}

} // namespace

TEST_CASE("exchange::anki_checksum") {
  // Anki's duplicate check: the first 8 hex digits of SHA-1 of the first field.
  CHECK(exchange::anki_checksum("der Einsatz") == 3444224836u);
  CHECK(exchange::anki_checksum("abc") == 2845392438u);
  CHECK(exchange::anki_checksum("") == 3661210606u);
}

TEST_CASE("exchange::export_apkg") {
  const fs::path dir = fs::temp_directory_path() / ("wk-apkg-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto db = store::Database::open(":memory:");
  const auto deck = store::ensure_deck(db, "News", k_now);
  const auto note = store::insert_note(
      db, deck.id, "Einsatz", "NOUN",
      R"({"article":"der","plural":"Einsätze","glosses":["operation"]})", k_now);
  store::ExampleRow row;
  row.sentence = "Der Einsatz <endet>.";
  row.target_begin = 4;
  row.target_end = 11;
  store::insert_example(db, note, std::nullopt, row, true);
  const std::string types[] = {"recognition", "cloze"};
  store::create_cards(db, note, types, k_now);

  const fs::path apkg = dir / "news.apkg";
  const auto summary = exchange::export_apkg(db, std::nullopt, apkg, k_now);
  CHECK(summary.notes == 1);
  CHECK(summary.cards == 2);
  CHECK_FALSE(fs::exists(dir / "news.apkg.partial"));

  const fs::path anki = dir / "collection.anki2";
  REQUIRE(extract(apkg, "collection.anki2", anki));
  REQUIRE(extract(apkg, "media", dir / "media"));
  auto col = store::Database::open_plain(anki);

  SUBCASE("the note keeps its GUID, its fields and Anki's checksum") {
    auto stmt = col.prepare("SELECT guid, flds, csum, sfld FROM notes");
    REQUIRE(stmt.step());
    CHECK(stmt.column_text(0) == store::note_guid("Einsatz", "NOUN"));
    const std::string fields = stmt.column_text(1);
    CHECK(fields.starts_with("der Einsatz\x1foperation\x1fPlural: die Einsätze\x1f"));
    // HTML is escaped and the target form is bold.
    CHECK(fields.find("Der <b>Einsatz</b> &lt;endet&gt;.") != std::string::npos);
    // The cloze field is filled because the note has a cloze card; Production stays empty.
    CHECK(fields.find("Der [...] &lt;endet&gt;.") != std::string::npos);
    CHECK(fields.ends_with("\x1f"));
    CHECK(stmt.column_int(2) == exchange::anki_checksum("der Einsatz"));
    CHECK_FALSE(stmt.step());
  }

  SUBCASE("cards use the templates of their type, in the exported deck") {
    auto stmt = col.prepare("SELECT ord, type, queue FROM cards ORDER BY ord");
    REQUIRE(stmt.step());
    CHECK(stmt.column_int(0) == 0);
    CHECK(stmt.column_int(1) == 0);
    REQUIRE(stmt.step());
    CHECK(stmt.column_int(0) == 2);
    auto decks = col.prepare("SELECT decks FROM col");
    REQUIRE(decks.step());
    CHECK(decks.column_text(0).find("\"name\":\"News\"") != std::string::npos);
  }
  fs::remove_all(dir);
}
