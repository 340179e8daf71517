#pragma once
// The review history as the review screen and the stats charts need it: today's answers for the
// quit summary, and the per-day series, the calendar and retention by card age for the charts.
// Days are collection days (store::collection_day: the day starts at the rollover hour).
//
// The review log itself is read by store/stats.h (only store speaks SQL); this file turns its
// counts into the chart series, with the day boundaries of the store's calendar.

#include "review/charts.h"
#include "store/database.h"
#include "store/scheduler.h"

#include <cstdint>

namespace wortkiste::review {

struct TodayAnswers {
  int answers = 0; // review_log rows since today's rollover
  int passed = 0;  // of them, not Again
};

// Returns the first millisecond of collection day `day`, found by bisection around `near_ms`
// (so the rollover hour, the time zone and daylight saving are the store's, not guessed here).
std::int64_t day_start_ms(store::Database& db, std::int64_t day, std::int64_t near_ms);

// Returns the answers logged today at `now_ms`.
TodayAnswers answers_today(store::Database& db, std::int64_t now_ms);

// Returns the chart series at `now_ms` for `deck` (nullopt: every deck): reviews per day over the
// last `history_days`, the calendar over the last 365 days, retention by card age, and the due
// forecast and cards by state from store::compute_stats.
ChartData chart_data(store::Database& db, const store::DeckFilter& deck, std::int64_t now_ms,
                     int history_days = 90);

} // namespace wortkiste::review
