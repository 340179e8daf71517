#include "srs/fsrs.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace wortkiste;
using srs::Rating;
using srs::State;

namespace {
constexpr std::int64_t k_t0 = 1705345339000; // 2024-01-15T19:02:19Z, the first vector history
constexpr std::int64_t k_minute = srs::k_ms_per_minute;
constexpr std::int64_t k_day = srs::k_ms_per_day;

srs::Scheduler default_scheduler(bool fuzz = false, bool short_term = true) {
  srs::Parameters p;
  p.enable_fuzz = fuzz;
  p.enable_short_term = short_term;
  return srs::make_scheduler(p);
}
} // namespace

TEST_CASE("srs::js_round") {
  SUBCASE("ties go towards +infinity like Math.round") {
    CHECK(srs::js_round(2.5) == 3);
    CHECK(srs::js_round(-2.5) == -2);
    CHECK(srs::js_round(-2.6) == -3);
    CHECK(srs::js_round(0.49999999999999994) == 0);
  }
  SUBCASE("round8 keeps eight decimals") {
    CHECK(srs::round8(0.123456785) == doctest::Approx(0.12345679).epsilon(1e-12));
    CHECK(srs::round8(5.112170714) == 5.11217071);
  }
}

TEST_CASE("srs::js_number_to_string") {
  CHECK(srs::js_number_to_string(0) == "0");
  CHECK(srs::js_number_to_string(12.5) == "12.5");
  CHECK(srs::js_number_to_string(-3) == "-3");
  CHECK(srs::js_number_to_string(0.000001) == "0.000001");
  CHECK(srs::js_number_to_string(1e-7) == "1e-7");
  CHECK(srs::js_number_to_string(1.5e21) == "1.5e+21");
  CHECK(srs::js_number_to_string(1e21) == "1e+21");
  CHECK(srs::js_number_to_string(123456789012345680000.0) == "123456789012345680000");
  CHECK(srs::js_number_to_string(0.1 + 0.2) == "0.30000000000000004");
  }

TEST_CASE("srs::Alea") {
  SUBCASE("the outputs of ts-fsrs for seed \"0\"") {
    srs::Alea alea("0");
    CHECK(alea.next() == 0.5945264333859086);
    CHECK(alea.next() == 0.8065849216654897);
    CHECK(alea.next() == 0.12979769078083336);
  }
  SUBCASE("different seeds give different streams, the same seed the same") {
    srs::Alea a("1705345339000_2_6.610547945101"), b("1705345339000_2_6.610547945101"),
        c("1705345339000_3_6.610547945101");
    const double x = a.next();
    CHECK(x == b.next());
    CHECK(x != c.next());
    CHECK(x >= 0);
    CHECK(x < 1);
  }
}

TEST_CASE("srs::fuzz_seed") {
  CHECK(srs::fuzz_seed(k_t0, 1, 0, 0) == "1705345339000_1_0");
  CHECK(srs::fuzz_seed(k_t0, 3, 5.11217071, 1.2931) == "1705345339000_3_6.610547945101");
}

TEST_CASE("srs::clip_parameters") {
  SUBCASE("the defaults are inside every bound") {
    CHECK(srs::clip_parameters(srs::k_default_weights, 1, true) == srs::k_default_weights);
  }
  SUBCASE("NaN becomes 0 and then its lower bound; large values their upper bound") {
    srs::Weights w = srs::k_default_weights;
    w[0] = std::nan("");
    w[4] = 50;
    w[20] = 0.01;
    const auto c = srs::clip_parameters(w, 1, true);
    CHECK(c[0] == 0.001);
    CHECK(c[4] == 10);
    CHECK(c[20] == 0.1);
  }
  SUBCASE("w19 may be 0 only without short-term scheduling") {
    srs::Weights w = srs::k_default_weights;
    w[19] = 0;
    CHECK(srs::clip_parameters(w, 1, true)[19] == 0.01);
    CHECK(srs::clip_parameters(w, 1, false)[19] == 0);
  }
  SUBCASE("several relearning steps lower the ceiling of w17 and w18") {
    srs::Weights w = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
                      0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587,  0.2272, 2.8755, 1.234,
                      0.0553, 0.0913, 0.4665};
    CHECK(srs::clip_parameters(w, 3, true)[17] == 0.22774862);
    CHECK(srs::clip_parameters(w, 1, true)[17] == 1.234);
  }
}

