#pragma once
// Days as a learner lives them: a collection day starts at the rollover hour (Anki's "next day
// starts at", default 4:00) in local time, so a review at 01:30 still belongs to yesterday. The
// local time zone is the process's (TZ), read through localtime_r/mktime, so daylight-saving
// changes move the wall-clock boundary, not the day count. No clock is read here.

#include <cstdint>
#include <string>

namespace wortkiste::srs {

inline constexpr int k_default_rollover_hour = 4;

// Returns the collection day of `ms`: days since 1970-01-01 of the local date, minus one when the
// local time is before `rollover_hour`.
std::int64_t collection_day(std::int64_t ms, int rollover_hour);

// Returns the instant collection day `day` starts (local `rollover_hour`:00 of that date; in a
// daylight-saving gap, the first valid instant after it).
std::int64_t day_start_ms(std::int64_t day, int rollover_hour);

// Returns days since 1970-01-01 for a proleptic Gregorian date.
std::int64_t days_from_civil(int year, int month, int day);

// Returns an Anki-style label for an interval: "1m", "10m", "1.5h", "1d", "3d", "1.2mo", "2.1y".
// Intervals of at least a day are given as `scheduled_days`; shorter ones by `interval_ms`.
std::string interval_label(std::int64_t interval_ms, int scheduled_days);

} // namespace wortkiste::srs
