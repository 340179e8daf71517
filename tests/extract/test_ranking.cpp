#include "extract/ranking.h"

#include <doctest/doctest.h>

using namespace wortkiste::extract;

namespace {

RankInput input(std::string lemma, std::uint32_t rank, std::size_t count) {
  RankInput in;
  in.lemma = std::move(lemma);
  in.frequency_rank = rank;
  in.count = count;
  return in;
}

} // namespace

TEST_CASE("extract::parse_level") {
  CHECK(parse_level("B1") == Level::B1);
  CHECK(parse_level("c2") == Level::C2);
  CHECK_FALSE(parse_level("B3"));
  CHECK_FALSE(parse_level(""));
  CHECK(to_string(Level::A2) == "A2");
}

TEST_CASE("extract::band_for") {
  // Without --level only the most frequent lemmas are known and nothing waits.
  CHECK(band_for(std::nullopt).known_up_to == 200);
  CHECK(band_for(std::nullopt).waits_above == 0);
  CHECK(band_for(Level::A1).known_up_to == 0);
  CHECK(band_for(Level::C2).waits_above == 0);
  for (int i = 1; i < 6; ++i) {
    // Bands move up with the level.
    CHECK(band_for(static_cast<Level>(i)).known_up_to >
          band_for(static_cast<Level>(i - 1)).known_up_to);
  }
}

TEST_CASE("extract::rank_one") {
  RankingOptions b1;
  b1.level = Level::B1;
  SUBCASE("very common words count as known") {
    // "Jahr" is among the most frequent lemmas: a B1 learner knows it.
    CHECK(rank_one(input("Jahr", 40, 3), b1).verdict == Verdict::TooCommon);
  }
  SUBCASE("words inside the band are new") {
    const RankResult r = rank_one(input("Einsatz", 2400, 2), b1);
    CHECK(r.verdict == Verdict::New);
    CHECK(r.reason == "rank 2,400 (A2), 2× in text");
  }
  SUBCASE("very rare words wait") {
    CHECK(rank_one(input("Vergeltung", 20000, 1), b1).verdict == Verdict::TooRare);
    RankingOptions c1;
    c1.level = Level::C1;
    CHECK(rank_one(input("Vergeltung", 20000, 1), c1).verdict == Verdict::New);
  }
  SUBCASE("unranked words are new except for beginners, unless repeated") {
    CHECK(rank_one(input("Übergangsplan", 0, 1), b1).verdict == Verdict::New);
    RankingOptions a1;
    a1.level = Level::A1;
    CHECK(rank_one(input("Übergangsplan", 0, 1), a1).verdict == Verdict::TooRare);
    CHECK(rank_one(input("Übergangsplan", 0, 2), a1).verdict == Verdict::New);
  }
  SUBCASE("known words and notes in the collection are skipped") {
    RankInput known = input("Truppe", 3000, 4);
    known.known = true;
    CHECK(rank_one(known, b1).verdict == Verdict::Known);
    RankInput there = input("Truppe", 3000, 4);
    there.in_collection = true;
    CHECK(rank_one(there, b1).verdict == Verdict::InCollection);
  }
  SUBCASE("--known-below-rank overrides the band") {
    RankingOptions opts;
    opts.level = Level::B1;
    opts.known_below_rank = 100;
    CHECK(rank_one(input("Land", 150, 1), opts).verdict == Verdict::New);
    opts.known_below_rank = 5000;
    CHECK(rank_one(input("Einsatz", 2400, 1), opts).verdict == Verdict::TooCommon);
  }
  SUBCASE("frequent and repeated words score higher") {
    CHECK(rank_one(input("a", 2000, 1), b1).score > rank_one(input("b", 7000, 1), b1).score);
    CHECK(rank_one(input("a", 5000, 3), b1).score > rank_one(input("b", 5000, 1), b1).score);
    RankInput no_gloss = input("c", 5000, 1);
    no_gloss.has_gloss = false;
    CHECK(rank_one(input("d", 5000, 1), b1).score > rank_one(no_gloss, b1).score);
  }
}

TEST_CASE("extract::rank") {
  RankingOptions opts;
  opts.level = Level::B1;
  opts.max = 2;
  const std::vector<RankInput> inputs = {input("Truppe", 3000, 1), input("Einsatz", 2000, 3),
                                         input("Jahr", 10, 5), input("abmildern", 5500, 1)};
  const std::vector<RankResult> results = rank(inputs, opts);
  REQUIRE(results.size() == 4);
  CHECK(results[1].verdict == Verdict::New); // best: frequent and repeated
  CHECK(results[0].verdict == Verdict::New);
  CHECK(results[2].verdict == Verdict::TooCommon);
  CHECK(results[3].verdict == Verdict::OverMax);
  const std::vector<std::size_t> order = order_new(results);
  REQUIRE(order.size() == 2);
  CHECK(order[0] == 1);
  CHECK(order[1] == 0);
}

TEST_CASE("extract::level_of_rank") {
  CHECK(level_of_rank(100) == Level::A1);
  CHECK(level_of_rank(1000) == Level::A1);
  CHECK(level_of_rank(2500) == Level::A2);
  CHECK(level_of_rank(5101) == Level::B1); // ankündigen
  CHECK(level_of_rank(12262) == Level::B2);
  CHECK(level_of_rank(29600) == Level::C1); // abmildern
  CHECK(level_of_rank(50000) == Level::C2);
  CHECK(level_of_rank(0) == Level::C2);
}
