#include "srs/fsrs.h"
#include "srs/optimizer.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace wortkiste;

namespace {

// A deterministic synthetic student: memory follows FSRS-6 with `true_w`; recall is drawn with
// probability R; the cards are scheduled by our own ts-fsrs-exact scheduler with those weights.
std::vector<srs::ReviewRecord> simulate(const srs::Weights& true_w, int cards, int days) {
  std::uint64_t state = 12345;
  const auto uniform = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) * 0x1.0p-53;
  };
  srs::Parameters p;
  p.w = true_w;
  p.enable_fuzz = true;
  const srs::Scheduler scheduler = srs::make_scheduler(p);
  std::vector<srs::ReviewRecord> log;
  const std::int64_t start = 1704067200000; // 2024-01-01T00:00:00Z
  for (int c = 0; c < cards; ++c) {
    std::int64_t now = start + (c % 60) * srs::k_ms_per_day + 9 * 3'600'000;
    srs::Card card = srs::new_card(now);
    while (now < start + days * srs::k_ms_per_day) {
      int rating = 0;
      if (card.state == srs::State::new_card) {
        const double u = uniform();
        rating = u < 0.2 ? 1 : u < 0.3 ? 2 : u < 0.85 ? 3 : 4;
      } else {
        const auto t = static_cast<double>(srs::utc_day_difference(*card.last_review_ms, now));
        const double r = t == 0 ? 0.95 : srs::forgetting_curve(scheduler.parameters.w, t, card.stability);
        if (uniform() < r) {
          const double u = uniform();
          rating = u < 0.15 ? 2 : u < 0.9 ? 3 : 4;
        } else {
          rating = 1;
        }
      }
      log.push_back({1000 + c, now, now / srs::k_ms_per_day, rating, static_cast<int>(card.state)});
      card = srs::review(scheduler, card, now, rating == 1   ? srs::Rating::again
                                               : rating == 2 ? srs::Rating::hard
                                               : rating == 3 ? srs::Rating::good
                                                             : srs::Rating::easy);
      now = card.due_ms + static_cast<std::int64_t>(uniform() * 4 * 3'600'000);
    }
  }
  return log;
}

const srs::Weights k_true_w = {0.35, 0.9, 3, 10.5, 6.9, 0.55, 2.2, 0.012, 1.3, 0.18, 1,
                               1.6,  0.09, 0.33, 1.9, 0.45, 2.3, 0.65, 0.22, 0.11, 0.28};

} // namespace

TEST_CASE("srs::build_training_set") {
  SUBCASE("one item per review a day or more after the previous one") {
    const std::int64_t d = srs::k_ms_per_day;
    std::vector<srs::ReviewRecord> log = {
        {1, 0 * d + 1000, 0, 3, 0}, {1, 0 * d + 2000, 0, 3, 1}, // first day: learning steps
        {1, 2 * d, 2, 3, 2},        {1, 2 * d + 5, 2, 1, 2},    // same day again: no item
        {1, 9 * d, 9, 3, 3},        {2, 5 * d, 5, 1, 0},        // card 2 has one review only
        {3, 3 * d, 3, 3, 2},        {3, 4 * d, 4, 3, 2},        // card 3 never was New: skipped
    };
    const auto data = srs::build_training_set(log);
    CHECK(data.items == 2);
    REQUIRE(data.histories.size() == 2);
    CHECK(data.histories[0].size() == 5);
    CHECK(data.histories[0][2].delta_t == 2);
    CHECK(data.histories[0][3].delta_t == 0);
    CHECK(data.histories[0][3].weight == 0);
    // Recency: the older item weighs 0.25, the newest 1.
    CHECK(data.histories[0][2].weight == 0.25);
    CHECK(data.histories[0][4].weight == 1.0);
  }
  SUBCASE("a review from state New starts the history again (the card was reset)") {
    const std::int64_t d = srs::k_ms_per_day;
    std::vector<srs::ReviewRecord> log = {
        {1, 0, 0, 3, 0}, {1, 3 * d, 3, 3, 2}, {1, 10 * d, 10, 3, 0}, {1, 12 * d, 12, 3, 2}};
    const auto data = srs::build_training_set(log);
    CHECK(data.histories.size() == 2);
    CHECK(data.items == 2);
  }
}

