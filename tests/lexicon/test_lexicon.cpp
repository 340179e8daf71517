#include "core/error.h"
#include "lexicon/format.h"
#include "lexicon/lexicon.h"
#include "fixture.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>

using namespace wortkiste;
using namespace wortkiste::lexicon;
namespace f = wortkiste::lexicon::feature;

namespace {

// Returns the analysis of `form` whose lemma is `lemma` with part of speech `pos`, or nullopt.
std::optional<Analysis> reading(const Lexicon& lex, std::string_view form, std::string_view lemma,
                                Pos pos, std::string_view particle = "") {
  for (const auto& a : lex.analyses(form)) {
    if (lex.lemma(a.lemma).text == lemma && a.pos == pos && a.detached_particle == particle) {
      return a;
    }
  }
  return std::nullopt;
}

} // namespace

TEST_CASE("lexicon::Lexicon::analyses") {
  const auto lex = Lexicon::open(test::fixture().path);

  SUBCASE("a finite form of a separable verb reads as the verb and as the separable verb") {
    const auto plain = reading(lex, "kündigten", "kündigen", Pos::Verb);
    REQUIRE(plain);
    CHECK((plain->features & f::k_past) != 0);
    CHECK((plain->features & f::k_plural) != 0);
    const auto separable = reading(lex, "kündigten", "ankündigen", Pos::Verb, "an");
    REQUIRE(separable);
    CHECK((separable->features & f::k_past) != 0);
    CHECK(reading(lex, "kündigten", "aufkündigen", Pos::Verb, "auf"));
  }

  SUBCASE("the joined form of a subordinate clause has no detached particle") {
    CHECK(reading(lex, "ankündigten", "ankündigen", Pos::Verb));
    CHECK(reading(lex, "angekündigt", "ankündigen", Pos::Verb));
    CHECK(reading(lex, "anzukündigen", "ankündigen", Pos::Verb));
  }

  SUBCASE("the imperative of a separable verb stands without its particle") {
    const auto a = reading(lex, "kündige", "ankündigen", Pos::Verb, "an");
    REQUIRE(a);
    CHECK((a->features & f::k_imperative) != 0);
  }

  SUBCASE("noun forms carry case and number; lemmas carry gender and plural") {
    const auto a = reading(lex, "Einsätzen", "Einsatz", Pos::Noun);
    REQUIRE(a);
    CHECK(a->features == (f::k_dative | f::k_plural));
    const auto info = lex.lemma(a->lemma);
    CHECK(info.gender == Gender::Masculine);
    CHECK(info.plural == "Einsätze");
    CHECK(info.genitive == "Einsatzes");
  }

  SUBCASE("look-up is case-sensitive") {
    CHECK(lex.analyses("einsätze").empty());
    CHECK(lex.analyses("xyzzy").empty());
  }

  SUBCASE("comparison: irregular by list, regular when attested, never for relational adjectives") {
    const auto besser = reading(lex, "besser", "gut", Pos::Adjective);
    REQUIRE(besser);
    CHECK((besser->features & f::k_comparative) != 0);
    const auto groesste = reading(lex, "größte", "groß", Pos::Adjective);
    REQUIRE(groesste);
    CHECK((groesste->features & f::k_superlative) != 0);
    const auto schoener = reading(lex, "schöner", "schön", Pos::Adjective);
    REQUIRE(schoener);
    CHECK((schoener->features & f::k_comparative) != 0);
    CHECK((schoener->features & f::k_positive) != 0); // also "ein schöner Tag"
    const auto politischer = reading(lex, "politischer", "politisch", Pos::Adjective);
    REQUIRE(politischer);
    CHECK((politischer->features & f::k_comparative) == 0);
    CHECK(lex.analyses("schönsten").empty()); // not attested in the fixture's frequency list
  }

  SUBCASE("old spellings read as the reform lemma, marked old; the reform form exists") {
    const auto old = reading(lex, "faßte", "fassen", Pos::Verb);
    REQUIRE(old);
    CHECK((old->features & f::k_old_spelling) != 0);
    const auto reform = reading(lex, "fasste", "fassen", Pos::Verb);
    REQUIRE(reform);
    CHECK((reform->features & f::k_old_spelling) == 0);
    CHECK(lex.lemma(reform->lemma).past == "fasste");
    // Learned per lemma: "faßte" under nachfassen is old, so "nachgefaßt" is too.
    CHECK(reading(lex, "nachgefasst", "nachfassen", Pos::Verb));
    CHECK(lex.lemma(*lex.find_lemma("nachfassen", Pos::Verb)).participle2 == "nachgefasst");
    const auto dass = reading(lex, "daß", "dass", Pos::Subordinator);
    REQUIRE(dass);
    const auto fluss = reading(lex, "Fluß", "Fluss", Pos::Noun);
    REQUIRE(fluss);
    CHECK((fluss->features & f::k_old_spelling) != 0);
    const auto fluesse = reading(lex, "Flüsse", "Fluss", Pos::Noun);
    REQUIRE(fluesse);
    CHECK((fluesse->features & f::k_old_spelling) == 0);
    // An old spelling reads as all its reform spelling reads as: Morphy spells missen the old
    // way ("mißt") and messen the new ("misst"), yet "Das Amt mißt schlechter" is messen.
    const auto misst = reading(lex, "mißt", "messen", Pos::Verb);
    REQUIRE(misst);
    CHECK((misst->features & f::k_old_spelling) != 0);
    CHECK(reading(lex, "mißt", "missen", Pos::Verb));
    CHECK(reading(lex, "misst", "missen", Pos::Verb));
  }
  SUBCASE("ß after a diphthong or long ie is never old, whatever Swiss text shows") {
    // The fixture's frequency list has the Swiss "liessen"; "ließ" must stay as it is.
    const auto id = lex.find_lemma("lassen", Pos::Verb);
    REQUIRE(id);
    CHECK(lex.lemma(*id).past == "ließ");
    const auto r = reading(lex, "ließen", "lassen", Pos::Verb);
    REQUIRE(r);
    CHECK((r->features & f::k_old_spelling) == 0);
  }

  SUBCASE("auxiliaries keep their verb reading") {
    CHECK(reading(lex, "war", "sein", Pos::Verb));
    CHECK(reading(lex, "war", "sein", Pos::Auxiliary));
  }

  SUBCASE("closed-class words and Ding adverbs") {
    CHECK(reading(lex, "im", "in", Pos::Adposition));
    CHECK(reading(lex, "weiterhin", "weiterhin", Pos::Adverb));
    // Ding's "weiterhin {conj}" does not add a conjunction reading next to the adverb.
    CHECK_FALSE(reading(lex, "weiterhin", "weiterhin", Pos::Conjunction));
  }

  SUBCASE("nouns and verbs that only Ding has") {
    const auto drohne = reading(lex, "Drohnen", "Drohne", Pos::Noun);
    REQUIRE(drohne);
    CHECK(lex.lemma(drohne->lemma).gender == Gender::Feminine);
    const auto vereinbarten = reading(lex, "vereinbarten", "vereinbaren", Pos::Verb);
    REQUIRE(vereinbarten);
    CHECK((vereinbarten->features & f::k_past) != 0);
    CHECK(reading(lex, "vereinbarst", "vereinbaren", Pos::Verb));
    // "fasst {vt}" has no principal parts: it adds no lemma of its own.
    CHECK_FALSE(lex.find_lemma("fasst", Pos::Verb));
  }
}

