#include "srs/calendar.h"
#include "store/deck_config.h"
#include "store/notes.h"
#include "store/scheduler.h"
#include "store/stats.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

using namespace wortkiste;
using srs::Rating;

namespace {
constexpr std::int64_t k_minute = 60'000;
constexpr std::int64_t k_hour = 3'600'000;
constexpr std::int64_t k_day = 86'400'000;

struct UtcZone {
  std::optional<std::string> m_old;
  UtcZone() {
    if (const char* old = std::getenv("TZ")) {
      m_old = old;
    }
    setenv("TZ", "UTC", 1);
    tzset();
  }
  ~UtcZone() {
    if (m_old) {
      setenv("TZ", m_old->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
};
} // namespace

TEST_CASE("store::compute_stats") {
  UtcZone tz;
  auto db = store::Database::open(":memory:");
  const std::int64_t t = srs::days_from_civil(2026, 3, 2) * k_day + 9 * k_hour;
  const auto deck = store::ensure_deck(db, "Deutsch", t);
  std::vector<std::int64_t> cards;
  for (const char* lemma : {"Haus", "Baum", "Tisch", "Stuhl", "Fenster"}) {
    const auto note = store::insert_note(db, deck.id, lemma, "NOUN", "{}", t);
    const std::vector<std::string> types = {"recognition"};
    store::create_cards(db, note, types, t);
    cards.push_back(db.last_insert_rowid());
  }

  SUBCASE("an empty history") {
    const auto st = store::compute_stats(db, std::nullopt, t);
    CHECK(st.cards_by_state.new_cards == 5);
    CHECK(st.due_today == 0);
    CHECK(st.reviews_today == 0);
    CHECK_FALSE(st.true_retention_30d);
    CHECK_FALSE(st.average_stability);
    CHECK(st.due_per_day.size() == 30);
    CHECK(st.reviews_per_day.size() == 30);
  }

  SUBCASE("states, due counts, today's reviews, retention and stability") {
    for (int i = 0; i < 3; ++i) {
      store::answer(db, cards[static_cast<std::size_t>(i)], Rating::easy, t, 1000); // Review
    }
    store::answer(db, cards[3], Rating::again, t, 1000); // Learning, due in a minute
    store::suspend(db, cards[2]);
    auto st = store::compute_stats(db, std::nullopt, t + k_minute);
    CHECK(st.cards_by_state.new_cards == 1);
    CHECK(st.cards_by_state.learning == 1);
    CHECK(st.cards_by_state.review == 2);
    CHECK(st.cards_by_state.relearning == 0);
    CHECK(st.cards_by_state.suspended == 1);
    CHECK(st.due_today == 1); // the learning card
    CHECK(st.reviews_today == 4);
    CHECK(st.reviews_per_day[29] == 4);
    const double s0 = store::load_card(db, cards[0])->stability;
    const double s1 = store::load_card(db, cards[1])->stability;
    REQUIRE(st.average_stability);
    CHECK(*st.average_stability == doctest::Approx((s0 + s1) / 2));
    // The two review cards fall due within the next 7..10 days.
    const std::int64_t due0 = store::load_card(db, cards[0])->due_ms;
    st = store::compute_stats(db, std::nullopt, due0);
    CHECK(st.due_today >= 1);
    CHECK(st.reviews_today == 0);
    CHECK(st.reviews_per_day[29] == 0);

    // A month later one review card is remembered, one forgotten: 50 % true retention.
    const std::int64_t later = t + 30 * k_day;
    store::answer(db, cards[0], Rating::good, later, 1000);
    store::answer(db, cards[1], Rating::again, later + k_minute, 1000);
    st = store::compute_stats(db, std::nullopt, later + k_hour);
    REQUIRE(st.true_retention_30d);
    CHECK(*st.true_retention_30d == 0.5);
    CHECK(st.retention_reviews_30d == 2);
    CHECK(st.cards_by_state.relearning == 1);
    CHECK(st.due_next_7_days >= st.due_today);
    CHECK(st.reviews_today == 2);
  }

  SUBCASE("by deck") {
    store::ensure_deck(db, "Leer", t);
    CHECK(store::compute_stats(db, std::string("Leer"), t).cards_by_state.new_cards == 0);
    CHECK(store::compute_stats(db, std::string("Deutsch"), t).cards_by_state.new_cards == 5);
    CHECK_THROWS(store::compute_stats(db, std::string("Nope"), t));
  }
}
