#include "review/history.h"

#include "store/stats.h"

#include <algorithm>

namespace wortkiste::review {

namespace {

constexpr std::int64_t k_day_ms = 86'400'000;
constexpr std::int64_t k_hour_ms = 3'600'000;

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
  const store::AnswerCount count = store::answers_since(db, start);
  TodayAnswers today;
  today.answers = static_cast<int>(count.answers);
  today.passed = static_cast<int>(count.passed);
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
  data.review_calendar.clear();
  for (const std::int64_t n : store::answers_between(db, deck, starts)) {
    data.review_calendar.push_back(static_cast<int>(n));
  }
  history_days = std::clamp(history_days, 1, k_calendar_days);
  data.reviews_per_day.assign(data.review_calendar.end() - history_days,
                              data.review_calendar.end());

  // Retention by the card's age at the review, over answers to cards in the Review state.
  data.retention_by_age.clear();
  const std::array<store::AnswerCount, 5> bands = store::retention_by_card_age(db, deck);
  for (std::size_t i = 0; i < bands.size(); ++i) {
    data.retention_by_age.push_back({store::k_card_age_bands[i],
                                     static_cast<int>(bands[i].answers),
                                     static_cast<int>(bands[i].passed)});
  }
  return data;
}

} // namespace wortkiste::review
