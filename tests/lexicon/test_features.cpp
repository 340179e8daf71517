#include "lexicon/lexicon.h"

#include <doctest/doctest.h>

using namespace wortkiste::lexicon;
namespace f = wortkiste::lexicon::feature;

TEST_CASE("lexicon::describe_features") {
  SUBCASE("finite verb forms name tense, person and number") {
    CHECK(describe_features(f::k_past | f::k_person1 | f::k_person3 | f::k_plural) ==
          "past tense, 1st/3rd person plural");
  }
  SUBCASE("nouns name case and number") {
    CHECK(describe_features(f::k_dative | f::k_plural) == "dative plural");
  }
  SUBCASE("adjectives name their degree") {
    CHECK(describe_features(f::k_comparative) == "comparative");
    CHECK(describe_features(f::k_superlative | f::k_inflected) == "superlative inflected");
  }
  SUBCASE("old spellings say so") {
    CHECK(describe_features(f::k_old_spelling) == "old spelling");
  }
  SUBCASE("no features, no words") { CHECK(describe_features(0).empty()); }
}

TEST_CASE("lexicon::feature_names") {
  const auto names = feature_names(f::k_past | f::k_plural);
  CHECK(names == std::vector<std::string_view>{"plural", "past"});
}

TEST_CASE("lexicon::case_variants") {
  SUBCASE("as written, lowercased, capitalised, each once") {
    CHECK(case_variants("Einsätze") == std::vector<std::string>{"Einsätze", "einsätze"});
    CHECK(case_variants("ÜBER") == std::vector<std::string>{"ÜBER", "über", "Über"});
    CHECK(case_variants("gehen") == std::vector<std::string>{"gehen", "Gehen"});
  }
}

TEST_CASE("lexicon::to_ud") {
  CHECK(to_ud(Pos::Subordinator) == "SCONJ");
  CHECK(pos_from_ud("AUX") == Pos::Auxiliary);
  CHECK_FALSE(pos_from_ud("VB"));
  CHECK(to_code(Gender::Feminine) == "f");
}