TEST_CASE("lexicon::Lexicon::lemma") {
  const auto lex = Lexicon::open(test::fixture().path);
  SUBCASE("principal parts of a separable verb") {
    const auto id = lex.find_lemma("ankündigen", Pos::Verb);
    REQUIRE(id);
    const auto l = lex.lemma(*id);
    CHECK(l.text == "ankündigen");
    CHECK(l.separable_prefix == "an");
    CHECK(l.past == "kündigte an");
    CHECK(l.participle2 == "angekündigt");
    CHECK(l.auxiliary == "hat");
  }
  SUBCASE("sein-verbs") {
    CHECK(lex.lemma(*lex.find_lemma("gehen", Pos::Verb)).auxiliary == "ist");
    CHECK(lex.lemma(*lex.find_lemma("vorgehen", Pos::Verb)).auxiliary == "ist");
  }
  SUBCASE("reflexive verbs are those Ding lists only with sich") {
    CHECK(lex.lemma(*lex.find_lemma("weigern", Pos::Verb)).reflexive);
    CHECK_FALSE(lex.lemma(*lex.find_lemma("ankündigen", Pos::Verb)).reflexive);
  }
  SUBCASE("frequency ranks aggregate the forms") {
    const auto gehen = lex.lemma(*lex.find_lemma("gehen", Pos::Verb));
    const auto vorgehen = lex.lemma(*lex.find_lemma("vorgehen", Pos::Verb));
    CHECK(gehen.frequency_rank > 0);
    CHECK(vorgehen.frequency_rank == 0); // "ging ... vor" does not count for vorgehen
    CHECK(gehen.subtitle_rank > 0);
  }
  SUBCASE("find_lemma tells parts of speech apart") {
    CHECK(lex.find_lemma("sein", Pos::Verb) != lex.find_lemma("sein", Pos::Auxiliary));
    CHECK_FALSE(lex.find_lemma("Einsatz", Pos::Verb));
  }
}

