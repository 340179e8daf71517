// Lemmas for words the lexicon lacks. Needs the built lexicon.
#include "extract/unknown_words.h"

#include "lexicon_fixture.h"

#include <doctest/doctest.h>

using namespace wortkiste::extract;
using wortkiste::extract::testing::test_lexicon;
using wortkiste::lexicon::Pos;

TEST_CASE("extract::strip_adjective_ending") {
  CHECK(strip_adjective_ending("irakischer") == "irakisch");
  CHECK(strip_adjective_ending("irakische") == "irakisch");
  CHECK_FALSE(strip_adjective_ending("irakisch").has_value());
}

TEST_CASE("extract::guess_adjective") {
  FormCache cache(test_lexicon());
  SUBCASE("productive suffix -isch: dschihadistischer -> dschihadistisch") {
    auto g = guess_adjective("dschihadistischer", cache);
    REQUIRE(g.has_value());
    CHECK(g->lemma == "dschihadistisch");
  }
  SUBCASE("compound adjectives by their head: gewaltfreies, leibeigenen, umweltorientierte") {
    auto g = guess_adjective("gewaltfreies", cache); // Gewalt + frei
    REQUIRE(g.has_value());
    CHECK(g->lemma == "gewaltfrei");
    auto h = guess_adjective("leibeigenen", cache); // Leib + eigen
    REQUIRE(h.has_value());
    CHECK(h->lemma == "leibeigen");
    auto p = guess_adjective("umweltorientierte", cache); // Umwelt + participle orientiert
    REQUIRE(p.has_value());
    CHECK(p->lemma == "umweltorientiert");
    // No known noun before the head: no compound.
    CHECK_FALSE(guess_adjective("xyzqfreies", cache).has_value());
  }
  SUBCASE("no suffix, no known stem: no guess") {
    CHECK_FALSE(guess_adjective("xyzqwer", cache).has_value());
  }
}

TEST_CASE("extract::guess_zu_infinitive") {
  FormCache cache(test_lexicon());
  auto g = guess_zu_infinitive("abzumildern", cache);
  REQUIRE(g.has_value());
  CHECK(g->lemma == "abmildern");
  CHECK_FALSE(guess_zu_infinitive("zuzüglich", cache).has_value());
}

TEST_CASE("extract::guess_hyphenated") {
  FormCache cache(test_lexicon());
  auto g = guess_hyphenated("pro-iranischer", cache);
  REQUIRE(g.has_value());
  CHECK(g->lemma == "pro-iranisch");
}

TEST_CASE("extract::guess_participle_shape") {
  // "habe den Feuerlöscher leergemacht": separable particle + ge + stem + t
  auto a = guess_participle_shape("leergemacht");
  REQUIRE(a.has_value());
  CHECK(a->lemma == "leermachen");
  CHECK(guess_participle_shape("eingedeckt")->lemma == "eindecken");
  // inseparable prefix, no ge-: "in angenehmen Farben erstrahlt"
  CHECK(guess_participle_shape("erstrahlt")->lemma == "erstrahlen");
  // -et after a t/d stem: "gearbeitet" -> arbeiten
  CHECK(guess_participle_shape("gearbeitet")->lemma == "arbeiten");
  CHECK_FALSE(guess_participle_shape("schnell").has_value());
}

TEST_CASE("extract::guess_ieren_verb") {
  // "welche die größere Masse despotisiert" -> despotisieren
  auto a = guess_ieren_verb("despotisiert", false);
  REQUIRE(a.has_value());
  CHECK(a->lemma == "despotisieren");
  CHECK(a->pos == Pos::Verb);
  CHECK(guess_ieren_verb("annihilierte", false)->lemma == "annihilieren");
  CHECK(guess_ieren_verb("annihilierten", false)->pos == Pos::Verb);
  // "die anonymisierten Daten" -> ADJ anonymisiert; "-iertes" is never a verb form
  auto b = guess_ieren_verb("anonymisierten", true);
  REQUIRE(b.has_value());
  CHECK(b->lemma == "anonymisiert");
  CHECK(b->pos == Pos::Adjective);
  CHECK(guess_ieren_verb("anonymisiertes", false)->pos == Pos::Adjective);
  // too short to carry the suffix, or no "-ier-" at all
  CHECK_FALSE(guess_ieren_verb("viert", false).has_value());
  CHECK_FALSE(guess_ieren_verb("schnell", false).has_value());
}

TEST_CASE("extract::guess_particle_verb") {
  FormCache cache(test_lexicon());
  SUBCASE("particle + known verb form: entgegenschlage -> entgegenschlagen") {
    auto g = guess_particle_verb("entgegenschlage", cache);
    REQUIRE(g.has_value());
    CHECK(g->lemma == "entgegenschlagen");
    CHECK(g->pos == wortkiste::lexicon::Pos::Verb);
  }
  SUBCASE("a noun after the particle is no verb: mitarbeiter") {
    CHECK_FALSE(guess_particle_verb("mitarbeiter", cache).has_value());
  }
}
