// Tests of verbs composed from particle or prefix + base verb (src/lexicon/compose.cpp).

#include "lexicon/compose.h"
#include "lexicon/sources.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace wortkiste::lexicon {

namespace f = feature;

namespace {

// A model with "kommen" conjugated as Morphy gives it (a few cells suffice).
LemmaId add_kommen(LexiconModel& m) {
  const LemmaId id = m.add_lemma("kommen", Pos::Verb);
  m.add_form("kommen", id, f::k_infinitive | f::k_present | f::k_plural | f::k_person1 | f::k_person3);
  m.add_form("kommt", id, f::k_present | f::k_singular | f::k_person3);
  m.add_form("kam", id, f::k_past | f::k_singular | f::k_person1 | f::k_person3);
  m.add_form("kämen", id, f::k_subjunctive2 | f::k_plural | f::k_person1 | f::k_person3);
  m.add_form("komm", id, f::k_imperative | f::k_singular);
  m.add_form("kommend", id, f::k_participle1);
  m.add_form("gekommen", id, f::k_participle2);
  auto& l = m.lemma(id);
  l.past = "kam";
  l.participle2 = "gekommen";
  l.auxiliary = "ist";
  return id;
}

// The reading of `form` under `lemma` with detached particle `particle`, or nullptr.
const AnalysisDraft* reading(const LexiconModel& m, const std::string& form, const std::string& lemma,
                             const std::string& particle = {}) {
  const auto* list = m.analyses(form);
  if (list == nullptr) {
    return nullptr;
  }
  for (const auto& a : *list) {
    if (m.lemma(a.lemma).text == lemma && a.particle == particle) {
      return &a;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("lexicon::split_separable") {
  SUBCASE("the longest particle wins") {
    // herausstellen is heraus + stellen, not her + ausstellen; hinzukommen is hinzu + kommen.
    CHECK(split_separable("herausstellen", false)->particle == "heraus");
    CHECK(split_separable("herausstellen", false)->base == "stellen");
    CHECK(split_separable("hinzukommen", false)->particle == "hinzu");
  }
  SUBCASE("ambiguous particles only when a source shows them apart") {
    // übergehen: "geht über" (separable) and "übergeht" (inseparable).
    CHECK_FALSE(split_separable("übergehen", false));
    CHECK(split_separable("übergehen", true)->particle == "über");
  }
  SUBCASE("inseparable prefixes are no particles") {
    CHECK_FALSE(split_separable("verkommen", true));
  }
  SUBCASE("a three-letter base: antun, zusammentun (tun); nothing shorter") {
    REQUIRE(split_separable("antun", false));
    CHECK(split_separable("antun", false)->base == "tun");
    CHECK(split_separable("zusammentun", false)->particle == "zusammen");
    CHECK_FALSE(split_separable("abun", false));
  }
  SUBCASE("the -einander particles: aufeinandertreffen is aufeinander + treffen") {
    CHECK(split_separable("aufeinandertreffen", false)->particle == "aufeinander");
    CHECK(split_separable("aufeinandertreffen", false)->base == "treffen");
  }
}

TEST_CASE("lexicon::compose_verbs") {
  LexiconModel m;
  const LemmaId kommen = add_kommen(m);
  const auto stats = compose_verbs(m, {ComposeCandidate{"mitkommen", false}});
  CHECK(stats.separable == 1);
  const auto id = m.find_lemma("mitkommen", Pos::Verb);
  REQUIRE(id);

  SUBCASE("finite forms with the particle detached: Sie kam mit.") {
    const auto* a = reading(m, "kam", "mitkommen", "mit");
    REQUIRE(a != nullptr);
    CHECK((a->features & f::k_past) != 0);
    CHECK(reading(m, "kämen", "mitkommen", "mit") != nullptr);
    CHECK(reading(m, "komm", "mitkommen", "mit") != nullptr); // Komm mit!
    // The base keeps its own reading.
    CHECK(reading(m, "kam", "kommen") != nullptr);
  }
  SUBCASE("joined in a subordinate clause: weil sie mitkam") {
    CHECK(reading(m, "mitkam", "mitkommen") != nullptr);
    CHECK(reading(m, "mitkomm", "mitkommen") == nullptr); // no joined imperative
  }
  SUBCASE("infinitives and participles") {
    CHECK((reading(m, "mitkommen", "mitkommen")->features & f::k_infinitive) != 0);
    CHECK((reading(m, "mitzukommen", "mitkommen")->features & f::k_zu_infinitive) != 0);
    CHECK((reading(m, "mitkommend", "mitkommen")->features & f::k_participle1) != 0);
    CHECK((reading(m, "mitgekommen", "mitkommen")->features & f::k_participle2) != 0);
    // Nothing is added to the base.
    CHECK(reading(m, "mitzukommen", "kommen") == nullptr);
    CHECK(reading(m, "mitkommen", "kommen") == nullptr);
  }
  SUBCASE("principal parts") {
    const auto& l = m.lemma(*id);
    CHECK(l.separable_prefix == "mit");
    CHECK(l.past == "kam mit");
    CHECK(l.participle2 == "mitgekommen");
    CHECK(l.auxiliary == "ist"); // ist mitgekommen, like ist gekommen
  }
  (void)kommen;
}

TEST_CASE("lexicon::compose_verbs corrects a wrong particle") {
  // Morphy gives herausstellen as "ausstellt her"; composed from stellen it is "stellt heraus".
  LexiconModel m;
  const LemmaId stellen = m.add_lemma("stellen", Pos::Verb);
  m.add_form("stellt", stellen, f::k_present | f::k_singular | f::k_person3);
  m.add_form("gestellt", stellen, f::k_participle2);
  m.lemma(stellen).past = "stellte";
  m.lemma(stellen).participle2 = "gestellt";
  const LemmaId bogus = m.add_lemma("herausstellen", Pos::Verb);
  m.add_form("ausstellt", bogus, f::k_present | f::k_singular | f::k_person3, "her");
  m.lemma(bogus).separable_prefix = "her";
  m.lemma(bogus).past = "ausstellte her";
  const auto stats = compose_verbs(m, {ComposeCandidate{"herausstellen", true}});
  CHECK(stats.corrected == 1);
  CHECK(reading(m, "stellt", "herausstellen", "heraus") != nullptr);
  CHECK(reading(m, "ausstellt", "herausstellen", "her") == nullptr);
  CHECK(m.lemma(bogus).separable_prefix == "heraus");
  CHECK(m.lemma(bogus).past == "stellte heraus");
}

TEST_CASE("lexicon::compose_verbs detaches a joined past") {
  // Morphy has darstellen without its prefix flag: past "darstellte". A learner needs "stellte dar".
  LexiconModel m;
  const LemmaId stellen = m.add_lemma("stellen", Pos::Verb);
  m.add_form("stellte", stellen, f::k_past | f::k_singular | f::k_person3);
  m.add_form("gestellt", stellen, f::k_participle2);
  m.lemma(stellen).past = "stellte";
  m.lemma(stellen).participle2 = "gestellt";
  const LemmaId dar = m.add_lemma("darstellen", Pos::Verb);
  m.add_form("darstellte", dar, f::k_past | f::k_singular | f::k_person3);
  m.lemma(dar).past = "darstellte";
  m.lemma(dar).participle2 = "dargestellt";
  compose_verbs(m, {ComposeCandidate{"darstellen", true}});
  CHECK(m.lemma(dar).past == "stellte dar");
  CHECK(m.lemma(dar).participle2 == "dargestellt");
  CHECK(reading(m, "stellte", "darstellen", "dar") != nullptr);
}

TEST_CASE("lexicon::compose_inseparable") {
  // erstrahlen from strahlen: erstrahlte, erstrahlt (no ge-).
  LexiconModel m;
  const LemmaId strahlen = m.add_lemma("strahlen", Pos::Verb);
  m.add_form("strahlte", strahlen, f::k_past | f::k_singular | f::k_person3);
  m.add_form("gestrahlt", strahlen, f::k_participle2);
  m.add_form("strahlen", strahlen, f::k_infinitive);
  m.lemma(strahlen).past = "strahlte";
  m.lemma(strahlen).participle2 = "gestrahlt";
  CHECK(compose_inseparable(m, {"erstrahlen", "erkommen"}) == 1);
  CHECK(reading(m, "erstrahlte", "erstrahlen") != nullptr);
  CHECK((reading(m, "erstrahlt", "erstrahlen")->features & f::k_participle2) != 0);
  CHECK(reading(m, "ergestrahlt", "erstrahlen") == nullptr);
  CHECK(m.lemma(*m.find_lemma("erstrahlen", Pos::Verb)).participle2 == "erstrahlt");
}

} // namespace wortkiste::lexicon

namespace wortkiste::lexicon {

TEST_CASE("lexicon::compose_verbs separable participle") {
  // Morphy: übergehen "geht über" but participle "übergangen"; composed: "übergegangen".
  LexiconModel m;
  const LemmaId gehen = m.add_lemma("gehen", Pos::Verb);
  m.add_form("ging", gehen, feature::k_past | feature::k_singular | feature::k_person3);
  m.add_form("gegangen", gehen, feature::k_participle2);
  m.lemma(gehen).past = "ging";
  m.lemma(gehen).participle2 = "gegangen";
  const LemmaId id = m.add_lemma("übergehen", Pos::Verb);
  m.add_form("übergangen", id, feature::k_participle2);
  m.lemma(id).separable_prefix = "über";
  m.lemma(id).past = "ging über";
  m.lemma(id).participle2 = "übergangen";
  compose_verbs(m, {ComposeCandidate{"übergehen", true}});
  CHECK(m.lemma(id).participle2 == "übergegangen");
  REQUIRE(m.analyses("übergegangen") != nullptr);
  CHECK(m.analyses("übergegangen")->front().lemma == id);
  CHECK(m.analyses("übergangen") != nullptr); // the inseparable reading stays
}

TEST_CASE("lexicon::participle_shown_candidates") {
  // Morphy lists bekanntgeben without its separable flag; its participle "bekanntgegeben" is
  // bekannt + "gegeben" (the participle of geben), which shows the particle.
  LexiconModel m;
  auto verb = [&](const std::string& text, const std::string& participle) {
    const LemmaId id = m.add_lemma(text, Pos::Verb);
    m.add_form(text, id, f::k_infinitive);
    m.lemma(id).participle2 = participle;
    return id;
  };
  verb("geben", "gegeben");
  verb("bekanntgeben", "bekanntgegeben");
  verb("nehmen", "genommen");
  verb("malnehmen", "malgenommen");      // "Nimm das mal": mal is no particle
  verb("generieren", "generiert");
  verb("regenerieren", "regeneriert");   // -ieren verbs take no ge-: "re" is no particle
  verb("stehen", "gestanden");
  verb("bleiben", "geblieben");
  verb("stehenbleiben", "stehengeblieben"); // two verbs: "bleibt stehen"
  verb("begeben", "begeben");               // inseparable be-
  const auto out = participle_shown_candidates(m);
  REQUIRE(out.size() == 1);
  CHECK(out[0].verb == "bekanntgeben");
  CHECK(out[0].particle == "bekannt");
  CHECK(out[0].separable_shown);

  SUBCASE("composed, the detached particle reads: Sie gab bekannt.") {
    const LemmaId geben = *m.find_lemma("geben", Pos::Verb);
    m.add_form("gab", geben, f::k_past | f::k_singular | f::k_person3);
    m.add_form("gegeben", geben, f::k_participle2);
    m.lemma(geben).past = "gab";
    compose_verbs(m, out);
    CHECK(reading(m, "gab", "bekanntgeben", "bekannt") != nullptr);
    CHECK(m.lemma(*m.find_lemma("bekanntgeben", Pos::Verb)).past == "gab bekannt");
  }
}

TEST_CASE("lexicon::correct_inseparable_verbs") {
  LexiconModel m;
  auto base = [&](const std::string& text, const std::string& past, const std::string& participle) {
    const LemmaId id = m.add_lemma(text, Pos::Verb);
    m.lemma(id).past = past;
    m.lemma(id).participle2 = participle;
  };
  base("fassen", "fasste", "gefasst");
  base("gehen", "ging", "gegangen");
  // Morphy: umfassen separable ("fasst ... um") with the inseparable participle "umfasst".
  const LemmaId umfassen = m.add_lemma("umfassen", Pos::Verb);
  m.lemma(umfassen).separable_prefix = "um";
  m.lemma(umfassen).past = "fasste um";
  m.lemma(umfassen).participle2 = "umfasst";
  m.add_form("fasst", umfassen, f::k_present | f::k_person3 | f::k_singular, "um");
  m.add_form("umfasst", umfassen, f::k_participle2 | f::k_present | f::k_person3 | f::k_singular);
  m.ranks["umfasst"].rank = 3367; // "umgefasst" never seen
  // übergehen is both; "übergegangen" is the more frequent participle, so it stays separable.
  const LemmaId uebergehen = m.add_lemma("übergehen", Pos::Verb);
  m.lemma(uebergehen).separable_prefix = "über";
  m.lemma(uebergehen).past = "ging über";
  m.lemma(uebergehen).participle2 = "übergangen";
  m.add_form("geht", uebergehen, f::k_present | f::k_person3 | f::k_singular, "über");
  m.ranks["übergegangen"].rank = 9000;
  m.ranks["übergangen"].rank = 13000;

  CHECK(correct_inseparable_verbs(m) == 1);
  CHECK(m.lemma(umfassen).separable_prefix.empty());
  CHECK(m.lemma(umfassen).past == "umfasste");
  CHECK(reading(m, "fasst", "umfassen", "um") == nullptr);
  CHECK(reading(m, "umfasst", "umfassen") != nullptr);
  CHECK(m.lemma(uebergehen).separable_prefix == "über");
  CHECK(reading(m, "geht", "übergehen", "über") != nullptr);
}

TEST_CASE("lexicon::ding_candidates take the particle Ding shows") {
  // "gerade" is on no particle list; Ding's "steht gerade" shows it, so "Dafür steht die Firma
  // gerade" can join to geradestehen.
  const auto entry = ding::parse_line(
      "für etw. geradestehen {vi} | geradestehend | geradegestanden | steht gerade | stand gerade "
      ":: to answer for sth. | answering for | answered for | answers for | answered for");
  REQUIRE(entry);
  const auto candidates = ding_candidates({*entry});
  REQUIRE(candidates.size() == 1);
  CHECK(candidates[0].verb == "geradestehen");
  CHECK(candidates[0].separable_shown);
  CHECK(candidates[0].particle == "gerade");
  // A verb whose present shows no particle apart gives none: "vereinbart".
  const auto plain = ding::parse_line(
      "etw. vereinbaren {vt} | vereinbarend | vereinbart | vereinbart | vereinbarte :: to agree on");
  REQUIRE(plain);
  CHECK(ding_candidates({*plain})[0].particle.empty());
}

} // namespace wortkiste::lexicon
