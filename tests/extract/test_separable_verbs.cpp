// Separable verbs joined across the clause, with the sentences of the sample article
// (decks/articles/irak-koalition.txt) and beyond. Needs the built lexicon.
#include "extract/separable_verbs.h"

#include "extract/analysis.h"
#include "lexicon_fixture.h"
#include "text/segment.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

using namespace wortkiste::extract;
using wortkiste::extract::testing::analyse;

TEST_CASE("extract::join_separable_verbs") {
  SUBCASE("across names, a date and commas: kündigten ... an -> ankündigen") {
    auto s = analyse("„ spätestens bis Ende September 2025 “ kündigten Washington und Bagdad am "
                     "Freitag , 27. September , an .");
    const auto& verb = s.at("kündigten");
    CHECK(verb.lemma == "kündigen"); // UD keeps the verb without its particle in LEMMA
    CHECK(verb.joined_lemma == "ankündigen");
    REQUIRE(verb.particle_index.has_value());
    CHECK(*verb.particle_index == s.index("an"));
    CHECK(s.at("an").is_particle_of_verb);
    CHECK(learner_lemma(verb) == "ankündigen");
  }
  SUBCASE("a particle that opens the sentence: Hinzu kommen ... -> hinzukommen") {
    auto s = analyse("Hinzu kommen steigende Kosten für Energie .");
    CHECK(s.at("kommen").joined_lemma == "hinzukommen");
    CHECK(s.at("kommen").ud_leaves_unjoined); // UD German reads the fronted "Hinzu" as an adverb
    CHECK(s.at("Hinzu").is_particle_of_verb);
    // A preposition or pronominal adverb opening the sentence stays itself.
    CHECK(analyse("Dazu kommt ein Streit .").at("kommt").joined_lemma.empty());
    CHECK(analyse("Ab kommt der Zug .").at("kommt").joined_lemma.empty());
  }
  SUBCASE("spoken short particles stand for her-/hin-: kamen ... rein -> reinkommen") {
    CHECK(analyse("Wir kamen ohne Reservierung rein .").at("kamen").joined_lemma == "reinkommen");
    CHECK(analyse("Ich lade mir die App runter .").at("lade").joined_lemma == "runterladen");
    // Unseparated forms as well (no lexicon entry: from hereinkommen, herunterladen).
    CHECK(analyse("Wir sind reingekommen .").at("reingekommen").lemma == "reinkommen");
    CHECK(analyse("Es ist schwer , reinzukommen .").at("reinzukommen").lemma == "reinkommen");
    // "rein" as the adjective stays the adjective: "ist rein" has no verb "hereinsein".
    CHECK(analyse("Das Wasser ist rein .").at("ist").joined_lemma.empty());
  }
  SUBCASE("auf + article before the object of a verb in hin-: weist auf die Gefahren hin") {
    CHECK(analyse("Er weist auf die Gefahren hin .").at("weist").joined_lemma == "hinweisen");
    // "auf Nachfrage hin" stays a circumposition.
    CHECK(analyse("Er kam auf Nachfrage hin .").at("kam").joined_lemma.empty());
  }
  SUBCASE("the vor of 'nach wie vor' is not the particle; two clauses joined by und") {
    auto s = analyse("Ende 2017 gingen die dschihadistischen Zellen im Land nach wie vor gegen "
                     "ISIS vor und greifen weiterhin sporadisch Armee- und Polizeipersonal an , "
                     "insbesondere in ländlichen Gebieten .");
    const auto& gingen = s.at("gingen");
    CHECK(gingen.joined_lemma == "vorgehen");
    REQUIRE(gingen.particle_index.has_value());
    CHECK(*gingen.particle_index == s.index("vor", 1));
    CHECK_FALSE(s.at("vor", 0).is_particle_of_verb);
    CHECK(s.at("nach").multiword == "nach wie vor");
    CHECK(s.at("greifen").joined_lemma == "angreifen");
  }
  SUBCASE("unseparated forms stay whole") {
    // "der Truppen aus mehreren Ländern ... angehören": verb-final, nothing to join.
    auto s = analyse("der Koalition , der Truppen aus mehreren Ländern angehören , die im Irak "
                     "kämpfen .");
    CHECK(s.at("angehören").lemma == "angehören");
    CHECK(s.at("angehören").joined_lemma.empty());
    auto t = analyse("da die Gruppe nicht mehr die gleiche Bedrohung wie zuvor darstelle .");
    CHECK(t.at("darstelle").lemma == "darstellen");
    auto u = analyse("In der Pressemitteilung wurde nicht angegeben , was geschehen würde .");
    CHECK(u.at("angegeben").lemma == "angeben");
    CHECK(u.at("wurde").joined_lemma.empty());
  }
  SUBCASE("inseparable prefixes are not split") {
    auto s = analyse("Die erste läuft bis Ende September und umfasst das Ende der Präsenz .");
    CHECK(s.at("umfasst").lemma == "umfassen");
    CHECK(s.at("umfasst").joined_lemma.empty());
  }
  SUBCASE("a particle the lexicon lists only as a prefix: fand ... statt -> stattfinden") {
    auto s = analyse("Es fand eine kurze Einweisung statt .");
    CHECK(s.at("fand").joined_lemma == "stattfinden");
  }
  SUBCASE("an embedded subordinate clause is skipped: wählt ..., wenn er möchte, ... aus") {
    auto s = analyse("Im Keller wählt der Gast , wenn er möchte , seinen Wein aus .");
    CHECK(s.at("wählt").joined_lemma == "auswählen");
  }
  SUBCASE("a relative clause behind a preposition is skipped: sah ..., in dem er wohnt, ... an") {
    auto s = analyse("Er sah sich das Haus , in dem er wohnt , noch einmal genau an .");
    CHECK(s.at("sah").joined_lemma == "ansehen");
  }
  SUBCASE("sein ... da with a noun subject is dasein; with a pronoun subject the adverb") {
    auto s = analyse("Bei dem Besuch war dann schließlich keine Vespa mehr da .");
    CHECK(s.at("war").joined_lemma == "dasein");
    auto t = analyse("Ich war heute da .");
    CHECK(t.at("war").joined_lemma.empty());
    auto u = analyse("Mittlerweile war ich schon zehnmal da .");
    CHECK(u.at("war").joined_lemma.empty());
  }
  SUBCASE("coordinated prepositions are no particle: ging ... mit und ohne Leine") {
    auto s = analyse("Vier Wochen später ging unser Hund mit und ohne Leine bei Fuß .");
    CHECK(s.at("ging").joined_lemma.empty());
  }
  SUBCASE("a prepositional phrase extraposed after the particle: kehrte zurück nach Berlin") {
    auto s = analyse("Der Minister kehrte am Abend zurück nach Berlin .");
    CHECK(s.at("kehrte").joined_lemma == "zurückkehren");
    auto t = analyse("Die Abgeordneten nahmen teil an der Sitzung .");
    CHECK(t.at("nahmen").joined_lemma == "teilnehmen");
    // "frei" is a predicative adjective, no particle: "ist frei für Kinder".
    auto u = analyse("Der Eintritt ist frei für Kinder .");
    CHECK(u.at("ist").joined_lemma.empty());
  }
  SUBCASE("hin closing a phrase opened by zu/auf is no particle: zu dem Schluss hin") {
    auto s = analyse("Sie kamen zu dem Schluss hin , dass es reicht .");
    CHECK(s.at("kamen").joined_lemma.empty());
    auto t = analyse("Er ging zu ihr hin .");
    CHECK(t.at("ging").joined_lemma == "hingehen");
  }
  SUBCASE("a preposition with its object is no particle") {
    auto s = analyse("Er arbeitet an dem Projekt .");
    CHECK(s.at("arbeitet").joined_lemma.empty());
    CHECK_FALSE(s.at("an").is_particle_of_verb);
  }
  SUBCASE("a new clause after ', aber' owns its particle") {
    auto s = analyse("Er ging nach Hause , aber die Leine hing durch .");
    CHECK(s.at("ging").joined_lemma.empty());
  }
}