TEST_CASE("srs::parse_steps") {
  CHECK(srs::parse_steps("1m 10m 1h 1d") == std::vector<std::int64_t>{1, 10, 60, 1440});
  CHECK(srs::parse_steps("10m,1h") == std::vector<std::int64_t>{10, 60});
  CHECK(srs::parse_steps("") == std::vector<std::int64_t>{});
  CHECK_FALSE(srs::parse_steps("10"));
  CHECK_FALSE(srs::parse_steps("0m"));
  CHECK_FALSE(srs::parse_steps("5x"));
  CHECK_FALSE(srs::parse_steps("1m10m"));
  CHECK(srs::format_steps({1, 10, 60, 1440, 90}) == "1m 10m 1h 1d 90m");
}

TEST_CASE("srs::forgetting_curve") {
  const auto& w = srs::k_default_weights;
  CHECK(srs::curve_factor(w) == 0.98034649);
  CHECK(srs::forgetting_curve(w, 0, 5) == 1);
  CHECK(srs::forgetting_curve(w, 10, 10) == doctest::Approx(0.9).epsilon(1e-7));
  CHECK(srs::forgetting_curve(w, 20, 10) < srs::forgetting_curve(w, 10, 10));
}

TEST_CASE("srs::init_difficulty") {
  const auto& w = srs::k_default_weights;
  CHECK(srs::init_stability(w, Rating::hard) == 1.2931);
  CHECK(srs::init_difficulty(w, Rating::hard) == 5.11217071);
  CHECK(srs::init_difficulty(w, Rating::good) == 2.11810397);
  // Easy is not clamped here: mean reversion targets this negative value.
  CHECK(srs::init_difficulty(w, Rating::easy) < 0);
}

TEST_CASE("srs::next_difficulty") {
  const auto& w = srs::k_default_weights;
  const double d = 5.0;
  CHECK(srs::next_difficulty(w, d, Rating::again) > d);
  CHECK(srs::next_difficulty(w, d, Rating::easy) < d);
  CHECK(srs::next_difficulty(w, 10, Rating::again) <= 10);
  CHECK(srs::next_difficulty(w, 1, Rating::easy) >= 1);
}

TEST_CASE("srs::next_state") {
  const auto s = default_scheduler();
  SUBCASE("a New card gets the initial values") {
    const auto m = srs::next_state(s, {0, 0}, 0, Rating::good);
    CHECK(m.stability == 2.3065);
    CHECK(m.difficulty == 2.11810397);
  }
  SUBCASE("recall grows stability, Easy most, Hard least") {
    const srs::MemoryState m{10, 5};
    const double hard = srs::next_state(s, m, 10, Rating::hard).stability;
    const double good = srs::next_state(s, m, 10, Rating::good).stability;
    const double easy = srs::next_state(s, m, 10, Rating::easy).stability;
    CHECK(hard > 10);
    CHECK(hard < good);
    CHECK(good < easy);
  }
  SUBCASE("a lapse shrinks stability") {
    CHECK(srs::next_state(s, {10, 5}, 10, Rating::again).stability < 10);
  }
  SUBCASE("the same day takes the short-term formula (never below S for Good)") {
    const double st = srs::next_state(s, {10, 5}, 0, Rating::good).stability;
    CHECK(st == srs::next_short_term_stability(s.parameters.w, 10, Rating::good));
    CHECK(st >= 10);
  }
}

TEST_CASE("srs::fuzz_range") {
  CHECK(srs::fuzz_range(2.5, 0, 36500) == srs::FuzzRange{2, 4});
  CHECK(srs::fuzz_range(100, 0, 36500).min_ivl < 100);
  CHECK(srs::fuzz_range(100, 0, 36500).max_ivl > 100);
  CHECK(srs::fuzz_range(100, 0, 100).max_ivl == 100);
  // Never earlier than the day after the time already elapsed.
  CHECK(srs::fuzz_range(10, 9, 36500).min_ivl == 10);
}

