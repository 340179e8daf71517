#include "extract/card_content.h"

#include <doctest/doctest.h>

using namespace wortkiste::extract;
using wortkiste::lexicon::Gender;

TEST_CASE("extract::plural_notation") {
  CHECK(plural_notation("Truppe", "Truppen") == "-n");
  CHECK(plural_notation("Tag", "Tage") == "-e");
  CHECK(plural_notation("Lehrer", "Lehrer") == "-");
  CHECK(plural_notation("Einsatz", "Einsätze") == "Einsätze");
}

TEST_CASE("extract::noun_content") {
  SUBCASE("article and plural suffix") {
    const CardContent c = noun_content("Truppe", Gender::Feminine, "Truppen");
    CHECK(c.headword == "die Truppe, -n");
    CHECK(c.article == "die");
    CHECK(c.plural == "Truppen");
  }
  SUBCASE("umlaut plural written out") {
    CHECK(noun_content("Einsatz", Gender::Masculine, "Einsätze").headword ==
          "der Einsatz, Einsätze");
  }
  SUBCASE("no plural, no gender") {
    const CardContent c = noun_content("Sicherheit", Gender::Feminine, "");
    CHECK(c.headword == "die Sicherheit");
    CHECK_FALSE(c.plural);
    CHECK(noun_content("Xyz", Gender::None, "").headword == "Xyz");
  }
}

TEST_CASE("extract::verb_content") {
  SUBCASE("separable verb with principal parts") {
    const CardContent c = verb_content("ankündigen", "kündigte an", "angekündigt", "hat", false);
    CHECK(c.headword == "ankündigen – kündigte an – hat angekündigt");
    CHECK(c.principal_parts == "kündigte an – hat angekündigt");
  }
  SUBCASE("reflexive verb gets sich in every part") {
    const CardContent c = verb_content("richten", "richtete", "gerichtet", "hat", true);
    CHECK(c.headword == "sich richten – richtete sich – hat sich gerichtet");
    const CardContent sep = verb_content("ankündigen", "kündigte an", "angekündigt", "hat", true);
    CHECK(sep.principal_parts == "kündigte sich an – hat sich angekündigt");
  }
  SUBCASE("auxiliary sein and unknown auxiliary") {
    CHECK(verb_content("vorgehen", "ging vor", "vorgegangen", "ist", false).headword ==
          "vorgehen – ging vor – ist vorgegangen");
    CHECK(verb_content("abmildern", "milderte ab", "abgemildert", "", false).headword ==
          "abmildern – milderte ab – abgemildert");
  }
  SUBCASE("without parts just the infinitive") {
    const CardContent c = verb_content("abmildern", "", "", "", false);
    CHECK(c.headword == "abmildern");
    CHECK_FALSE(c.principal_parts);
  }
}

TEST_CASE("extract::plain_content") {
  CHECK(plain_content("groß").headword == "groß");
  CHECK_FALSE(plain_content("groß").article);
}
