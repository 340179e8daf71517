#include "extract/gloss.h"

#include "core/paths.h"

#include <doctest/doctest.h>

#include <vector>

using namespace wortkiste::extract;
using wortkiste::lexicon::Gloss;
using wortkiste::lexicon::Pos;

TEST_CASE("extract::choose_gloss") {
  SUBCASE("at most three senses, in Ding's order, labels kept apart") {
    const std::vector<Gloss> senses = {{"to announce", {}},
                                       {"to herald", {"[formal]"}},
                                       {"to annunciate", {}},
                                       {"to proclaim", {}}};
    const GlossChoice c = choose_gloss(senses);
    REQUIRE(c.senses.size() == 3);
    CHECK(c.senses[0] == "to announce");
    CHECK(c.senses[1] == "to herald");
    CHECK(c.labels[1] == std::vector<std::string>{"[formal]"});
    CHECK(c.text() == "to announce; to herald; to annunciate");
  }
  SUBCASE("duplicates dropped, total length bounded") {
    const std::vector<Gloss> senses = {
        {"deployment", {}},
        {"Deployment", {}},
        {"commitment of troops in a very long paraphrase of the sense", {}},
        {"mission", {}}};
    const GlossChoice c = choose_gloss(senses);
    CHECK(c.text() == "deployment; mission");
    CHECK(c.text().size() <= k_max_gloss_chars);
  }
  SUBCASE("a first sense longer than the limit is shortened at a word") {
    const std::vector<Gloss> senses = {
        {"a sense so long that it cannot possibly fit on the back of one small card", {}}};
    const GlossChoice c = choose_gloss(senses);
    REQUIRE(c.senses.size() == 1);
    CHECK(c.senses[0].size() <= k_max_gloss_chars + 3);
    CHECK(c.senses[0].ends_with("\u2026"));
  }
  SUBCASE("no senses") { CHECK(choose_gloss({}).senses.empty()); }
}

TEST_CASE("extract::compound_gloss") {
  // Dschihadistengruppe = Dschihadist + Gruppe.
  const std::vector<std::string> names = {"Dschihadist", "Gruppe"};
  const std::vector<std::vector<Gloss>> parts = {{{"jihadist", {}}}, {{"group", {}}, {"band", {}}}};
  CHECK(compound_gloss(names, parts) == "jihadist + group");
  // A part without a sense stays German: Polizeipersonal = "Polizei + staff".
  const std::vector<std::string> police = {"Polizei", "Personal"};
  const std::vector<std::vector<Gloss>> half = {{}, {{"staff", {}}}};
  CHECK(compound_gloss(police, half) == "Polizei + staff");
  const std::vector<std::vector<Gloss>> none = {{}, {}};
  CHECK_FALSE(compound_gloss(police, none));
  // Ding glosses Militär as "the military"; inside the compound the article goes.
  const std::vector<std::string> military = {"Militär", "Allianz", "Mission"};
  const std::vector<std::vector<Gloss>> senses = {
      {{"the military", {}}}, {{"alliance", {}}}, {{"mission", {}}}};
  CHECK(compound_gloss(military, senses) == "military + alliance + mission");
}

TEST_CASE("extract::gloss_for") {
  const auto path = wortkiste::core::find_lexicon();
  if (!path) {
    MESSAGE("no lexicon built; gloss_for checked by the e2e test");
    return;
  }
  const auto lexicon = wortkiste::lexicon::Lexicon::open(*path);
  SUBCASE("a separable verb is glossed as the joined verb") {
    // "kündigten ... an" -> ankündigen = announce, never kündigen = give notice.
    const GlossChoice an = gloss_for(lexicon, "ankündigen", Pos::Verb, {});
    REQUIRE_FALSE(an.senses.empty());
    CHECK(an.text().find("announce") != std::string::npos);
    CHECK(an.text().find("notice") == std::string::npos);
    const GlossChoice plain = gloss_for(lexicon, "kündigen", Pos::Verb, {});
    CHECK(plain.text().find("announce") == std::string::npos);
  }
  SUBCASE("the sense matching the part of speech") {
    const GlossChoice noun = gloss_for(lexicon, "Einsatz", Pos::Noun, {});
    REQUIRE_FALSE(noun.senses.empty());
    CHECK(noun.text().size() <= k_max_gloss_chars + 3);
  }
  SUBCASE("an unknown compound is glossed through its parts") {
    const std::vector<std::string> parts = {"Dschihadist", "Gruppe"};
    const GlossChoice c = gloss_for(lexicon, "Dschihadistxgruppe", Pos::Noun, parts);
    REQUIRE_FALSE(c.senses.empty());
    CHECK(c.from_parts);
    CHECK(c.text().find(" + group") != std::string::npos);
  }
  SUBCASE("adverbs spelt like adjectives have glosses: lange, früher; and Eltern") {
    const GlossChoice lange = gloss_for(lexicon, "lange", Pos::Adverb, {});
    CHECK(lange.text().find("long time") != std::string::npos);
    const GlossChoice frueher = gloss_for(lexicon, "früher", Pos::Adverb, {});
    CHECK_FALSE(frueher.senses.empty());
    CHECK(gloss_for(lexicon, "Eltern", Pos::Noun, {}).text().find("parents") != std::string::npos);
  }
  SUBCASE("a feminine -in without glosses through its masculine: Ärztin -> Arzt") {
    const GlossChoice g = gloss_for(lexicon, "Ärztin", Pos::Noun, {});
    CHECK(g.text().find("doctor (woman)") != std::string::npos);
  }
}
