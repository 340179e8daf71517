#include "lexicon/sources.h"

#include <doctest/doctest.h>

using namespace wortkiste::lexicon;

TEST_CASE("lexicon::perfect_auxiliary") {
  SUBCASE("verbs of motion and change of state take sein") {
    CHECK(perfect_auxiliary("gehen", "") == "ist");
    CHECK(perfect_auxiliary("sterben", "") == "ist");
    CHECK(perfect_auxiliary("bleiben", "") == "ist");
  }
  SUBCASE("their separable and inseparable derivatives keep it") {
    CHECK(perfect_auxiliary("vorgehen", "vor") == "ist");
    CHECK(perfect_auxiliary("ankommen", "an") == "ist");
    CHECK(perfect_auxiliary("entstehen", "") == "ist");
  }
  SUBCASE("transitive derivatives and other verbs take haben") {
    CHECK(perfect_auxiliary("bekommen", "") == "hat");
    CHECK(perfect_auxiliary("ankündigen", "an") == "hat");
    CHECK(perfect_auxiliary("stehen", "") == "hat");
  }
}
