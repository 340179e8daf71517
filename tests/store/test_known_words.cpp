#include "store/known_words.h"

#include <doctest/doctest.h>

using namespace wortkiste::store;

TEST_CASE("store::add_known_word") {
  Database db = Database::open(":memory:");
  CHECK(add_known_word(db, "Einsatz", "user", 1000));
  CHECK_FALSE(add_known_word(db, "Einsatz", "import", 2000)); // already known: origin kept
  CHECK(add_known_word(db, "ankündigen", "import", 3000));
  const auto words = known_words(db);
  REQUIRE(words.size() == 2);
  CHECK(words[0].lemma == "Einsatz");
  CHECK(words[0].origin == "user");
  CHECK(words[1].lemma == "ankündigen");
  CHECK(known_lemmas(db).contains("ankündigen"));
}

TEST_CASE("store::remove_known_word") {
  Database db = Database::open(":memory:");
  add_known_word(db, "Truppe", "user", 1);
  CHECK(remove_known_word(db, "Truppe"));
  CHECK_FALSE(remove_known_word(db, "Truppe"));
  CHECK(known_words(db).empty());
}
