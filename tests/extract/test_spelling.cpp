#include "extract/spelling.h"

#include <doctest/doctest.h>

using namespace wortkiste::extract;

TEST_CASE("extract::to_lower") {
  CHECK(to_lower("Heute") == "heute");
  CHECK(to_lower("ÜBER") == "über");
  CHECK(to_lower("Äußerst") == "äußerst");
}

TEST_CASE("extract::capitalize") {
  CHECK(capitalize("essen") == "Essen");
  CHECK(capitalize("über") == "Über");
  CHECK(title_case("USA") == "Usa");
}

TEST_CASE("extract::is_all_caps") {
  CHECK(is_all_caps("ISIS"));
  CHECK(is_all_caps("USA"));
  CHECK_FALSE(is_all_caps("Irak"));
  CHECK_FALSE(is_all_caps("A"));
}

TEST_CASE("extract::is_number_like") {
  CHECK(is_number_like("2.500"));
  CHECK(is_number_like("27."));
  CHECK_FALSE(is_number_like("Irak"));
  CHECK(is_punctuation("„"));
  CHECK_FALSE(is_punctuation("ß"));
}