TEST_CASE("extract::mark_reflexive_verbs") {
  auto s = analyse("Drohnenangriffe richteten sich gegen die Koalition .");
  CHECK(s.at("richteten").lemma == "richten");
  CHECK(s.at("richteten").reflexive);
  CHECK(learner_lemma(s.at("richteten")) == "sich richten");
}

TEST_CASE("extract::mark_reflexive_verbs (verb at the clause end)") {
  // "sich" after an auxiliary or a subordinator: the reflexive verb closes the clause.
  auto s = analyse("Er hat sich damals geirrt .");
  CHECK(s.at("geirrt").reflexive);
  CHECK_FALSE(s.at("hat").reflexive);
  auto t = analyse("Er sagt , dass die Angriffe sich gegen die Koalition richten .");
  CHECK(t.at("richten").reflexive);
  CHECK_FALSE(t.at("sagt").reflexive);
}

// tests/data/extract/separable_sentences.tsv: German sentences written for wortkiste (not from a
// treebank), each with the verbs whose separated particle must be joined, in order, or "-":
// "gab ... bekannt" (bekanntgeben), "lernte ... kennen", "Ruf mich bitte ... an", "Hör mir
// zu!", "Pass auf dich auf!", "sieht besser aus als erwartet", and the look-alikes that must not
// join ("meiner Meinung nach", "von Beginn an", "von zu Hause aus", "in dem er wohnt, genau an").
TEST_CASE("extract::join_separable_verbs (sentence file)") {
  std::ifstream in(std::string(WORTKISTE_TEST_DATA) + "/extract/separable_sentences.tsv");
  REQUIRE(in);
  std::string line;
  int lineno = 0;
  int checked = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string expected_list = line.substr(0, tab);
    const std::string sentence = line.substr(tab + 1);
    std::vector<std::string> expected;
    if (expected_list != "-") {
      std::size_t start = 0;
      while (start <= expected_list.size()) {
        auto comma = expected_list.find(',', start);
        if (comma == std::string::npos) {
          comma = expected_list.size();
        }
        expected.push_back(expected_list.substr(start, comma - start));
        start = comma + 1;
      }
    }
    const auto doc = wortkiste::text::segment(sentence);
    const auto analysis = analyze(doc, wortkiste::extract::testing::test_lexicon());
    std::vector<std::string> joined;
    for (const auto& s : analysis.sentences) {
      for (const auto& t : s.tokens) {
        if (!t.joined_lemma.empty()) {
          joined.push_back(t.joined_lemma);
        }
      }
    }
    INFO("line " << lineno << ": " << sentence);
    CHECK(joined == expected);
    ++checked;
  }
  CHECK(checked >= 100);
}
