#include "srs/calendar.h"

#include <doctest/doctest.h>

#include "../support/time_zone.h"

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace wortkiste;

namespace {
using wortkiste::testing::TimeZone;
constexpr std::int64_t k_hour = 3'600'000;
// 2026-03-28T00:00:00Z and 2026-10-24T00:00:00Z.
constexpr std::int64_t k_march_28 = 1774656000000;
constexpr std::int64_t k_october_24 = 1792800000000;
} // namespace

TEST_CASE("srs::collection_day") {
  SUBCASE("UTC: the day starts at the rollover hour, not at midnight") {
    TimeZone tz("UTC");
    const std::int64_t day = srs::days_from_civil(2026, 3, 28);
    CHECK(srs::collection_day(k_march_28 + 4 * k_hour, 4) == day);
    CHECK(srs::collection_day(k_march_28 + 4 * k_hour - 1, 4) == day - 1);
    CHECK(srs::collection_day(k_march_28 + 1 * k_hour, 4) == day - 1); // 01:00 is still yesterday
    CHECK(srs::collection_day(k_march_28 + 1 * k_hour, 0) == day);
  }
  SUBCASE("Berlin, spring forward on 2026-03-29 (02:00 CET -> 03:00 CEST)") {
    TimeZone tz("Europe/Berlin");
    const std::int64_t day29 = srs::days_from_civil(2026, 3, 29);
    // 04:00 CEST on the 29th is 02:00 UTC; 04:00 CET on the 28th is 03:00 UTC.
    CHECK(srs::day_start_ms(day29, 4) == k_march_28 + 26 * k_hour);
    CHECK(srs::day_start_ms(day29 - 1, 4) == k_march_28 + 3 * k_hour);
    CHECK(srs::collection_day(k_march_28 + 26 * k_hour - 1, 4) == day29 - 1);
    CHECK(srs::collection_day(k_march_28 + 26 * k_hour, 4) == day29);
    // That collection day was 23 hours long.
    CHECK(srs::day_start_ms(day29, 4) - srs::day_start_ms(day29 - 1, 4) == 23 * k_hour);
    // A rollover hour inside the gap (02:00 does not exist) starts the day at 03:00 CEST.
    CHECK(srs::day_start_ms(day29, 2) == k_march_28 + 25 * k_hour);
  }
  SUBCASE("Berlin, fall back on 2026-10-25 (03:00 CEST -> 02:00 CET)") {
    TimeZone tz("Europe/Berlin");
    const std::int64_t day25 = srs::days_from_civil(2026, 10, 25);
    // 04:00 CET on the 25th is 03:00 UTC; 04:00 CEST on the 24th is 02:00 UTC.
    CHECK(srs::day_start_ms(day25, 4) == k_october_24 + 27 * k_hour);
    CHECK(srs::collection_day(k_october_24 + 27 * k_hour - 1, 4) == day25 - 1);
    CHECK(srs::collection_day(k_october_24 + 27 * k_hour, 4) == day25);
    CHECK(srs::day_start_ms(day25, 4) - srs::day_start_ms(day25 - 1, 4) == 25 * k_hour);
  }
  SUBCASE("days_from_civil") {
    CHECK(srs::days_from_civil(1970, 1, 1) == 0);
    CHECK(srs::days_from_civil(2000, 3, 1) == 11017);
    CHECK(srs::days_from_civil(1969, 12, 31) == -1);
  }
}

TEST_CASE("srs::interval_label") {
  CHECK(srs::interval_label(60'000, 0) == "1m");
  CHECK(srs::interval_label(10 * 60'000, 0) == "10m");
  CHECK(srs::interval_label(30'000, 0) == "<1m");
  CHECK(srs::interval_label(60 * 60'000, 0) == "1h");
  CHECK(srs::interval_label(90 * 60'000, 0) == "1.5h");
  CHECK(srs::interval_label(0, 1) == "1d");
  CHECK(srs::interval_label(0, 3) == "3d");
  CHECK(srs::interval_label(0, 36) == "1.2mo");
  CHECK(srs::interval_label(0, 60) == "2mo");
  CHECK(srs::interval_label(0, 767) == "2.1y");
}
