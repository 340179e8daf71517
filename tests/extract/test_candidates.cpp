#include "extract/candidates.h"

#include "deck_fixture.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace wortkiste::extract;
using namespace wortkiste::extract::fixture;
using wortkiste::lexicon::Pos;

namespace {

bool has(const std::vector<Candidate>& cs, std::string_view lemma) {
  return std::any_of(cs.begin(), cs.end(), [&](const Candidate& c) { return c.lemma == lemma; });
}

const Candidate* find(const std::vector<Candidate>& cs, std::string_view lemma) {
  for (const Candidate& c : cs) {
    if (c.lemma == lemma) {
      return &c;
    }
  }
  return nullptr;
}

// "Washington und Bagdad kündigten am Freitag, 27. September, an."
Built announcement() {
  Built b;
  Word kuendigten = word("kündigten", "kündigen", Pos::Verb);
  kuendigten.reading.joined_lemma = "ankündigen";
  kuendigten.reading.particle_index = 9;
  Word washington = word("Washington", "Washington", Pos::ProperNoun);
  washington.reading.is_name = true;
  Word bagdad = word("Bagdad", "Bagdad", Pos::Noun); // a name the lexicon files as a noun
  bagdad.reading.is_name = true;
  Word an = word("an", "an", Pos::Particle);
  an.reading.is_particle_of_verb = true;
  Word number = word("27.", "27.", Pos::Numeral);
  number.kind = wortkiste::text::TokenKind::Ordinal;
  add_sentence(b, {washington, word("und", "und", Pos::Conjunction), bagdad, kuendigten,
                   word("am", "an", Pos::Adposition), word("Freitag", "Freitag", Pos::Noun),
                   punct(","), number, word("September", "September", Pos::Noun), an, punct(".")});
  return b;
}

} // namespace

