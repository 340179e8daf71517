#pragma once
// Pictures of the review history for `wortkiste stats`: terminal bar charts (Unicode blocks, or
// ASCII when the locale is not UTF-8), a calendar heatmap, retention by card age and cards by
// state, and the same charts as a self-contained SVG or HTML file. Pure functions of the data:
// the numbers come from the store, the clock from the caller.

#include <cstdint>
#include <string>
#include <vector>

namespace wortkiste::review {

// Reviews of cards of one age band ("1-4 weeks") and how many of them were not Again.
struct AgeRetention {
  std::string label;
  int reviews = 0;
  int passed = 0;
};

// A named count: "new" 120.
struct LabelledCount {
  std::string label;
  int count = 0;
};

struct ChartData {
  std::int64_t today_day = 0;           // today as days since 1970-01-01 (the collection's day)
  std::vector<int> due_forecast;        // [0] due today (with overdue), [i] due in i days
  std::vector<int> reviews_per_day;     // oldest first; the last entry is today
  std::vector<int> review_calendar;     // reviews per day for the heatmap; the last is today
  std::vector<AgeRetention> retention_by_age;
  std::vector<LabelledCount> cards_by_state;
};

struct ChartStyle {
  int width = 80;       // columns available
  bool unicode = true;  // block characters; false: ASCII only (# = . | + -)
  bool color = false;   // ANSI colours for the heatmap and bars
};

// Returns a vertical bar chart: a title line, `rows` rows of bars, an axis and day labels.
// `first_offset` is the day offset of values[0] relative to today (0 for the forecast, -89
// for the last 90 days). Columns hold several days each when the values do not fit the width.
std::string bar_chart(const std::string& title, const std::vector<int>& values, int first_offset,
                      std::int64_t today_day, const ChartStyle& style, int rows = 8);

// Returns a calendar heatmap: one row per weekday (Monday first), one column per week, the
// last column holding today; month names above. As many weeks as fit the width (at most 53).
std::string calendar_heatmap(const std::vector<int>& per_day, std::int64_t today_day,
                             const ChartStyle& style);

// Returns one horizontal bar per age band with the retention in percent and the review count.
std::string retention_chart(const std::vector<AgeRetention>& bands, const ChartStyle& style);

// Returns one horizontal bar per state, scaled to the largest count.
std::string state_chart(const std::vector<LabelledCount>& states, const ChartStyle& style);

// Returns every chart above, separated by blank lines, in the order a user reads them.
std::string terminal_charts(const ChartData& data, const ChartStyle& style);

// Returns a standalone SVG document with the same charts (no scripts, no external files).
std::string svg_report(const ChartData& data);

// Returns an HTML page embedding that SVG and the numbers as tables.
std::string html_report(const ChartData& data);

// Returns the civil date "YYYY-MM-DD" of a day number (days since 1970-01-01).
std::string civil_date(std::int64_t day);

// Returns the weekday of a day number, 0 = Monday .. 6 = Sunday.
int weekday(std::int64_t day);

} // namespace wortkiste::review
