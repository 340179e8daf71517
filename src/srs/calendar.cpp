#include "srs/calendar.h"

#include "srs/card.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace wortkiste::srs {

std::int64_t days_from_civil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil.
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The civil date of day number `z` (inverse of days_from_civil).
void civil_from_days(std::int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = yoe + era * 400;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(y + (month <= 2 ? 1 : 0));
}

} // namespace

std::int64_t collection_day(std::int64_t ms, int rollover_hour) {
  const std::time_t seconds = static_cast<std::time_t>(floor_div(ms, 1000));
  std::tm local{};
  localtime_r(&seconds, &local);
  std::int64_t day = days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  if (local.tm_hour < rollover_hour) {
    day -= 1;
  }
  return day;
}

std::int64_t day_start_ms(std::int64_t day, int rollover_hour) {
  int year = 0, month = 0, mday = 0;
  civil_from_days(day, year, month, mday);
  std::tm local{};
  local.tm_year = year - 1900;
  local.tm_mon = month - 1;
  local.tm_mday = mday;
  local.tm_hour = rollover_hour;
  local.tm_isdst = -1;
  std::time_t t = std::mktime(&local);
  // In a spring-forward gap mktime may land an hour early; never start before the boundary's date.
  while (collection_day(static_cast<std::int64_t>(t) * 1000, rollover_hour) < day) {
    t += 1800;
  }
  return static_cast<std::int64_t>(t) * 1000;
}

std::string interval_label(std::int64_t interval_ms, int scheduled_days) {
  char buf[32];
  const auto with_unit = [&](double value, const char* unit) {
    const double rounded = std::round(value * 10) / 10;
    if (rounded == std::floor(rounded)) {
      std::snprintf(buf, sizeof buf, "%.0f%s", rounded, unit);
    } else {
      std::snprintf(buf, sizeof buf, "%.1f%s", rounded, unit);
    }
    return std::string(buf);
  };
  if (scheduled_days >= 1) {
    if (scheduled_days < 30) {
      return std::to_string(scheduled_days) + "d";
    }
    if (scheduled_days < 365) {
      return with_unit(scheduled_days / 30.0, "mo");
    }
    return with_unit(scheduled_days / 365.0, "y");
  }
  const double minutes = static_cast<double>(interval_ms) / static_cast<double>(k_ms_per_minute);
  if (minutes < 1) {
    return "<1m";
  }
  if (minutes < 60) {
    return std::to_string(static_cast<long>(std::lround(minutes))) + "m";
  }
  if (minutes < 1440) {
    return with_unit(minutes / 60, "h");
  }
  return with_unit(minutes / 1440, "d");
}

} // namespace wortkiste::srs
