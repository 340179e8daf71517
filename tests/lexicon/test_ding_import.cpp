// Tests of what Ding adds to Morphy's tables (src/lexicon/ding_import.cpp, ding_forms.cpp).

#include "lexicon/ding_import.h"

#include <doctest/doctest.h>

namespace wortkiste::lexicon {

namespace f = feature;

namespace {

bool has(const LexiconModel& m, const std::string& form, LemmaId id, std::uint32_t bits) {
  if (const auto* list = m.analyses(form)) {
    for (const auto& a : *list) {
      if (a.lemma == id && (a.features & bits) == bits) {
        return true;
      }
    }
  }
  return false;
}

// Adds the noun `text` with `gender` and its own spelling as the nominative singular.
LemmaId add_noun(LexiconModel& m, const std::string& text, Gender gender) {
  const LemmaId id = m.add_lemma(text, Pos::Noun);
  m.lemma(id).gender = gender;
  m.add_form(text, id, f::k_singular | f::k_nominative);
  return id;
}

DingData ding_of(std::initializer_list<std::string_view> lines) {
  DingData d;
  for (auto line : lines) {
    d.entries.push_back(*ding::parse_line(line));
  }
  return d;
}

} // namespace

TEST_CASE("lexicon::add_ding_past_forms") {
  // Morphy conjugates hängen only weak (hängte); Ding's principal parts give strong "hing".
  LexiconModel m;
  const LemmaId id = m.add_lemma("hängen", Pos::Verb);
  m.add_form("hängte", id, f::k_past | f::k_singular | f::k_person3);
  const auto ding = ding_of({"hängen {vi} <hangen> | hängend <hangend> | gehangen | er/sie hängt | "
                             "ich/er/sie hing :: to hang | hanging | hung | he/she hangs | I/he/she hung"});
  CHECK(add_ding_past_forms(ding, m) == 1);
  CHECK(has(m, "hing", id, f::k_past | f::k_person3));
  CHECK(has(m, "hingen", id, f::k_past | f::k_plural));
  CHECK(has(m, "hingst", id, f::k_past | f::k_person2));
  CHECK(has(m, "hängte", id, f::k_past)); // the weak past stays
  SUBCASE("a past Morphy has is not added twice") {
    CHECK(add_ding_past_forms(ding, m) == 0);
  }
}

TEST_CASE("lexicon::add_ding_past_forms from a particle verb's principal parts") {
  // Morphy conjugates wenden only weak (wendete); anwenden's "wandte an" gives "wandte". In
  // "einschicken; einsenden | ... | schickte ein; sandte ein" the "sandte" is einsenden's, not
  // einschicken's: it lacks schicken's consonants.
  LexiconModel m;
  const LemmaId wenden = m.add_lemma("wenden", Pos::Verb);
  m.add_form("wendete", wenden, f::k_past | f::k_singular | f::k_person3);
  const LemmaId schicken = m.add_lemma("schicken", Pos::Verb);
  m.add_form("schickte", schicken, f::k_past | f::k_singular | f::k_person3);
  const auto ding = ding_of(
      {"etw. anwenden {vt} | anwendend | angewendet | er/sie wendet an | ich/er/sie wandte an :: "
       "to apply | applying | applied | applies | applied",
       "einschicken; einsenden {vt} | einschickend; einsendend | eingeschickt; eingesandt | "
       "schickt ein; sendet ein | schickte ein; sandte ein :: to send in | sending in | sent in | "
       "sends in | sent in"});
  CHECK(add_ding_past_forms(ding, m) == 1);
  CHECK(has(m, "wandte", wenden, f::k_past | f::k_person3));
  CHECK(has(m, "wandten", wenden, f::k_past | f::k_plural));
  CHECK(has(m, "wendete", wenden, f::k_past));
  CHECK_FALSE(has(m, "sandte", schicken, f::k_past));
}

TEST_CASE("lexicon::merge_noun_variants") {
  LexiconModel m;
  auto noun = [&](const std::string& text) { return add_noun(m, text, Gender::Masculine); };
  const LemmaId gedanke = noun("Gedanke");
  const LemmaId gedanken = noun("Gedanken"); // Morphy's variant "der Gedanken"
  const LemmaId friede = noun("Friede");
  const LemmaId frieden = noun("Frieden");
  m.add_form("Gedanken", gedanke, f::k_plural);
  m.add_form("Gedanken", gedanken, f::k_singular);
  m.add_form("Gedankens", gedanken, f::k_genitive);
  m.add_form("Frieden", frieden, f::k_singular);
  m.add_form("Frieden", friede, f::k_dative);
  const auto ding = ding_of({"Gedanke {m}; Einfall {m} | Gedanken {pl}; Einfälle {pl} :: thought | thoughts",
                             "Friede {m}; Frieden {m} :: peace",
                             "Frieden {m}; Friede {m} [pol.] :: peace"});
  CHECK(merge_noun_variants(ding, m) == 1);
  // Every reading of "Gedanken" is now one of Gedanke, with the features of both.
  REQUIRE(m.analyses("Gedanken")->size() == 1);
  CHECK(has(m, "Gedanken", gedanke, f::k_plural | f::k_singular));
  CHECK(has(m, "Gedankens", gedanke, f::k_genitive));
  // Ding names both Friede and Frieden as headwords: both stay.
  CHECK(has(m, "Frieden", frieden, f::k_singular));
  CHECK(has(m, "Frieden", friede, f::k_dative));
}

TEST_CASE("lexicon::ding_places") {
  LexiconModel m;
  const LemmaId essen = m.add_lemma("Essen", Pos::Noun);
  m.add_form("Essen", essen, f::k_singular);
  const auto ding = ding_of({
      "Kassel (Stadt in Deutschland) [geogr.] :: Kassel (city in Germany)",
      "Danzig (Stadt in Polen) [geogr.] :: Gdansk (Stadt in Polen)",
      "Baden-Württemberg {n} (deutsches Bundesland) [geogr.] :: Baden-Wuerttemberg",
      // a common noun: its English is lowercase
      "Bucht {f} [geogr.] | Buchten {pl} :: bay | bays",
      // a noun of the model as well: "das Essen" must stay a noun
      "Essen (Stadt in Deutschland) [geogr.] :: Essen (city in Germany)",
      // no geography label, several words
      "Kassel {m} :: Kassel",
      "Mecklenburger Bucht {f} [geogr.] :: Bay of Mecklenburg",
  });
  CHECK(ding_places(ding.entries, m) ==
        std::vector<std::string>{"Baden-Württemberg", "Danzig", "Kassel"});
}

TEST_CASE("lexicon::add_past_paradigm") {
  LexiconModel m;
  const LemmaId id = m.add_lemma("eindecken", Pos::Verb);
  SUBCASE("weak, separable: deckte ein") {
    add_past_paradigm(m, id, "deckte", "ein");
    CHECK(has(m, "deckten", id, f::k_past | f::k_plural));
    CHECK(m.analyses("deckten")->front().particle == "ein");
    CHECK(has(m, "eindeckten", id, f::k_past | f::k_plural)); // weil sie sich eindeckten
  }
  SUBCASE("strong: las -> lasest, lasen") {
    add_past_paradigm(m, id, "las", "");
    CHECK(has(m, "lasest", id, f::k_past | f::k_person2));
    CHECK(has(m, "lasen", id, f::k_past | f::k_plural));
  }
}

TEST_CASE("lexicon::add_homograph_plural") {
  // Morphy's "Tag" is the neuter loanword (das Tag, die Tags); Ding's der Tag, die Tage.
  LexiconModel m;
  const LemmaId tag = m.add_lemma("Tag", Pos::Noun);
  m.add_form("Tags", tag, f::k_plural | f::k_nominative);
  m.lemma(tag).gender = Gender::Neuter;
  m.lemma(tag).plural = "Tags";
  m.ranks["tage"].subtitle_rank = 500;
  m.ranks["tages"].subtitle_rank = 900;
  const auto entry = *ding::parse_line("Tag {m} | Tage {pl} :: day | days");
  add_homograph_plural(m, tag, entry.senses[0].german[0], &entry.senses[1].german[0]);
  CHECK(has(m, "Tage", tag, f::k_plural | f::k_nominative));
  CHECK(has(m, "Tagen", tag, f::k_plural | f::k_dative));
  CHECK(has(m, "Tages", tag, f::k_singular | f::k_genitive)); // attested
  CHECK_FALSE(has(m, "Tags", tag, f::k_singular | f::k_genitive)); // not attested here
  CHECK(m.lemma(tag).gender == Gender::Masculine); // "tage" is ranked, "tags" is not
  CHECK(m.lemma(tag).plural == "Tage");

  SUBCASE("the same gender adds nothing: Gläubiger {m} | Gläubigen") {
    LexiconModel g;
    const LemmaId id = g.add_lemma("Gläubiger", Pos::Noun);
    g.lemma(id).gender = Gender::Masculine;
    g.lemma(id).plural = "Gläubiger";
    g.ranks["gläubiger"].rank = 8574; // Morphy's plural is in text about as often as Ding's
    g.ranks["gläubigen"].rank = 6045;
    const auto e = *ding::parse_line("Gläubiger {m} | Gläubigen {pl} :: creditor | creditors");
    add_homograph_plural(g, id, e.senses[0].german[0], &e.senses[1].german[0]);
    CHECK(g.analyses("Gläubigen") == nullptr);
    CHECK(g.lemma(id).plural == "Gläubiger");
  }
  SUBCASE("the same gender, but Morphy's plural is a slip text never shows: Lohnn -> Löhne") {
    LexiconModel l;
    const LemmaId id = l.add_lemma("Lohn", Pos::Noun);
    l.lemma(id).gender = Gender::Masculine;
    l.lemma(id).plural = "Lohnn";
    l.ranks["löhne"].rank = 13173;
    const auto e = *ding::parse_line("Lohn {m} | Löhne {pl} :: wage | wages");
    add_homograph_plural(l, id, e.senses[0].german[0], &e.senses[1].german[0]);
    CHECK(l.lemma(id).plural == "Löhne");
    CHECK(has(l, "Löhne", id, f::k_plural | f::k_nominative));
    CHECK(l.lemma(id).gender == Gender::Masculine);
  }
  SUBCASE("never another noun's plural: Trupp {m} | Truppen (of Truppe)") {
    LexiconModel t;
    const LemmaId trupp = t.add_lemma("Trupp", Pos::Noun);
    t.lemma(trupp).gender = Gender::Masculine;
    t.lemma(trupp).plural = "Trupps";
    const LemmaId truppe = t.add_lemma("Truppe", Pos::Noun);
    t.add_form("Truppen", truppe, f::k_plural | f::k_nominative);
    t.ranks["truppen"].rank = 1000;
    const auto e = *ding::parse_line("Trupp {m} | Truppen {pl} :: troop | troops");
    add_homograph_plural(t, trupp, e.senses[0].german[0], &e.senses[1].german[0]);
    CHECK(t.lemma(trupp).plural == "Trupps");
  }
}

TEST_CASE("lexicon::drop_inflected_noun_lemmas") {
  // "Tagen" (das Tagen) is in text the dative plural of Tag; "Essen" stays a noun of its own.
  LexiconModel m;
  const LemmaId tag = m.add_lemma("Tag", Pos::Noun);
  const LemmaId tagen = m.add_lemma("Tagen", Pos::Noun);
  m.add_form("Tagen", tag, f::k_plural | f::k_dative);
  m.add_form("Tagen", tagen, f::k_singular | f::k_nominative);
  m.add_form("Tagens", tagen, f::k_singular | f::k_genitive);
  const LemmaId esse = m.add_lemma("Esse", Pos::Noun);
  const LemmaId essen = m.add_lemma("Essen", Pos::Noun);
  m.add_form("Essen", esse, f::k_plural | f::k_nominative);
  m.add_form("Essen", essen, f::k_singular | f::k_nominative);
  m.ranks["tag"].subtitle_rank = 182;
  m.ranks["tagen"].subtitle_rank = 745;
  m.ranks["essen"].subtitle_rank = 264;
  m.ranks["esse"].subtitle_rank = 2584;
  drop_inflected_noun_lemmas(m);
  CHECK(m.analyses("Tagen")->size() == 1);
  CHECK(m.analyses("Tagen")->front().lemma == tag);
  CHECK(m.analyses("Tagens") == nullptr);
  CHECK(m.analyses("Essen")->size() == 2);
  (void)essen;
}

TEST_CASE("lexicon::import_ding gender") {
  // Morphy files "Norden" and "Ebene" as neuter; Ding knows der Norden, die Ebene.
  LexiconModel m;
  const LemmaId norden = add_noun(m, "Norden", Gender::Neuter);
  const LemmaId ebene = add_noun(m, "Ebene", Gender::Neuter);
  // A nominalised adjective for persons is both, der/die Bewusstlose, never neuter: masculine.
  const LemmaId bewusstlos = add_noun(m, "Bewusstlose", Gender::Neuter);
  // Neuter in both sources stays neuter.
  const LemmaId haus = add_noun(m, "Haus", Gender::Neuter);
  // Ding lists it with both genders, neuter among them: Morphy's neuter stays (das Gehalt).
  const LemmaId gehalt = add_noun(m, "Gehalt", Gender::Neuter);
  // Not in Ding as a singular, but beside a masculine "-er" noun: der Beschuldigte.
  const LemmaId beschuldigte = add_noun(m, "Beschuldigte", Gender::Neuter);
  add_noun(m, "Beschuldigter", Gender::Masculine);
  const auto ding = ding_of({"Norden {m} :: north",
                             "Ebene {f} :: plane; level",
                             "Bewusstlose {m}; Bewusstlose {f} :: unconscious man; unconscious woman",
                             "Haus {n} :: house",
                             "Gehalt {n} :: salary",
                             "Gehalt {m} :: content"});
  BuildStats stats;
  import_ding(ding, m, stats);
  CHECK(m.lemma(norden).gender == Gender::Masculine);
  CHECK(m.lemma(ebene).gender == Gender::Feminine);
  CHECK(m.lemma(bewusstlos).gender == Gender::Masculine);
  CHECK(m.lemma(haus).gender == Gender::Neuter);
  CHECK(m.lemma(gehalt).gender == Gender::Neuter);
  CHECK(m.lemma(beschuldigte).gender == Gender::Masculine);
}

TEST_CASE("lexicon::import_ding gloss order learned from compounds and phrases") {
  LexiconModel m;
  const LemmaId lohn = add_noun(m, "Lohn", Gender::Masculine);
  add_noun(m, "Steuer", Gender::Feminine);
  add_noun(m, "Erhöhung", Gender::Feminine);
  const LemmaId bilden = m.add_lemma("bilden", Pos::Verb);
  m.add_form("bilden", bilden, f::k_infinitive);
  add_noun(m, "Regierung", Gender::Feminine);
  // Alone, each pair of entries ties and Ding's order decides: "pay-off", "to broaden the mind".
  const std::initializer_list<std::string_view> entries = {
      "Lohn {m} :: pay-off",
      "Lohn {m} :: wage",
      "bilden {vt} :: to broaden the mind",
      "bilden {vt} :: to form"};
  SUBCASE("without compounds or phrases, Ding's order") {
    BuildStats stats;
    import_ding(ding_of(entries), m, stats);
    REQUIRE(!m.lemma(lohn).glosses.empty());
    CHECK(m.lemma(lohn).glosses[0].text == "pay-off");
    CHECK(m.lemma(bilden).glosses[0].text == "to broaden the mind");
  }
  SUBCASE("compounds say what Lohn means, phrases what bilden means") {
    std::vector<std::string_view> lines(entries);
    // "Lohnsteuer" and "Lohnerhöhung" split into known words, and both say "wage".
    lines.push_back("Lohnsteuer {f} :: wage tax");
    lines.push_back("Lohnerhöhung {f} :: wage increase");
    lines.push_back("eine Regierung bilden :: to form a government");
    lines.push_back("einen Kreis bilden :: to form a circle");
    DingData ding;
    for (auto line : lines) {
      ding.entries.push_back(*ding::parse_line(line));
    }
    BuildStats stats;
    import_ding(ding, m, stats);
    REQUIRE(!m.lemma(lohn).glosses.empty());
    CHECK(m.lemma(lohn).glosses[0].text == "wage");
    CHECK(m.lemma(bilden).glosses[0].text == "to form");
  }
  SUBCASE("a word that splits into no known words is no compound: Lohnxyz") {
    BuildStats stats;
    import_ding(ding_of({"Lohn {m} :: pay-off", "Lohn {m} :: wage", "Lohnxyz {f} :: wage thing",
                         "Lohnqrs {f} :: wage other"}),
                m, stats);
    CHECK(m.lemma(lohn).glosses[0].text == "pay-off");
  }
}

TEST_CASE("lexicon::import_ding drops Ding's cross references from glosses") {
  LexiconModel m;
  const LemmaId id = m.add_lemma("schlecht", Pos::Adjective);
  m.add_form("schlecht", id, 0);
  BuildStats stats;
  import_ding(ding_of({"schlecht {adj} :: bad ~worse (of a low standard)"}), m, stats);
  REQUIRE(!m.lemma(id).glosses.empty());
  CHECK(m.lemma(id).glosses[0].text == "bad");
}

TEST_CASE("lexicon::import_ding adverbs spelt like inflected adjectives, plural-only nouns") {
  LexiconModel m;
  const LemmaId lang = m.add_lemma("lang", Pos::Adjective);
  m.add_form("lang", lang, 0);
  m.add_form("lange", lang, f::k_inflected);
  const LemmaId eltern = m.add_lemma("Eltern", Pos::Noun);
  m.add_form("Eltern", eltern, f::k_plural);
  add_noun(m, "Elternteil", Gender::Neuter);
  BuildStats stats;
  import_ding(ding_of({"lang {adj} :: long",
                       "lange {adv} :: for a long time",
                       "Elternteil {n} | Eltern {pl}; Elternpaar {n} :: parent | parents; parent couple"}),
              m, stats);
  // "Das dauert lange": the adverb lemma lange carries its own senses, without forms of its own
  // (the text "lange" still reads as the adjective).
  const auto adverb = m.find_lemma("lange", Pos::Adverb);
  REQUIRE(adverb);
  REQUIRE(!m.lemma(*adverb).glosses.empty());
  CHECK(m.lemma(*adverb).glosses[0].text == "for a long time");
  CHECK(m.lemma(lang).glosses[0].text == "long");
  // Eltern has no entry of its own; Elternteil's plural sense glosses it.
  REQUIRE(!m.lemma(eltern).glosses.empty());
  CHECK(m.lemma(eltern).glosses[0].text == "parents");
}

} // namespace wortkiste::lexicon
