#include "extract/multiword.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace wortkiste::extract;

TEST_CASE("extract::match_multiword") {
  // "gingen die Zellen nach wie vor gegen ISIS vor": the first "vor" is part of "nach wie vor".
  const std::vector<std::string> lowers = {"gingen", "die", "zellen", "nach", "wie", "vor",
                                           "gegen", "isis", "vor"};
  SUBCASE("found where it starts") {
    auto m = match_multiword(lowers, 3);
    CHECK(m.text == "nach wie vor");
    CHECK(m.length == 3);
  }
  SUBCASE("not found elsewhere") {
    CHECK(match_multiword(lowers, 4).length == 0);
    CHECK(match_multiword(lowers, 8).length == 0);
  }
}
