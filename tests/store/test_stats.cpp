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

TEST_CASE("store::answers_since, answers_between, retention_by_card_age") {
  UtcZone tz;
  auto db = store::Database::open(":memory:");
  const std::int64_t t = srs::days_from_civil(2026, 3, 2) * k_day + 9 * k_hour;
  const auto deck = store::ensure_deck(db, "Deutsch", t);
  store::ensure_deck(db, "Leer", t);
  std::vector<std::int64_t> cards;
  for (const char* lemma : {"Haus", "Baum", "Tisch"}) {
    const auto note = store::insert_note(db, deck.id, lemma, "NOUN", "{}", t);
    const std::vector<std::string> types = {"recognition"};
    store::create_cards(db, note, types, t);
    cards.push_back(db.last_insert_rowid());
  }
  store::answer(db, cards[0], Rating::easy, t, 1000);
  store::answer(db, cards[1], Rating::easy, t + k_minute, 1000);
  store::answer(db, cards[2], Rating::again, t + 2 * k_minute, 1000);

  SUBCASE("answers_since counts answers and the ones not Again") {
    CHECK(store::answers_since(db, t) == store::AnswerCount{3, 2});
    CHECK(store::answers_since(db, t + k_minute) == store::AnswerCount{2, 1});
    CHECK(store::answers_since(db, t + k_hour) == store::AnswerCount{0, 0});
  }
  SUBCASE("answers_between counts per interval, end excluded, and by deck name") {
    const std::vector<std::int64_t> bounds = {t, t + k_minute, t + 2 * k_minute, t + k_hour};
    CHECK(store::answers_between(db, std::nullopt, bounds) == std::vector<std::int64_t>{1, 1, 1});
    CHECK(store::answers_between(db, std::string("Deutsch"), bounds) ==
          std::vector<std::int64_t>{1, 1, 1});
    CHECK(store::answers_between(db, std::string("Leer"), bounds) ==
          std::vector<std::int64_t>{0, 0, 0});
    CHECK(store::answers_between(db, std::nullopt, {t + k_minute, t + 2 * k_minute}) ==
          std::vector<std::int64_t>{1});
    CHECK(store::answers_between(db, std::nullopt, {t}).empty());
  }
  SUBCASE("retention_by_card_age bands answers to Review cards by the card's age") {
    // Nothing in Review state was answered yet: first answers are to New cards.
    for (const store::AnswerCount& band : store::retention_by_card_age(db, std::nullopt)) {
      CHECK(band == store::AnswerCount{0, 0});
    }
    // Ten days later (age 1-4 weeks) one review is remembered and one forgotten; 100 days
    // later (3-12 months) the remembered one again.
    store::answer(db, cards[0], Rating::good, t + 10 * k_day, 1000);
    store::answer(db, cards[1], Rating::again, t + 10 * k_day + k_minute, 1000);
    store::answer(db, cards[0], Rating::good, t + 100 * k_day, 1000);
    const auto bands = store::retention_by_card_age(db, std::nullopt);
    CHECK(bands[0] == store::AnswerCount{0, 0});
    CHECK(bands[1] == store::AnswerCount{2, 1});
    CHECK(bands[2] == store::AnswerCount{0, 0});
    CHECK(bands[3] == store::AnswerCount{1, 1});
    CHECK(bands[4] == store::AnswerCount{0, 0});
    CHECK(store::retention_by_card_age(db, std::string("Leer"))[1] == store::AnswerCount{0, 0});
    CHECK(std::string(store::k_card_age_bands[1]) == "1-4 weeks");
  }
}
