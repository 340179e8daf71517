// Tests of the rank-scale fit that puts subtitle ranks on the Wikipedia scale (lexicon/ranks.h).

#include "lexicon/ranks.h"

#include <doctest/doctest.h>

namespace wortkiste::lexicon {

TEST_CASE("lexicon::fit_rank_scale") {
  SUBCASE("a power law is recovered: to = 3 * from") {
    const auto fit = fit_rank_scale({{10, 30}, {100, 300}, {1000, 3000}});
    CHECK(fit.b == doctest::Approx(1.0));
    CHECK(fit.map(50) == 150);
    CHECK(fit.map(1) == 3);
  }
  SUBCASE("a lemma only in the subtitle list gets a rank between its neighbours") {
    // "Tag": subtitle lemma 111, where shared lemmas around it rank 300-700 in Wikipedia.
    const auto fit = fit_rank_scale({{50, 200}, {100, 400}, {200, 800}, {400, 1600}});
    const auto tag = fit.map(111);
    CHECK(tag > 400);
    CHECK(tag < 800);
  }
  SUBCASE("unranked stays unranked; too few pairs give the identity") {
    const auto fit = fit_rank_scale({{10, 30}});
    CHECK(fit.map(0) == 0);
    CHECK(fit.map(77) == 77);
  }
}

} // namespace wortkiste::lexicon
