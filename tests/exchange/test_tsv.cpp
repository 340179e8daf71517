#include "core/error.h"
#include "exchange/tsv.h"
#include "store/database.h"
#include "store/notes.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

using namespace wortkiste;

namespace {

constexpr std::int64_t k_now = 1'767'225'600'000; // 2026-01-01T00:00:00Z

// A collection with two notes as `add` would leave them.
void fill(store::Database& db) {
  const auto deck = store::ensure_deck(db, "News", k_now);
  const auto einsatz = store::insert_note(
      db, deck.id, "Einsatz", "NOUN",
      R"({"headword":"der Einsatz, Einsätze","article":"der","gender":"m","plural":"Einsätze",)"
      R"("glosses":["operation","deployment"],"source":"irak.txt"})",
      k_now);
  store::ExampleRow row;
  row.sentence = "Der Einsatz der Koalition wird beendet.";
  row.target_begin = 4;
  row.target_end = 11;
  store::insert_example(db, einsatz, std::nullopt, row, true);
  const std::string types[] = {"recognition"};
  store::create_cards(db, einsatz, types, k_now);
  const auto ankuendigen = store::insert_note(
      db, deck.id, "ankündigen", "VERB",
      R"({"headword":"ankündigen – kündigte an – hat angekündigt",)"
      R"("principal_parts":"kündigte an – hat angekündigt","glosses":["to announce\twith a tab"]})",
      k_now);
  store::create_cards(db, ankuendigen, types, k_now);
}

std::string exported(store::Database& db) {
  std::ostringstream out;
  exchange::export_tsv(db, std::nullopt, out);
  return out.str();
}

} // namespace

TEST_CASE("exchange::export_tsv") {
  auto db = store::Database::open(":memory:");
  fill(db);
  const std::string text = exported(db);
  SUBCASE("writes Anki's header lines and one line per note") {
    CHECK(text.starts_with("#separator:tab\n#html:false\n#guid column:1\n"));
    CHECK(text.find("#columns:guid\tdeck\tlemma\tpos\t") != std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == 6 + 2);
  }
  SUBCASE("lays out the card as a learner reads it") {
    CHECK(text.find("\tNews\tEinsatz\tNOUN\tder Einsatz\toperation; deployment\t"
                    "Plural: die Einsätze\tDer Einsatz der Koalition wird beendet.\tEinsatz\t") !=
          std::string::npos);
  }
  SUBCASE("a tab inside a field cannot shift the columns") {
    CHECK(text.find("to announce with a tab") != std::string::npos);
  }
  SUBCASE("the GUID is the note's stable one") {
    CHECK(text.find(store::note_guid("Einsatz", "NOUN") + "\tNews") != std::string::npos);
  }
}

TEST_CASE("exchange::import_tsv") {
  auto source = store::Database::open(":memory:");
  fill(source);
  const std::string text = exported(source);

  SUBCASE("a round trip gives the same file back, and a second import adds nothing") {
    auto target = store::Database::open(":memory:");
    std::istringstream in(text);
    const auto first = exchange::import_tsv(target, in, "deck.tsv", std::nullopt, k_now);
    CHECK(first.added == 2);
    CHECK(first.cards == 2);
    CHECK(exported(target) == text);
    std::istringstream again(text);
    const auto second = exchange::import_tsv(target, again, "deck.tsv", std::nullopt, k_now);
    CHECK(second.added == 0);
    CHECK(second.present == 2);
  }

  SUBCASE("--deck puts every note into the deck named") {
    auto target = store::Database::open(":memory:");
    std::istringstream in(text);
    const auto result = exchange::import_tsv(target, in, "deck.tsv", std::string("Lesen"), k_now);
    CHECK(result.decks_created == std::vector<std::string>{"Lesen"});
    CHECK(store::find_deck(target, "News") == std::nullopt);
  }

  SUBCASE("a malformed line names file and line, and nothing is imported") {
    auto target = store::Database::open(":memory:");
    std::istringstream in(text + "just one field\n");
    try {
      exchange::import_tsv(target, in, "deck.tsv", std::nullopt, k_now);
      FAIL("expected FileError");
    } catch (const FileError& e) {
      CHECK(std::string(e.what()).starts_with("deck.tsv:9: "));
    }
    CHECK(store::find_note(target, "Einsatz", "NOUN") == std::nullopt);
  }

  SUBCASE("a file with its own #columns order is read by name") {
    auto target = store::Database::open(":memory:");
    std::istringstream in("#columns:pos\tlemma\tmeaning\nADJ\tautonom\tautonomous; self-governing\n");
    const auto result = exchange::import_tsv(target, in, "mine.tsv", std::nullopt, k_now);
    CHECK(result.added == 1);
    const auto id = store::find_note(target, "autonom", "ADJ");
    REQUIRE(id.has_value());
    const auto note = store::get_note(target, *id);
    REQUIRE(note.has_value());
    CHECK(note->fields.find("self-governing") != std::string::npos);
    CHECK(note->deck == store::k_default_deck);
  }
}
