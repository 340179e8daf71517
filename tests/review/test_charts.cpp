#include "review/charts.h"

#include "review/text_width.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace wortkiste::review;

namespace {

constexpr std::int64_t k_day_2025_11_24 = 20416; // a Monday

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

bool is_ascii(const std::string& s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return true;
}

ChartData sample() {
  ChartData d;
  d.today_day = k_day_2025_11_24;
  d.due_forecast.assign(30, 0);
  d.due_forecast[0] = 16;
  d.due_forecast[3] = 8;
  d.reviews_per_day.assign(90, 0);
  d.reviews_per_day[89] = 12;
  d.reviews_per_day[88] = 6;
  d.review_calendar.assign(365, 0);
  d.review_calendar[364] = 12;
  d.review_calendar[363] = 6;
  d.retention_by_age = {{"< 1 week", 10, 8}, {"1-4 weeks", 0, 0}};
  d.cards_by_state = {{"new", 20}, {"learning", 2}, {"review", 10}, {"suspended", 0}};
  return d;
}

} // namespace

TEST_CASE("review::civil_date") {
  CHECK(civil_date(0) == "1970-01-01");
  CHECK(civil_date(k_day_2025_11_24) == "2025-11-24");
  CHECK(civil_date(11016) == "2000-02-29");
  CHECK(weekday(0) == 3); // Thursday
  CHECK(weekday(k_day_2025_11_24) == 0);
}

TEST_CASE("review::bar_chart") {
  const ChartData d = sample();
  ChartStyle style;
  SUBCASE("the tallest day fills the top row, an empty day stays empty") {
    const auto lines = lines_of(bar_chart("Due", d.due_forecast, 0, d.today_day, style));
    REQUIRE(lines.size() == 11); // title, 8 rows, axis, labels
    CHECK(lines[0] == "Due   total 24, most 16 a day");
    CHECK(lines[1] == "16 │█");
    CHECK(lines[8] == "   │█     █");
    CHECK(lines[10].find("today") != std::string::npos);
    CHECK(lines[10].find("+10d") != std::string::npos);
  }
  SUBCASE("ASCII fallback uses no byte above 0x7F") {
    style.unicode = false;
    const std::string chart = bar_chart("Due", d.due_forecast, 0, d.today_day, style);
    CHECK(is_ascii(chart));
    CHECK(chart.find("16 |#") != std::string::npos);
  }
  SUBCASE("90 days fit 80 columns by averaging pairs of days") {
    const std::string chart = bar_chart("Reviews", d.reviews_per_day, -89, d.today_day, style);
    for (const std::string& line : lines_of(chart)) {
      CHECK(display_width(line) <= 80);
    }
    CHECK(chart.find("mean of 2 days") != std::string::npos);
    // The last label is today, under the last column.
    CHECK(lines_of(chart).back().ends_with("today"));
  }
  SUBCASE("a small count next to a large one is still visible") {
    std::vector<int> values = {1000, 1};
    const auto lines = lines_of(bar_chart("x", values, 0, d.today_day, style));
    CHECK(lines[1] == "1000 │█");
    CHECK(lines[8] == "     │█ ▁");
  }
  SUBCASE("no data") {
    CHECK(bar_chart("x", {}, 0, 0, style).find("(no data)") != std::string::npos);
  }
}

TEST_CASE("review::calendar_heatmap") {
  const ChartData d = sample();
  ChartStyle style;
  const auto lines = lines_of(calendar_heatmap(d.review_calendar, d.today_day, style));
  REQUIRE(lines.size() == 10); // title, months, 7 weekdays, legend
  CHECK(lines[0].find("2 of the last 365 days, current streak 2 days") != std::string::npos);
  // Today is a Monday with the most reviews: the last cell of the Monday row is full.
  CHECK(lines[2].starts_with("Mon "));
  CHECK(lines[2].ends_with("█"));
  // Sunday before it had half as many.
  CHECK(lines[8].ends_with("▒"));
  for (const std::string& line : lines) {
    CHECK(display_width(line) <= 80);
  }
  style.unicode = false;
  CHECK(is_ascii(calendar_heatmap(d.review_calendar, d.today_day, style)));
}

TEST_CASE("review::terminal_charts") {
  ChartStyle style;
  const std::string text = terminal_charts(sample(), style);
  SUBCASE("at 80 columns the history shows one column a day for the latest days") {
    CHECK(text.find("Reviews per day, last 75 of 90 days   total 18") != std::string::npos);
    for (const std::string& line : lines_of(text)) {
      CHECK(display_width(line) <= 80);
    }
  }
  SUBCASE("a wide terminal shows all 90 days") {
    style.width = 120;
    CHECK(terminal_charts(sample(), style).find("Reviews per day, last 90 days   total 18") !=
          std::string::npos);
  }
}

TEST_CASE("review::retention_chart") {
  const std::string chart = retention_chart(sample().retention_by_age, ChartStyle{});
  CHECK(chart.find(" 80%  (10 reviews)") != std::string::npos);
  CHECK(chart.find("(no reviews)") != std::string::npos);
}

TEST_CASE("review::state_chart") {
  ChartStyle style;
  style.unicode = false;
  const auto lines = lines_of(state_chart(sample().cards_by_state, style));
  REQUIRE(lines.size() == 6);
  CHECK(lines[1].starts_with("  new        ########################################"));
  CHECK(lines[1].ends_with(" 20"));
  CHECK(lines[5].ends_with(" 32"));
}

TEST_CASE("review::svg_report") {
  const ChartData d = sample();
  const std::string svg = svg_report(d);
  CHECK(svg.starts_with("<?xml"));
  CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("2025-11-24: 12 reviews") != std::string::npos);
  CHECK(svg.ends_with("</svg>\n"));
  const std::string html = html_report(d);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("<th>new</th><td>20</td>") != std::string::npos);
}