TEST_CASE("srs::parse_revlog_csv") {
  SUBCASE("the fsrs-rs columns, in any order, with extra ones") {
    const auto r = srs::parse_revlog_csv(
        "card_id,review_time,review_rating,review_state,review_duration,review_time_iso\n"
        "7,86400001,3,0,5403,1970-01-02T00:00:00.001Z\r\n"
        "\n"
        "7,172800000,1,2,100,x\n");
    REQUIRE(r);
    REQUIRE(r->size() == 2);
    CHECK((*r)[0].card_id == 7);
    CHECK((*r)[0].day == 1);
    CHECK((*r)[1].rating == 1);
    CHECK((*r)[1].state_before == 2);
  }
  SUBCASE("clear errors with the line") {
    CHECK(srs::parse_revlog_csv("card,review_time\n").error().starts_with("line 1: "));
    const auto bad = srs::parse_revlog_csv(
        "card_id,review_time,review_rating,review_state\n1,2,3,0\n1,5,9,2\n");
    REQUIRE_FALSE(bad);
    CHECK(bad.error() == "line 3: review_rating must be 1-4, not 9");
    const auto nan = srs::parse_revlog_csv("card_id,review_time,review_rating,review_state\n1,x,3,0\n");
    CHECK(nan.error() == "line 2: field 2 is not an integer: \"x\"");
    CHECK(srs::parse_revlog_csv("card_id,review_time,review_rating,review_state\n1,2\n")
              .error()
              .starts_with("line 2: expected at least"));
  }
}

TEST_CASE("srs::gradient") {
  // The reverse-mode gradient agrees with central differences of the log loss.
  const auto data = srs::build_training_set(simulate(k_true_w, 40, 200));
  REQUIRE(data.items > 50);
  srs::Weights w = srs::k_default_weights;
  const auto grad = srs::gradient(w, data);
  for (std::size_t i : {0u, 3u, 4u, 8u, 10u, 11u, 15u, 17u, 19u, 20u}) {
    const double h = 1e-6 * std::max(1.0, std::fabs(w[i]));
    srs::Weights plus = w, minus = w;
    plus[i] += h;
    minus[i] -= h;
    const double numeric =
        (srs::evaluate(plus, data).log_loss - srs::evaluate(minus, data).log_loss) / (2 * h);
    INFO("weight " << i);
    CHECK(grad[i] == doctest::Approx(numeric).epsilon(1e-4).scale(1e-6));
  }
}

TEST_CASE("srs::optimize") {
  const auto log = simulate(k_true_w, 300, 400);
  const auto data = srs::build_training_set(log);
  REQUIRE(data.items > 1000);
  const auto result = srs::optimize(data);
  SUBCASE("the fit predicts better than the defaults") {
    CHECK(result.after.log_loss < result.before.log_loss - 0.001);
    CHECK(result.after.rmse_bins < result.before.rmse_bins);
    CHECK(result.after.items == data.items);
  }
  SUBCASE("and comes close to the weights that generated the log") {
    const auto truth = srs::evaluate(k_true_w, data);
    CHECK(result.after.log_loss < truth.log_loss + 0.003);
  }
  SUBCASE("every weight stays within its bounds") {
    CHECK(srs::clip_parameters(result.weights, 1, true) == result.weights);
  }
  SUBCASE("the same log gives the same weights") {
    CHECK(srs::optimize(data).weights == result.weights);
  }
  SUBCASE("an empty log keeps the starting weights") {
    const auto empty = srs::optimize(srs::build_training_set({}));
    CHECK(empty.weights == srs::k_default_weights);
  }
}
