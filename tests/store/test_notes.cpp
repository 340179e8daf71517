#include "store/notes.h"

#include "core/error.h"

#include <doctest/doctest.h>

#include <string>

using namespace wortkiste::store;

TEST_CASE("store::sha256_hex") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  SUBCASE("fed in pieces gives the same digest") {
    const std::string text(1000, 'x');
    ContentHash hash;
    for (std::size_t i = 0; i < text.size(); i += 37) {
      hash.update(std::string_view(text).substr(i, 37));
    }
    CHECK(hash.hex() == sha256_hex(text));
  }
}

TEST_CASE("store::note_guid") {
  SUBCASE("stable across calls and runs") {
    CHECK(note_guid("ankündigen", "VERB") == note_guid("ankündigen", "VERB"));
    // Pinned: a GUID that changed between versions would duplicate every exported note.
    CHECK(note_guid("Einsatz", "NOUN") == "wk" + sha256_hex("Einsatz\x1fNOUN").substr(0, 18));
    CHECK(note_guid("Einsatz", "NOUN").size() == 20);
  }
  SUBCASE("part of speech and lemma both matter") {
    CHECK(note_guid("Essen", "NOUN") != note_guid("essen", "VERB"));
    CHECK(note_guid("gut", "ADJ") != note_guid("gut", "ADV"));
  }
}

TEST_CASE("store::insert_note") {
  Database db = Database::open(":memory:");
  const Deck deck = ensure_deck(db, "Irak", 1000);
  CHECK(ensure_deck(db, "Irak", 2000).id == deck.id);
  const auto id = insert_note(db, deck.id, "Truppe", "NOUN", R"({"article":"die"})", 1000);
  SUBCASE("found again by lemma and part of speech, with its GUID") {
    CHECK(find_note(db, "Truppe", "NOUN") == id);
    CHECK_FALSE(find_note(db, "Truppe", "VERB"));
    CHECK(note_keys(db).contains("Truppe\tNOUN"));
    const auto row = get_note(db, id);
    REQUIRE(row);
    CHECK(row->guid == note_guid("Truppe", "NOUN"));
    CHECK(row->deck == "Irak");
  }
  SUBCASE("a second note for the same lemma and part of speech is refused") {
    CHECK_THROWS_AS(insert_note(db, deck.id, "Truppe", "NOUN", "{}", 2000),
                    wortkiste::DatabaseError);
  }
  SUBCASE("examples: one primary, alternatives after, duplicates ignored") {
    const ExampleRow first{"Die Truppen kämpfen.", 4, 11, 100};
    const ExampleRow second{"Truppen aus mehreren Ländern.", 0, 7, 300};
    CHECK(insert_example(db, id, std::nullopt, first, true));
    CHECK_FALSE(insert_example(db, id, std::nullopt, first, true));
    CHECK(insert_example(db, id, std::nullopt, second, true)); // stored, but not primary
    const auto row = get_note(db, id);
    REQUIRE(row);
    REQUIRE(row->example);
    CHECK(row->example->sentence == first.sentence);
    CHECK(row->example->target_begin == 4);
    CHECK(row->alternatives == 1);
  }
  SUBCASE("cards: one per type, new, due now, positions increasing") {
    const std::vector<std::string> types = {"recognition", "cloze"};
    CHECK(create_cards(db, id, types, 5000) == 2);
    CHECK(create_cards(db, id, types, 6000) == 0);
    const auto other = insert_note(db, deck.id, "Einsatz", "NOUN", "{}", 1000);
    CHECK(create_cards(db, other, std::vector<std::string>{"recognition"}, 5000) == 1);
    Statement stmt = db.prepare("SELECT note_id, state, due_ms, new_position FROM cards ORDER BY id");
    std::int64_t last_position = 0;
    int rows = 0;
    while (stmt.step()) {
      ++rows;
      CHECK(stmt.column_int(1) == 0);
      CHECK(stmt.column_int(2) == 5000);
      CHECK(stmt.column_int(3) > last_position);
      last_position = stmt.column_int(3);
    }
    CHECK(rows == 3);
    const auto summaries = deck_summaries(db, 5000);
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].notes == 2);
    CHECK(summaries[0].new_cards == 3);
    CHECK(summaries[0].due == 0);
  }
}

TEST_CASE("store::set_user_field") {
  Database db = Database::open(":memory:");
  const Deck deck = ensure_deck(db, std::string(k_default_deck), 1000);
  const auto id = insert_note(db, deck.id, "abmildern", "VERB", R"({"glosses":["to mitigate"]})",
                              1000);
  set_user_field(db, id, "gloss", "to soften", 2000);
  set_user_field(db, id, "example", "Sie milderten es ab.", 3000);
  const auto row = get_note(db, id);
  REQUIRE(row);
  CHECK(row->user_fields.find("\"gloss\":\"to soften\"") != std::string::npos);
  CHECK(row->user_fields.find("\"example\"") != std::string::npos);
  CHECK(row->fields.find("to mitigate") != std::string::npos); // add's fields untouched
  CHECK(row->modified_ms == 3000);
  CHECK_THROWS_AS(set_user_field(db, id + 99, "gloss", "x", 1), wortkiste::UsageError);
}

TEST_CASE("store::deck_card_types") {
  Database db = Database::open(":memory:");
  const Deck deck = ensure_deck(db, "Irak", 1000);
  CHECK(deck_card_types(deck) == std::vector<std::string>{"recognition"});
  const std::vector<std::string> types = {"recognition", "production", "cloze"};
  set_deck_card_types(db, deck.id, types);
  CHECK(deck_card_types(*find_deck(db, "Irak")) == types);
}

TEST_CASE("store::list_notes") {
  Database db = Database::open(":memory:");
  const Deck a = ensure_deck(db, "A", 1);
  const Deck b = ensure_deck(db, "B", 1);
  const auto n1 = insert_note(db, a.id, "Truppe", "NOUN", "{}", 1);
  const auto n2 = insert_note(db, b.id, "Einsatz", "NOUN", "{}", 1);
  create_cards(db, n1, std::vector<std::string>{"recognition"}, 100);
  create_cards(db, n2, std::vector<std::string>{"recognition"}, 900);
  CHECK(list_notes(db, {}).size() == 2);
  CHECK(list_notes(db, {std::string("B"), false, 0}).at(0).lemma == "Einsatz");
  CHECK(list_notes(db, {std::nullopt, true, 500}).size() == 1);
  CHECK_THROWS_AS(list_notes(db, {std::string("Nope"), false, 0}), wortkiste::UsageError);
}
