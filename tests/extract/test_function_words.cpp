#include "extract/function_words.h"

#include <doctest/doctest.h>

using namespace wortkiste::extract;

TEST_CASE("extract::function_words") {
  SUBCASE("lists are searched in any order: umlauts sort after z in bytes") {
    CHECK(function_words::is_preposition("über"));
    CHECK(function_words::is_preposition("während"));
    CHECK(function_words::is_preposition("zwischen"));
    CHECK_FALSE(function_words::is_preposition("Irak"));
  }
  SUBCASE("classes") {
    CHECK(function_words::is_determiner("der"));
    CHECK(function_words::is_subordinator("dass"));
    CHECK(function_words::is_coordinator("und"));
    CHECK(function_words::is_relative("dessen"));
    CHECK(function_words::is_reflexive("sich"));
    CHECK_FALSE(function_words::is_reflexive("er"));
  }
}