TEST_CASE("srs::utc_day_difference") {
  CHECK(srs::utc_day_difference(1709337599999, 1709337600000) == 1); // 23:59:59.999 -> 00:00
  CHECK(srs::utc_day_difference(1709337600000, 1709423999999) == 0); // 00:00 -> 23:59
  CHECK(srs::utc_day_difference(0, -1) == -1);
}

TEST_CASE("srs::preview") {
  SUBCASE("a New card with the default steps: 1m, 6m, 10m, then Review") {
    const auto out = srs::preview(default_scheduler(), srs::new_card(k_t0), k_t0);
    CHECK(out[0].due_ms == k_t0 + 1 * k_minute);
    CHECK(out[1].due_ms == k_t0 + 6 * k_minute);
    CHECK(out[2].due_ms == k_t0 + 10 * k_minute);
    CHECK(out[2].learning_steps == 1);
    CHECK(out[3].state == State::review);
    CHECK(out[3].scheduled_days == 8);
    CHECK(out[3].due_ms == k_t0 + 8 * k_day);
    for (const auto& c : out) {
      CHECK(c.reps == 1);
      CHECK(c.last_review_ms == k_t0);
    }
  }
  SUBCASE("Review: Hard < Good < Easy, Again goes to relearning with a lapse") {
    const auto s = default_scheduler();
    srs::Card c = srs::review(s, srs::new_card(k_t0), k_t0, Rating::easy);
    const auto out = srs::preview(s, c, c.due_ms);
    CHECK(out[0].state == State::relearning);
    CHECK(out[0].lapses == 1);
    CHECK(out[0].due_ms == c.due_ms + 10 * k_minute);
    CHECK(out[1].scheduled_days < out[2].scheduled_days);
    CHECK(out[2].scheduled_days < out[3].scheduled_days);
    CHECK(out[3].state == State::review);
  }
  SUBCASE("without short-term scheduling every answer ends in Review") {
    const auto out = srs::preview(default_scheduler(false, false), srs::new_card(k_t0), k_t0);
    for (const auto& c : out) {
      CHECK(c.state == State::review);
      CHECK(c.scheduled_days >= 1);
    }
    CHECK(out[0].lapses == 0); // Again on a New card is no lapse
    CHECK(out[0].scheduled_days < out[1].scheduled_days);
  }
  SUBCASE("fuzz moves an interval within its range, deterministically") {
    const auto plain = default_scheduler(false);
    const auto fuzzed = default_scheduler(true);
    srs::Card c = srs::review(plain, srs::new_card(k_t0), k_t0, Rating::easy);
    const std::int64_t t = c.due_ms + 30 * k_day;
    const auto a = srs::review(plain, c, t, Rating::good);
    const auto b = srs::review(fuzzed, c, t, Rating::good);
    const auto range = srs::fuzz_range(a.scheduled_days, 38, 36500);
    CHECK(b.scheduled_days >= range.min_ivl);
    CHECK(b.scheduled_days <= range.max_ivl);
    CHECK(srs::review(fuzzed, c, t, Rating::good) == b);
  }
  SUBCASE("elapsed days can be given (collection days instead of UTC days)") {
    const auto s = default_scheduler();
    srs::Card c = srs::review(s, srs::new_card(k_t0), k_t0, Rating::easy);
    const auto utc = srs::review(s, c, c.due_ms, Rating::good);
    const auto given = srs::review(s, c, c.due_ms, Rating::good, 7);
    CHECK(utc.elapsed_days == 8);
    CHECK(given.elapsed_days == 7);
    CHECK(given.stability < utc.stability);
  }
}

TEST_CASE("srs::retrievability") {
  const auto s = default_scheduler();
  srs::Card c = srs::review(s, srs::new_card(k_t0), k_t0, Rating::easy);
  CHECK(srs::retrievability(s, srs::new_card(k_t0), k_t0) == 0);
  CHECK(srs::retrievability(s, c, k_t0 + k_day - 1) == 1);
  CHECK(srs::retrievability(s, c, k_t0 + 8 * k_day) == doctest::Approx(0.9).epsilon(0.01));
}
