#include "lexicon/ding.h"

#include <doctest/doctest.h>

using namespace wortkiste::lexicon;

TEST_CASE("lexicon::ding::parse_line") {
  SUBCASE("senses align between the sides; the first is the headword") {
    auto e = ding::parse_line("etw. ankündigen {vt} | ankündigend | angekündigt | kündigt an | "
                              "kündigte an :: to advertise sth. | advertising | advertised | "
                              "advertises | advertised");
    REQUIRE(e);
    REQUIRE(e->senses.size() == 5);
    REQUIRE(e->senses[0].german.size() == 1);
    CHECK(e->senses[0].german[0].text == "ankündigen");
    CHECK(e->senses[0].german[0].has_object);
    CHECK(e->senses[0].german[0].has_tag("vt"));
    CHECK(e->senses[3].german[0].text == "kündigt an");
    CHECK(e->senses[4].german[0].text == "kündigte an");
    // The object is understood, as in the German headword.
    CHECK(e->senses[0].english[0].text == "to advertise");
    CHECK(e->senses[2].english[0].text == "advertised");
  }

  SUBCASE("plural forms are tagged {pl} at the same place as their singular") {
    auto e = ding::parse_line("Drohne {f} [mil.]; Flugdrohne {f} | Drohnen {pl}; Flugdrohnen {pl} "
                              ":: drone | drones");
    REQUIRE(e);
    REQUIRE(e->senses.size() == 2);
    REQUIRE(e->senses[1].german.size() == 2);
    CHECK(e->senses[0].german[0].has_tag("f"));
    CHECK(e->senses[1].german[1].text == "Flugdrohnen");
    CHECK(e->senses[1].german[1].has_tag("pl"));
  }

  SUBCASE("labels are kept apart from the text, comments are dropped") {
    auto e = ding::parse_line("abhauen [ugs.] {vi} (weggehen) :: to clear off [Br.] [coll.] "
                              "(leave)");
    REQUIRE(e);
    const auto& de = e->senses[0].german[0];
    CHECK(de.text == "abhauen");
    CHECK(de.labels == std::vector<std::string>{"[ugs.]"});
    CHECK(de.has_comment);
    const auto& en = e->senses[0].english[0];
    CHECK(en.text == "to clear off");
    CHECK(en.labels == std::vector<std::string>{"[Br.]", "[coll.]"});
  }

  SUBCASE("object markers and sich are stripped from headwords") {
    auto e = ding::parse_line("jdm. etw. versichern; sich versichern {vt} :: to assure sb. of "
                              "sth.; to make sure");
    REQUIRE(e);
    REQUIRE(e->senses[0].german.size() == 2);
    CHECK(e->senses[0].german[0].text == "versichern");
    CHECK_FALSE(e->senses[0].german[0].reflexive);
    CHECK(e->senses[0].german[1].text == "versichern");
    CHECK(e->senses[0].german[1].reflexive);
    // A preposition keeps its object: "of sth." stays.
    CHECK(e->senses[0].english[0].text == "to assure sb. of sth.");
  }

  SUBCASE("untagged synonyms take the tags and group labels of the next tagged one") {
    auto e = ding::parse_line("groß; breit; etabliert {adj} [soc.] :: mainstream");
    REQUIRE(e);
    REQUIRE(e->senses[0].german.size() == 3);
    CHECK(e->senses[0].german[0].has_tag("adj"));
    CHECK(e->senses[0].german[0].labels == std::vector<std::string>{"[soc.]"});
    auto f = ding::parse_line("etw. ankündigen; vermelden [geh.] {vt} :: to announce");
    REQUIRE(f);
    CHECK(f->senses[0].german[0].has_tag("vt"));
    CHECK(f->senses[0].german[0].labels.empty()); // [geh.] belongs to vermelden only
    CHECK(f->senses[0].german[1].labels == std::vector<std::string>{"[geh.]"});
  }

  SUBCASE("semicolons inside brackets do not split alternatives") {
    auto e = ding::parse_line("Bank {f} (Sitz; Möbel) :: bench; seat");
    REQUIRE(e);
    CHECK(e->senses[0].german.size() == 1);
    CHECK(e->senses[0].english.size() == 2);
  }

  SUBCASE("English notes in angle brackets and slashes are dropped") {
    auto e = ding::parse_line("Einsatz {m} :: to sortie <sortieing> <sortied>; to be announced /TBA/");
    REQUIRE(e);
    CHECK(e->senses[0].english[0].text == "to sortie");
    CHECK(e->senses[0].english[1].text == "to be announced");
  }

  SUBCASE("abbreviations in slashes are no part of the term, even with a semicolon inside") {
    auto e = ding::parse_line("Minute {f} /Min.; min./ | Minuten {pl} :: minute /min./ | minutes");
    REQUIRE(e);
    REQUIRE(e->senses[0].german.size() == 1);
    CHECK(e->senses[0].german[0].text == "Minute");
    CHECK(e->senses[0].english[0].text == "minute");
    auto f = ding::parse_line("jdn./etw. führen; anführen {vt} :: to lead sb./sth. {led; led}");
    REQUIRE(f);
    CHECK(f->senses[0].german[0].text == "führen"); // "jdn./etw." is an object marker
    CHECK(f->senses[0].english[0].text == "to lead");
  }

  SUBCASE("sich is stripped from verbs only; an article from nouns") {
    auto e = ding::parse_line("an sich {adv} :: intrinsically");
    REQUIRE(e);
    CHECK(e->senses[0].german[0].text == "an sich");
    CHECK_FALSE(e->senses[0].german[0].reflexive);
    auto f = ding::parse_line("das Militär {n} [mil.] :: the military");
    REQUIRE(f);
    CHECK(f->senses[0].german[0].text == "Militär");
    auto g = ding::parse_line("sich (bedrohlich) abzeichnen; sich ankündigen {vi} :: to loom");
    REQUIRE(g);
    CHECK(g->senses[0].german[0].text == "abzeichnen");
    CHECK(g->senses[0].german[0].reflexive);
  }

  SUBCASE("comments, blank and malformed lines give nothing") {
    CHECK_FALSE(ding::parse_line("# Version :: 1.9"));
    CHECK_FALSE(ding::parse_line(""));
    CHECK_FALSE(ding::parse_line("no separator here"));
  }
}

TEST_CASE("lexicon::ding::split_top_level") {
  const auto parts = ding::split_top_level("a (b | c) | d [e | f] | g", " | ");
  REQUIRE(parts.size() == 3);
  CHECK(parts[0] == "a (b | c)");
  CHECK(parts[1] == "d [e | f]");
  CHECK(parts[2] == "g");
}
