#include "review/charts.h"

#include "review/text_width.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace wortkiste::review {

namespace {

constexpr const char* k_month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* k_vertical_blocks[8] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
constexpr const char* k_horizontal_blocks[8] = {"▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"};
constexpr const char* k_reset = "\x1b[0m";
constexpr const char* k_green = "\x1b[32m";
constexpr const char* k_dim = "\x1b[2m";

struct Civil {
  int year;
  int month; // 1..12
  int day;   // 1..31
};

// Days since 1970-01-01 to the proleptic Gregorian date (H. Hinnant's civil_from_days).
Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::string short_date(std::int64_t day) {
  const Civil c = civil_from_days(day);
  return std::string(k_month_names[c.month - 1]) + " " + std::to_string(c.day);
}

std::string paint(const std::string& text, const char* color, bool on) {
  return on && !text.empty() ? std::string(color) + text + k_reset : text;
}

// Returns a horizontal bar of `eighths` eighth-cells, e.g. 13 -> "█▋".
std::string horizontal_bar(int eighths, bool unicode) {
  std::string out;
  if (!unicode) {
    out.append(static_cast<std::size_t>((eighths + 4) / 8), '#');
    return out;
  }
  for (int i = 0; i < eighths / 8; ++i) {
    out += "█";
  }
  if (eighths % 8 != 0) {
    out += k_horizontal_blocks[eighths % 8 - 1];
  }
  return out;
}

int percent(int part, int whole) { return whole > 0 ? (part * 100 + whole / 2) / whole : 0; }

std::string xml_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

} // namespace

