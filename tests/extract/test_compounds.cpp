// Unknown compound nouns split through their head. Needs the built lexicon.
#include "extract/compounds.h"

#include "lexicon_fixture.h"

#include <doctest/doctest.h>

using namespace wortkiste::extract;
using wortkiste::extract::testing::test_lexicon;

TEST_CASE("extract::split_compound") {
  FormCache cache(test_lexicon());
  SUBCASE("linking -s-: Übergangsplan -> Übergang|Plan, der, Übergangspläne") {
    auto split = split_compound("Übergangsplan", cache);
    REQUIRE(split.has_value());
    CHECK(split->parts == std::vector<std::string>{"Übergang", "Plan"});
    CHECK(split->lemma == "Übergangsplan");
    const auto head = test_lexicon().lemma(split->head);
    CHECK(head.gender == wortkiste::lexicon::Gender::Masculine);
    CHECK(compound_plural(*split, "Übergangsplan", test_lexicon()) == "Übergangspläne");
  }
  SUBCASE("three parts: Militärallianzmission -> Militär|Allianz|Mission, feminine") {
    auto split = split_compound("Militärallianzmission", cache);
    REQUIRE(split.has_value());
    CHECK(split->parts == std::vector<std::string>{"Militär", "Allianz", "Mission"});
    CHECK(test_lexicon().lemma(split->head).gender == wortkiste::lexicon::Gender::Feminine);
  }
  SUBCASE("inflected head: Sicherheitskräfte -> Sicherheitskraft") {
    auto split = split_compound("Sicherheitskräfte", cache);
    REQUIRE(split.has_value());
    CHECK(split->lemma == "Sicherheitskraft");
    CHECK(split->parts.back() == "Kraft");
  }
  SUBCASE("hyphens: Zwei-Phasen-Übergangsplan keeps its first parts as written") {
    auto split = split_compound("Zwei-Phasen-Übergangsplan", cache);
    REQUIRE(split.has_value());
    CHECK(split->lemma == "Zwei-Phasen-Übergangsplan");
    CHECK(split->parts.front() == "Zwei");
    CHECK(split->parts.back() == "Plan");
  }
  SUBCASE("no split into unknown parts") {
    CHECK_FALSE(split_compound("Xyzqwplan", cache).has_value());
    CHECK_FALSE(split_compound("Bagdad", cache).has_value());
  }
}
