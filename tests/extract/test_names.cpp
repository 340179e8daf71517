#include "extract/names.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace wortkiste::extract;

TEST_CASE("extract::is_place_name") {
  CHECK(is_place_name("Irak"));
  CHECK(is_place_name("Iraks")); // genitive: "Iraks autonome Region"
  CHECK(is_place_name("Bagdad"));
  CHECK_FALSE(is_place_name("Truppe"));
  CHECK(place_lemma("Iraks") == "Irak");
  CHECK(place_lemma("Syrien") == "Syrien");
}

TEST_CASE("extract::is_acronym") {
  CHECK(is_acronym("ISIS"));
  CHECK(is_acronym("USA"));
  CHECK(is_acronym("EU"));
  CHECK_FALSE(is_acronym("Irak"));
  CHECK_FALSE(is_acronym("A"));
}

TEST_CASE("extract::is_particle_name") {
  CHECK(is_particle_name("al-Abbassi")); // "Thabet al-Abbassi"
  CHECK_FALSE(is_particle_name("pro-iranisch"));
  CHECK(is_name_particle("von"));
}

TEST_CASE("extract::multiword_name_length") {
  const std::vector<std::string> lowers = {"zwischen", "den", "vereinigten", "staaten", "und"};
  CHECK(multiword_name_length(lowers, 2) == 2);
  CHECK(multiword_name_length(lowers, 1) == 0);
  CHECK(multiword_name_length(lowers, 4) == 0);
}