std::string civil_date(std::int64_t day) {
  const Civil c = civil_from_days(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

int weekday(std::int64_t day) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const std::int64_t w = (day % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

std::string bar_chart(const std::string& title, const std::vector<int>& values, int first_offset,
                      std::int64_t today_day, const ChartStyle& style, int rows) {
  std::string out = title;
  if (values.empty()) {
    return out + "\n  (no data)\n";
  }
  const int total = std::accumulate(values.begin(), values.end(), 0);
  const int day_max = *std::max_element(values.begin(), values.end());
  const std::string max_label = std::to_string(std::max(day_max, 1));
  const int label_width = static_cast<int>(max_label.size());
  const int avail = std::max(10, style.width - label_width - 3);
  const int n = static_cast<int>(values.size());

  // One column per day with gaps when they fit, else side by side, else several days a column.
  int days_per_column = 1;
  int cell = 2;
  if (2 * n > avail) {
    cell = 1;
    days_per_column = (n + avail - 1) / avail;
  }
  // A column of several days shows their mean, so the scale still reads "reviews a day".
  std::vector<double> columns;
  for (int i = 0; i < n; i += days_per_column) {
    int sum = 0;
    int count = 0;
    for (int j = i; j < std::min(n, i + days_per_column); ++j) {
      sum += values[static_cast<std::size_t>(j)];
      ++count;
    }
    columns.push_back(static_cast<double>(sum) / count);
  }
  const double column_max = std::max(1.0, *std::max_element(columns.begin(), columns.end()));
  const int chart_width = static_cast<int>(columns.size()) * cell;

  out += "   total " + std::to_string(total) + ", most " + std::to_string(day_max) + " a day";
  if (days_per_column > 1) {
    out += " (a column is the mean of " + std::to_string(days_per_column) + " days)";
  }
  out = truncate(out, style.width) + '\n';

  std::vector<int> heights; // in eighths of a row
  for (const double v : columns) {
    int h = static_cast<int>(v * rows * 8 / column_max + 0.5);
    if (v > 0 && h == 0) {
      h = 1; // a day with reviews never looks empty
    }
    heights.push_back(h);
  }
  const std::string column_top = std::to_string(static_cast<int>(column_max + 0.5));
  for (int r = 0; r < rows; ++r) {
    const int base = (rows - 1 - r) * 8;
    std::string label = r == 0 ? column_top : std::string();
    std::string line = std::string(static_cast<std::size_t>(std::max(0, label_width - static_cast<int>(label.size()))), ' ');
    if (static_cast<int>(label.size()) > label_width) {
      label = label.substr(0, static_cast<std::size_t>(label_width));
    }
    line += label + " " + (style.unicode ? "│" : "|");
    std::string bars;
    for (const int h : heights) {
      const int fill = std::clamp(h - base, 0, 8);
      std::string glyph;
      if (style.unicode) {
        glyph = fill == 0 ? " " : k_vertical_blocks[fill - 1];
      } else {
        glyph = fill == 0 ? " " : (fill >= 4 ? "#" : ".");
      }
      bars += glyph;
      if (cell == 2) {
        bars += ' ';
      }
    }
    // Trailing blanks carry nothing; keep lines tidy for diffs and captures.
    while (!bars.empty() && bars.back() == ' ') {
      bars.pop_back();
    }
    out += line + paint(bars, k_green, style.color) + '\n';
  }
  std::string axis(static_cast<std::size_t>(label_width), ' ');
  axis += style.unicode ? " └" : " +";
  for (int i = 0; i < chart_width; ++i) {
    axis += style.unicode ? "─" : "-";
  }
  out += axis + '\n';

  // Day labels under the axis: today where it falls, then every few columns away from it.
  std::string labels(static_cast<std::size_t>(label_width + 2 + chart_width + 12), ' ');
  const auto column_of = [&](int offset) { return (offset - first_offset) / days_per_column; };
  const auto label_for = [&](int offset) {
    if (offset == 0) {
      return std::string("today");
    }
    if (first_offset >= 0) {
      return "+" + std::to_string(offset) + "d";
    }
    return short_date(today_day + offset);
  };
  const int first = first_offset;
  const int last = first_offset + n - 1;
  const int step_days = std::max(1, (first_offset >= 0 ? 10 : 14));
  std::vector<int> offsets;
  if (first <= 0 && last >= 0) {
    offsets.push_back(0);
  }
  if (first_offset >= 0) {
    for (int o = first + step_days - first % step_days; o <= last; o += step_days) {
      offsets.push_back(o);
    }
  } else {
    for (int o = -step_days; o >= first; o -= step_days) {
      offsets.push_back(o);
    }
  }
  std::vector<std::pair<int, int>> taken; // [begin, end) in label columns
  for (const int o : offsets) {
    const std::string text = label_for(o);
    int at = label_width + 2 + column_of(o) * cell;
    if (first_offset < 0 && o == 0) {
      at -= static_cast<int>(text.size()) - 1; // "today" ends under today's column
    }
    at = std::max(0, at);
    const int end = at + static_cast<int>(text.size());
    const bool clash = std::any_of(taken.begin(), taken.end(), [&](const auto& t) {
      return at < t.second + 1 && end + 1 > t.first;
    });
    if (clash || end > static_cast<int>(labels.size())) {
      continue;
    }
    labels.replace(static_cast<std::size_t>(at), text.size(), text);
    taken.emplace_back(at, end);
  }
  while (!labels.empty() && labels.back() == ' ') {
    labels.pop_back();
  }
  out += labels + '\n';
  return out;
}

std::string calendar_heatmap(const std::vector<int>& per_day, std::int64_t today_day,
                             const ChartStyle& style) {
  std::string out = "Review days";
  const int n = static_cast<int>(per_day.size());
  const int weeks_needed = std::min(53, n / 7 + 2);
  const int row_label = 4;
  int cell = 2;
  int weeks = std::min(weeks_needed, (style.width - row_label) / 2);
  if (weeks < std::min(weeks_needed, 27)) {
    cell = 1;
    weeks = std::min(weeks_needed, style.width - row_label);
  }
  weeks = std::max(weeks, 1);
  const int today_weekday = weekday(today_day);
  const std::int64_t first_monday = today_day - today_weekday - 7 * (weeks - 1);
  const auto count_on = [&](std::int64_t day) -> int {
    const std::int64_t index = day - (today_day - n + 1);
    if (index < 0 || index >= n || day > today_day) {
      return -1; // outside the data: left blank
    }
    return per_day[static_cast<std::size_t>(index)];
  };
  int max_count = 0;
  int active_days = 0;
  for (const int c : per_day) {
    max_count = std::max(max_count, c);
    active_days += c > 0 ? 1 : 0;
  }
  int streak = 0;
  for (int i = n - 1; i >= 0 && per_day[static_cast<std::size_t>(i)] > 0; --i) {
    ++streak;
  }
  // Yesterday's streak still counts before today's first review.
  if (streak == 0 && n >= 2 && per_day[static_cast<std::size_t>(n - 1)] == 0) {
    for (int i = n - 2; i >= 0 && per_day[static_cast<std::size_t>(i)] > 0; --i) {
      ++streak;
    }
  }
  out += "   " + std::to_string(active_days) + " of the last " + std::to_string(n) +
         " days, current streak " + std::to_string(streak) + (streak == 1 ? " day\n" : " days\n");

  // Month names above the week where the month begins.
  std::string months(static_cast<std::size_t>(row_label + weeks * cell + 4), ' ');
  int last_end = -1;
  for (int w = 0; w < weeks; ++w) {
    const std::int64_t monday = first_monday + 7 * w;
    const Civil c = civil_from_days(monday);
    if (w == 0 || c.day <= 7) {
      const int at = row_label + w * cell;
      if (at > last_end) {
        months.replace(static_cast<std::size_t>(at), 3, k_month_names[c.month - 1]);
        last_end = at + 3;
      }
    }
  }
  while (!months.empty() && months.back() == ' ') {
    months.pop_back();
  }
  out += months + '\n';

  static constexpr const char* k_day_names[7] = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
  static constexpr const char* k_unicode_levels[5] = {"·", "░", "▒", "▓", "█"};
  static constexpr const char* k_ascii_levels[5] = {".", "-", "+", "*", "#"};
  const auto level_of = [&](int count) {
    if (count <= 0 || max_count <= 0) {
      return 0;
    }
    return std::clamp((count * 4 + max_count - 1) / max_count, 1, 4);
  };
  for (int d = 0; d < 7; ++d) {
    std::string line = pad_right(k_day_names[d], row_label);
    std::string cells;
    for (int w = 0; w < weeks; ++w) {
      const int count = count_on(first_monday + 7 * w + d);
      std::string glyph;
      if (count < 0) {
        glyph = " ";
      } else {
        const int level = level_of(count);
        glyph = style.unicode ? k_unicode_levels[level] : k_ascii_levels[level];
        if (style.color) {
          glyph = paint(glyph, level == 0 ? k_dim : k_green, true);
        }
      }
      cells += glyph;
      if (cell == 2) {
        cells += ' ';
      }
    }
    while (!cells.empty() && cells.back() == ' ') {
      cells.pop_back();
    }
    out += line + cells + '\n';
  }
  std::string legend = std::string(static_cast<std::size_t>(row_label), ' ') + "less ";
  for (int level = 0; level < 5; ++level) {
    legend += style.unicode ? k_unicode_levels[level] : k_ascii_levels[level];
    legend += ' ';
  }
  legend += "more (most: " + std::to_string(max_count) + " reviews)";
  out += legend + '\n';
  return out;
}

std::string retention_chart(const std::vector<AgeRetention>& bands, const ChartStyle& style) {
  std::string out = "Retention by card age (share of reviews not Again)\n";
  int label_width = 0;
  for (const AgeRetention& b : bands) {
    label_width = std::max(label_width, display_width(b.label));
  }
  const int bar_cells = std::clamp(style.width - label_width - 26, 10, 40);
  for (const AgeRetention& b : bands) {
    std::string line = "  " + pad_right(b.label, label_width) + "  ";
    if (b.reviews == 0) {
      line += pad_right("", bar_cells) + (style.unicode ? "    –" : "    -") + "  (no reviews)";
    } else {
      const int eighths = (b.passed * bar_cells * 8 + b.reviews / 2) / b.reviews;
      const std::string bar = horizontal_bar(eighths, style.unicode);
      line += paint(bar, k_green, style.color) +
              std::string(static_cast<std::size_t>(bar_cells - display_width(bar)), ' ');
      char figures[64];
      std::snprintf(figures, sizeof figures, " %3d%%  (%d review%s)", percent(b.passed, b.reviews),
                    b.reviews, b.reviews == 1 ? "" : "s");
      line += figures;
    }
    out += line + '\n';
  }
  if (bands.empty()) {
    out += "  (no reviews yet)\n";
  }
  return out;
}

std::string state_chart(const std::vector<LabelledCount>& states, const ChartStyle& style) {
  std::string out = "Cards by state\n";
  int label_width = 0;
  int max_count = 0;
  int total = 0;
  for (const LabelledCount& s : states) {
    label_width = std::max(label_width, display_width(s.label));
    max_count = std::max(max_count, s.count);
    total += s.count;
  }
  const int bar_cells = std::clamp(style.width - label_width - 20, 10, 40);
  for (const LabelledCount& s : states) {
    const int eighths =
        max_count > 0 ? static_cast<int>((static_cast<long long>(s.count) * bar_cells * 8 +
                                          max_count / 2) / max_count)
                      : 0;
    std::string bar = horizontal_bar(s.count > 0 ? std::max(eighths, 1) : 0, style.unicode);
    out += "  " + pad_right(s.label, label_width) + "  " + paint(bar, k_green, style.color) +
           std::string(static_cast<std::size_t>(bar_cells - display_width(bar)), ' ') + " " +
           std::to_string(s.count) + '\n';
  }
  out += "  " + pad_right("total", label_width) + "  " +
         std::string(static_cast<std::size_t>(bar_cells), ' ') + " " + std::to_string(total) + '\n';
  return out;
}

std::string terminal_charts(const ChartData& data, const ChartStyle& style) {
  std::string out;
  out += bar_chart("Due in the next " + std::to_string(data.due_forecast.size()) + " days",
                   data.due_forecast, 0, data.today_day, style);
  out += '\n';
  // One column a day reads best; when 90 days do not fit, show the latest days that do (the
  // SVG and HTML files always show all of them).
  std::vector<int> history = data.reviews_per_day;
  const int most = history.empty() ? 0 : *std::max_element(history.begin(), history.end());
  const int fit = std::max(10, style.width - 3 - static_cast<int>(std::to_string(std::max(most, 1)).size()));
  std::string title = "Reviews per day, last " + std::to_string(history.size()) + " days";
  if (static_cast<int>(history.size()) > fit) {
    // "last 75 of 90 days": the rest shows in a wider terminal and in the SVG.
    title = "Reviews per day, last " + std::to_string(fit) + " of " +
            std::to_string(history.size()) + " days";
    history.erase(history.begin(), history.end() - fit);
  }
  const int days = static_cast<int>(history.size());
  out += bar_chart(title, history, -(days - 1), data.today_day, style);
  out += '\n';
  out += calendar_heatmap(data.review_calendar, data.today_day, style);
  out += '\n';
  out += retention_chart(data.retention_by_age, style);
  out += '\n';
  out += state_chart(data.cards_by_state, style);
  return out;
}

namespace {

constexpr int k_svg_width = 760;
constexpr int k_margin = 40;
constexpr const char* k_bar_fill = "#3a7d44";
constexpr const char* k_heat_fills[5] = {"#e6e8eb", "#b7dfb9", "#71c287", "#3a9a52", "#1d5c2e"};

// Appends an SVG column chart at height `y`; returns the height used.
int svg_bars(std::string& svg, int y, const std::string& title, const std::vector<int>& values,
             int first_offset, std::int64_t today_day) {
  const int chart_height = 120;
  svg += "<text x=\"" + std::to_string(k_margin) + "\" y=\"" + std::to_string(y + 16) +
         "\" class=\"title\">" + xml_escape(title) + "</text>\n";
  const int top = y + 28;
  const int n = std::max<int>(1, static_cast<int>(values.size()));
  const double step = static_cast<double>(k_svg_width - 2 * k_margin) / n;
  const int max_value = values.empty() ? 1 : std::max(1, *std::max_element(values.begin(), values.end()));
  svg += "<text x=\"" + std::to_string(k_margin - 6) + "\" y=\"" + std::to_string(top + 10) +
         "\" class=\"axis\" text-anchor=\"end\">" + std::to_string(max_value) + "</text>\n";
  svg += "<text x=\"" + std::to_string(k_margin - 6) + "\" y=\"" +
         std::to_string(top + chart_height) + "\" class=\"axis\" text-anchor=\"end\">0</text>\n";
  for (int i = 0; i < static_cast<int>(values.size()); ++i) {
    const int v = values[static_cast<std::size_t>(i)];
    const double h = static_cast<double>(v) * chart_height / max_value;
    const double x = k_margin + i * step;
    const int offset = first_offset + i;
    const std::string when = offset == 0 ? std::string("today") : civil_date(today_day + offset);
    svg += "<rect x=\"" + fmt(x + step * 0.1) + "\" y=\"" + fmt(top + chart_height - h) +
           "\" width=\"" + fmt(step * 0.8) + "\" height=\"" + fmt(h) + "\" fill=\"" + k_bar_fill +
           "\"><title>" + when + ": " + std::to_string(v) + "</title></rect>\n";
    if (offset == 0 || (first_offset >= 0 ? offset % 10 == 0 : offset % 14 == 0)) {
      const std::string label =
          offset == 0 ? std::string("today")
                      : (first_offset >= 0 ? "+" + std::to_string(offset) + "d"
                                           : short_date(today_day + offset));
      svg += "<text x=\"" + fmt(x + step / 2) + "\" y=\"" + std::to_string(top + chart_height + 14) +
             "\" class=\"axis\" text-anchor=\"middle\">" + label + "</text>\n";
    }
  }
  svg += "<line x1=\"" + std::to_string(k_margin) + "\" y1=\"" + std::to_string(top + chart_height) +
         "\" x2=\"" + std::to_string(k_svg_width - k_margin) + "\" y2=\"" +
         std::to_string(top + chart_height) + "\" class=\"rule\"/>\n";
  return chart_height + 56;
}

int svg_heatmap(std::string& svg, int y, const std::vector<int>& per_day, std::int64_t today_day) {
  svg += "<text x=\"" + std::to_string(k_margin) + "\" y=\"" + std::to_string(y + 16) +
         "\" class=\"title\">Review days</text>\n";
  const int top = y + 40;
  const int size = 11;
  const int gap = 2;
  const int n = static_cast<int>(per_day.size());
  const int weeks = std::min(53, n / 7 + 2);
  const std::int64_t first_monday = today_day - weekday(today_day) - 7 * (weeks - 1);
  int max_count = 0;
  for (const int c : per_day) {
    max_count = std::max(max_count, c);
  }
  for (int w = 0; w < weeks; ++w) {
    const std::int64_t monday = first_monday + 7 * w;
    const Civil c = civil_from_days(monday);
    if (c.day <= 7) {
      svg += "<text x=\"" + std::to_string(k_margin + w * (size + gap)) + "\" y=\"" +
             std::to_string(top - 6) + "\" class=\"axis\">" + k_month_names[c.month - 1] +
             "</text>\n";
    }
    for (int d = 0; d < 7; ++d) {
      const std::int64_t day = monday + d;
      const std::int64_t index = day - (today_day - n + 1);
      if (day > today_day || index < 0 || index >= n) {
        continue;
      }
      const int count = per_day[static_cast<std::size_t>(index)];
      const int level =
          count <= 0 || max_count <= 0 ? 0 : std::clamp((count * 4 + max_count - 1) / max_count, 1, 4);
      svg += "<rect x=\"" + std::to_string(k_margin + w * (size + gap)) + "\" y=\"" +
             std::to_string(top + d * (size + gap)) + "\" width=\"" + std::to_string(size) +
             "\" height=\"" + std::to_string(size) + "\" rx=\"2\" fill=\"" + k_heat_fills[level] +
             "\"><title>" + civil_date(day) + ": " + std::to_string(count) +
             " reviews</title></rect>\n";
    }
  }
  return 40 + 7 * (size + gap) + 16;
}

int svg_horizontal(std::string& svg, int y, const std::string& title,
                   const std::vector<std::pair<std::string, double>>& rows,
                   const std::vector<std::string>& figures) {
  svg += "<text x=\"" + std::to_string(k_margin) + "\" y=\"" + std::to_string(y + 16) +
         "\" class=\"title\">" + xml_escape(title) + "</text>\n";
  const int top = y + 28;
  const int label_width = 130;
  const int bar_width = k_svg_width - 2 * k_margin - label_width - 150;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int row_y = top + static_cast<int>(i) * 22;
    svg += "<text x=\"" + std::to_string(k_margin) + "\" y=\"" + std::to_string(row_y + 13) +
           "\" class=\"label\">" + xml_escape(rows[i].first) + "</text>\n";
    svg += "<rect x=\"" + std::to_string(k_margin + label_width) + "\" y=\"" +
           std::to_string(row_y + 2) + "\" width=\"" + fmt(rows[i].second * bar_width) +
           "\" height=\"14\" fill=\"" + k_bar_fill + "\"/>\n";
    svg += "<text x=\"" + std::to_string(k_margin + label_width + bar_width + 8) + "\" y=\"" +
           std::to_string(row_y + 13) + "\" class=\"label\">" + xml_escape(figures[i]) +
           "</text>\n";
  }
  return 28 + static_cast<int>(rows.size()) * 22 + 20;
}

std::string svg_body(const ChartData& data, int& height) {
  std::string svg;
  int y = 10;
  y += svg_bars(svg, y, "Due in the next " + std::to_string(data.due_forecast.size()) + " days",
                data.due_forecast, 0, data.today_day);
  const int days = static_cast<int>(data.reviews_per_day.size());
  y += svg_bars(svg, y, "Reviews per day, last " + std::to_string(days) + " days",
                data.reviews_per_day, -(days - 1), data.today_day);
  y += svg_heatmap(svg, y, data.review_calendar, data.today_day);
  {
    std::vector<std::pair<std::string, double>> rows;
    std::vector<std::string> figures;
    for (const AgeRetention& b : data.retention_by_age) {
      rows.emplace_back(b.label, b.reviews > 0 ? static_cast<double>(b.passed) / b.reviews : 0.0);
      figures.push_back(b.reviews > 0 ? std::to_string(percent(b.passed, b.reviews)) + "% of " +
                                            std::to_string(b.reviews)
                                      : std::string("no reviews"));
    }
    y += svg_horizontal(svg, y, "Retention by card age", rows, figures);
  }
  {
    int max_count = 1;
    for (const LabelledCount& s : data.cards_by_state) {
      max_count = std::max(max_count, s.count);
    }
    std::vector<std::pair<std::string, double>> rows;
    std::vector<std::string> figures;
    for (const LabelledCount& s : data.cards_by_state) {
      rows.emplace_back(s.label, static_cast<double>(s.count) / max_count);
      figures.push_back(std::to_string(s.count));
    }
    y += svg_horizontal(svg, y, "Cards by state", rows, figures);
  }
  height = y;
  return svg;
}

std::string svg_element(const ChartData& data) {
  int height = 0;
  const std::string body = svg_body(data, height);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                    std::to_string(k_svg_width) + "\" height=\"" + std::to_string(height) +
                    "\" viewBox=\"0 0 " + std::to_string(k_svg_width) + " " +
                    std::to_string(height) + "\" font-family=\"sans-serif\">\n";
  svg += "<style>.title{font-size:14px;font-weight:bold;fill:#222}"
         ".axis{font-size:10px;fill:#555}.label{font-size:12px;fill:#222}"
         ".rule{stroke:#888;stroke-width:1}</style>\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  svg += body;
  svg += "</svg>\n";
  return svg;
}

} // namespace

std::string svg_report(const ChartData& data) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg_element(data);
}

std::string html_report(const ChartData& data) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<title>wortkiste statistics, " +
                     civil_date(data.today_day) +
                     "</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
                     "table{border-collapse:collapse;margin:1em 0}td,th{padding:2px 10px;"
                     "text-align:right;border-bottom:1px solid #ddd}th{text-align:left}</style>\n"
                     "</head>\n<body>\n<h1>wortkiste statistics, " +
                     civil_date(data.today_day) + "</h1>\n";
  html += svg_element(data);
  html += "<h2>Cards by state</h2>\n<table>\n";
  for (const LabelledCount& s : data.cards_by_state) {
    html += "<tr><th>" + xml_escape(s.label) + "</th><td>" + std::to_string(s.count) +
            "</td></tr>\n";
  }
  html += "</table>\n<h2>Retention by card age</h2>\n<table>\n<tr><th>age</th><th>reviews</th>"
          "<th>not Again</th><th>retention</th></tr>\n";
  for (const AgeRetention& b : data.retention_by_age) {
    html += "<tr><th>" + xml_escape(b.label) + "</th><td>" + std::to_string(b.reviews) +
            "</td><td>" + std::to_string(b.passed) + "</td><td>" +
            (b.reviews > 0 ? std::to_string(percent(b.passed, b.reviews)) + "%" : "–") +
            "</td></tr>\n";
  }
  html += "</table>\n</body>\n</html>\n";
  return html;
}

} // namespace wortkiste::review
