#include "review/history.h"

#include "store/stats.h"

#include <algorithm>

namespace wortkiste::review {

namespace {

constexpr std::int64_t k_day_ms = 86'400'000;
constexpr std::int64_t k_hour_ms = 3'600'000;

// "JOIN ... WHERE d.name = ?" when a deck is chosen; the review log itself has no deck.
constexpr const char* k_deck_join =
    " JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id"
    " JOIN decks d ON d.id = n.deck_id ";

} // namespace

std::int64_t day_start_ms(store::Database& db, std::int64_t day, std::int64_t near_ms) {
  const std::int64_t near_day = store::collection_day(db, near_ms);
  // A first guess a whole number of days away; daylight saving moves the truth by an hour.
  std::int64_t guess = near_ms - (near_day - day) * k_day_ms;
  std::int64_t lo = guess - 3 * k_day_ms / 2; // surely day - 1 (or earlier)
  std::int64_t hi = guess + k_day_ms / 2;     // surely day (or later)
  while (store::collection_day(db, lo) >= day) {
    lo -= k_day_ms / 2;
  }
  while (store::collection_day(db, hi) < day) {
    hi += k_day_ms / 2;
  }
  // Invariant: collection_day(lo) < day <= collection_day(hi).
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (store::collection_day(db, mid) < day) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return hi;
}

TodayAnswers answers_today(store::Database& db, std::int64_t now_ms) {
  const std::int64_t start = day_start_ms(db, store::collection_day(db, now_ms), now_ms);
  store::Statement stmt = db.prepare(
      "SELECT COUNT(*), COALESCE(SUM(rating > 1), 0) FROM review_log WHERE reviewed_ms >= ?");
  stmt.bind(1, start);
  TodayAnswers today;
  if (stmt.step()) {
    today.answers = static_cast<int>(stmt.column_int(0));
    today.passed = static_cast<int>(stmt.column_int(1));
  }
  return today;
}

ChartData chart_data(store::Database& db, const store::DeckFilter& deck, std::int64_t now_ms,
                     int history_days) {
  ChartData data;
  const store::Stats stats = store::compute_stats(db, deck, now_ms);
  const std::int64_t today = store::collection_day(db, now_ms);
  data.today_day = today;
  for (const std::int64_t n : stats.due_per_day) {
    data.due_forecast.push_back(static_cast<int>(n));
  }
  const auto& s = stats.cards_by_state;
  data.cards_by_state = {{"new", static_cast<int>(s.new_cards)},
                         {"learning", static_cast<int>(s.learning)},
                         {"review", static_cast<int>(s.review)},
                         {"relearning", static_cast<int>(s.relearning)},
                         {"suspended", static_cast<int>(s.suspended)}};

  // Day boundaries of the last 365 days, newest last: the start of each day, then tomorrow's.
  constexpr int k_calendar_days = 365;
  std::vector<std::int64_t> starts(k_calendar_days + 1);
  std::int64_t near = now_ms;
  for (int i = k_calendar_days; i >= 0; --i) {
    const std::int64_t day = today - (k_calendar_days - 1) + i;
    // Most days are 24 hours long: check the guess with two lookups before bisecting.
    const std::int64_t guess = i == k_calendar_days ? -1 : starts[static_cast<std::size_t>(i + 1)] - k_day_ms;
    if (guess >= 0 && store::collection_day(db, guess) == day &&
        store::collection_day(db, guess - 1) == day - 1) {
      starts[static_cast<std::size_t>(i)] = guess;
    } else {
      starts[static_cast<std::size_t>(i)] = day_start_ms(db, day, near);
    }
    near = starts[static_cast<std::size_t>(i)] + k_hour_ms;
  }
  data.review_calendar.assign(k_calendar_days, 0);
  {
    std::string sql = "SELECT r.reviewed_ms FROM review_log r";
    if (deck) {
      sql += k_deck_join;
      sql += "WHERE d.name = ?1 AND r.reviewed_ms >= ?2 AND r.reviewed_ms < ?3";
    } else {
      sql += " WHERE r.reviewed_ms >= ?2 AND r.reviewed_ms < ?3";
    }
    sql += " ORDER BY r.reviewed_ms";
    store::Statement stmt = db.prepare(sql);
    if (deck) {
      stmt.bind(1, *deck);
    }
    stmt.bind(2, starts.front());
    stmt.bind(3, starts.back());
    std::size_t day_index = 0;
    while (stmt.step()) {
      const std::int64_t at = stmt.column_int(0);
      while (day_index + 1 < starts.size() && at >= starts[day_index + 1]) {
        ++day_index;
      }
      if (day_index < data.review_calendar.size()) {
        ++data.review_calendar[day_index];
      }
    }
  }
  history_days = std::clamp(history_days, 1, k_calendar_days);
  data.reviews_per_day.assign(data.review_calendar.end() - history_days,
                              data.review_calendar.end());

  // Retention by the card's age at the review (time since its first answer), over answers to
  // cards in the Review state: learning steps say little about memory.
  {
    std::string sql =
        "SELECT CASE WHEN age < 7 * 86400000 THEN 0 WHEN age < 28 * 86400000 THEN 1 "
        "WHEN age < 91 * 86400000 THEN 2 WHEN age < 365 * 86400000 THEN 3 ELSE 4 END AS band, "
        "COUNT(*), SUM(rating > 1) FROM (SELECT r.rating, r.reviewed_ms - (SELECT MIN(f.reviewed_ms) "
        "FROM review_log f WHERE f.card_id = r.card_id) AS age FROM review_log r";
    if (deck) {
      sql += k_deck_join;
      sql += "WHERE d.name = ?1 AND r.state_before = 2";
    } else {
      sql += " WHERE r.state_before = 2";
    }
    sql += ") GROUP BY band ORDER BY band";
    data.retention_by_age = {{"under 1 week", 0, 0},
                             {"1-4 weeks", 0, 0},
                             {"1-3 months", 0, 0},
                             {"3-12 months", 0, 0},
                             {"over a year", 0, 0}};
    store::Statement stmt = db.prepare(sql);
    if (deck) {
      stmt.bind(1, *deck);
    }
    while (stmt.step()) {
      const auto band = static_cast<std::size_t>(stmt.column_int(0));
      if (band < data.retention_by_age.size()) {
        data.retention_by_age[band].reviews = static_cast<int>(stmt.column_int(1));
        data.retention_by_age[band].passed = static_cast<int>(stmt.column_int(2));
      }
    }
  }
  return data;
}

} // namespace wortkiste::review