TEST_CASE("lexicon::Lexicon::glosses") {
  const auto lex = Lexicon::open(test::fixture().path);
  auto texts = [&](std::string_view lemma, Pos pos) {
    std::vector<std::string> out;
    for (const auto& g : lex.glosses(*lex.find_lemma(lemma, pos))) {
      out.push_back(g.text);
    }
    return out;
  };
  SUBCASE("the entry with the main sense comes first") {
    const auto ankuendigen = texts("ankündigen", Pos::Verb);
    REQUIRE(!ankuendigen.empty());
    CHECK(ankuendigen[0] == "to announce");
    // The reflexive sense ("to loom") comes after the plain ones.
    const auto loom = std::find(ankuendigen.begin(), ankuendigen.end(), "to loom");
    const auto advertise = std::find(ankuendigen.begin(), ankuendigen.end(), "to advertise");
    CHECK(advertise < loom);
    const auto einsatz = texts("Einsatz", Pos::Noun);
    REQUIRE(!einsatz.empty());
    CHECK(einsatz[0] == "operation");
  }
  SUBCASE("labels are kept apart") {
    const auto glosses = lex.glosses(*lex.find_lemma("schön", Pos::Adjective));
    REQUIRE(glosses.size() == 2);
    CHECK(glosses[0].text == "beautiful");
    CHECK(glosses[1].labels == std::vector<std::string>{"[coll.]"});
  }
  SUBCASE("the supplement fills gaps") {
    CHECK(texts("angehören", Pos::Verb) ==
          std::vector<std::string>{"to belong to", "to be a member of"});
  }
  SUBCASE("phrases") {
    const auto still = lex.phrase_glosses("nach wie vor");
    REQUIRE(!still.empty());
    CHECK(still[0].text == "still");
    CHECK(!lex.phrase_glosses("in der Lage sein").empty());
    CHECK(lex.phrase_glosses("nach wie nach").empty());
  }
}

TEST_CASE("lexicon::Lexicon::form_rank") {
  const auto lex = Lexicon::open(test::fixture().path);
  CHECK(lex.form_rank("der") == 1);
  CHECK(lex.form_rank("Einsätze") == 10); // compared in lowercase
  CHECK(lex.form_rank("xyzzy") == 0);
  CHECK(lex.is_listed_name("Thabet"));
  CHECK(lex.is_listed_name("MÜLLER"));
  CHECK_FALSE(lex.is_listed_name("Einsatz"));
}

TEST_CASE("lexicon::Lexicon::open") {
  const auto& fixture = test::fixture();
  const auto folder = fixture.folder;

  SUBCASE("a good file opens and counts") {
    const auto lex = Lexicon::open(fixture.path);
    CHECK(lex.form_count() == fixture.stats.forms);
    CHECK(lex.lemma_count() == fixture.stats.lemmas);
    CHECK(lex.path() == fixture.path);
  }

  SUBCASE("a missing file") {
    CHECK_THROWS_AS(Lexicon::open(folder / "nothing.wkl"), LexiconError);
  }

  std::ifstream in(fixture.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto write = [&](const std::string& name, const std::string& content) {
    const auto p = folder / name;
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p;
  };

  SUBCASE("a truncated file names itself") {
    const auto p = write("truncated.wkl", bytes.substr(0, bytes.size() / 2));
    try {
      (void)Lexicon::open(p);
      FAIL("no exception");
    } catch (const LexiconError& e) {
      CHECK(std::string(e.what()).find("truncated.wkl") != std::string::npos);
      CHECK(std::string(e.what()).find("truncated") != std::string::npos);
    }
    CHECK_THROWS_AS(Lexicon::open(write("tiny.wkl", bytes.substr(0, 10))), LexiconError);
    CHECK_THROWS_AS(Lexicon::open(write("empty.wkl", "")), LexiconError);
  }

  SUBCASE("another file or another format version") {
    std::string other = bytes;
    other[0] = 'X';
    CHECK_THROWS_AS(Lexicon::open(write("magic.wkl", other)), LexiconError);
    std::string version = bytes;
    const std::uint32_t next = format::k_version + 1;
    std::memcpy(version.data() + 8, &next, sizeof next);
    try {
      (void)Lexicon::open(write("version.wkl", version));
      FAIL("no exception");
    } catch (const LexiconError& e) {
      CHECK(std::string(e.what()).find("format version") != std::string::npos);
    }
  }

  SUBCASE("a section pointing outside the file") {
    std::string bad = bytes;
    format::Header h{};
    std::memcpy(&h, bad.data(), sizeof h);
    h.sections[format::k_forms].size = bytes.size() * 2;
    std::memcpy(bad.data(), &h, sizeof h);
    CHECK_THROWS_AS(Lexicon::open(write("section.wkl", bad)), LexiconError);
  }
}