TEST_CASE("extract::collect_candidates") {
  SUBCASE("a separated verb is one candidate under the joined verb, never the bare one") {
    const Built b = announcement();
    const auto cs = collect_candidates(b.doc, b.analysis);
    const Candidate* verb = find(cs, "ankündigen");
    REQUIRE(verb != nullptr);
    CHECK(verb->pos == Pos::Verb);
    REQUIRE(verb->occurrences.size() == 1);
    CHECK(verb->occurrences[0].form == "kündigten … an");
    // The target marks the finite verb.
    CHECK(b.doc.slice(verb->occurrences[0].begin, verb->occurrences[0].end) == "kündigten");
    CHECK_FALSE(has(cs, "kündigen"));
    CHECK_FALSE(has(cs, "an"));
  }
  SUBCASE("names, numbers, function words and punctuation are not candidates") {
    const Built b = announcement();
    const auto cs = collect_candidates(b.doc, b.analysis);
    CHECK_FALSE(has(cs, "Washington"));
    CHECK_FALSE(has(cs, "Bagdad"));
    CHECK_FALSE(has(cs, "27."));
    CHECK_FALSE(has(cs, "und"));
    CHECK(has(cs, "Freitag"));
    CHECK(has(cs, "September"));
  }
  SUBCASE("the stray 'a' of broken text is a fragment") {
    // "Beide Parteien vereinbaren a „Zwei-Phasen-Übergangsplan“"
    Built b;
    add_sentence(b, {word("Beide", "beide", Pos::Determiner), word("Parteien", "Partei", Pos::Noun),
                     word("vereinbaren", "vereinbaren", Pos::Verb), word("a", "a", Pos::Noun),
                     word("Zwei-Phasen-Übergangsplan", "Zwei-Phasen-Übergangsplan", Pos::Noun)});
    const auto cs = collect_candidates(b.doc, b.analysis);
    CHECK_FALSE(has(cs, "a"));
    CHECK(has(cs, "Partei"));
    CHECK(has(cs, "vereinbaren"));
    CHECK(has(cs, "Zwei-Phasen-Übergangsplan"));
    CHECK(reject_reason("a", b.doc.sentences[0].tokens[3], b.analysis.sentences[0].tokens[3]) ==
          Rejection::Fragment);
  }
  SUBCASE("a lowercase word only guessed an adverb is no candidate; a known adverb is") {
    // "Wir waren shopping und sind oft dort": "shopping" is in no table of the lexicon.
    Built b;
    Word shopping = word("shopping", "shopping", Pos::Adverb);
    shopping.reading.known_to_lexicon = false;
    add_sentence(b, {word("Wir", "wir", Pos::Pronoun), word("waren", "sein", Pos::Auxiliary),
                     shopping, word("oft", "oft", Pos::Adverb)});
    const auto cs = collect_candidates(b.doc, b.analysis);
    CHECK_FALSE(has(cs, "shopping"));
    CHECK(reject_reason("shopping", b.doc.sentences[0].tokens[2],
                        b.analysis.sentences[0].tokens[2]) == Rejection::Unknown);
    CHECK(has(cs, "oft"));
  }
  SUBCASE("a fixed expression is one candidate and its words are not") {
    // "Die Zellen gingen nach wie vor gegen ISIS vor."
    Built b;
    Word nach = word("nach", "nach", Pos::Adposition);
    nach.reading.multiword = "nach wie vor";
    nach.reading.multiword_length = 3;
    add_sentence(b, {word("Die", "der", Pos::Determiner), word("Zellen", "Zelle", Pos::Noun), nach,
                     word("wie", "wie", Pos::Conjunction), word("vor", "vor", Pos::Adposition),
                     word("Bestand", "Bestand", Pos::Noun), punct(".")});
    const auto cs = collect_candidates(b.doc, b.analysis);
    const Candidate* mwe = find(cs, "nach wie vor");
    REQUIRE(mwe != nullptr);
    CHECK(mwe->multiword);
    CHECK(mwe->pos == Pos::Adverb);
    CHECK(mwe->occurrences[0].form == "nach wie vor");
    CHECK(has(cs, "Bestand"));
    CHECK(cs.size() == 3); // Zelle, nach wie vor, Bestand
  }
  SUBCASE("forms of one lemma gather under it, with every occurrence") {
    Built b;
    add_sentence(b, {word("Truppen", "Truppe", Pos::Noun), word("kämpfen", "kämpfen", Pos::Verb)});
    add_sentence(b, {word("Die", "der", Pos::Determiner), word("Truppe", "Truppe", Pos::Noun),
                     word("kämpft", "kämpfen", Pos::Verb)});
    const auto cs = collect_candidates(b.doc, b.analysis);
    const Candidate* truppe = find(cs, "Truppe");
    REQUIRE(truppe != nullptr);
    CHECK(truppe->occurrences.size() == 2);
    CHECK(truppe->occurrences[1].sentence == 1);
  }
  SUBCASE("function adverbs are grammar, content adverbs are vocabulary") {
    Built b;
    add_sentence(b, {word("nicht", "nicht", Pos::Adverb), word("weiterhin", "weiterhin", Pos::Adverb),
                     word("darauf", "darauf", Pos::Adverb), word("sporadisch", "sporadisch", Pos::Adverb)});
    const auto cs = collect_candidates(b.doc, b.analysis);
    CHECK_FALSE(has(cs, "nicht"));
    CHECK_FALSE(has(cs, "darauf"));
    CHECK(has(cs, "weiterhin"));
    CHECK(has(cs, "sporadisch"));
  }
}

TEST_CASE("extract::multiword_pos") {
  CHECK(multiword_pos("in der Lage sein") == Pos::Verb);
  CHECK(multiword_pos("zur Verfügung stellen") == Pos::Verb);
  CHECK(multiword_pos("nach wie vor") == Pos::Adverb);
  CHECK(multiword_pos("auf jeden Fall") == Pos::Adverb);
}

TEST_CASE("extract::without_reflexive") {
  CHECK(without_reflexive("sich richten") == "richten");
  CHECK(without_reflexive("richten") == "richten");
}
