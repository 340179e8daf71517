// wortkiste stats [--deck NAME] [--json]: how the collection stands today, as numbers.

#include "cli/command.h"
#include "core/error.h"
#include "review/charts.h"
#include "review/history.h"
#include "review/terminal.h"
#include "store/stats.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace wortkiste::cli {

namespace {

struct StatsOptions {
  std::optional<std::string> deck;
  bool json = false;
  std::optional<std::string> svg;  // --svg FILE: the charts as an SVG picture
  std::optional<std::string> html; // --html FILE: the charts and tables as a web page
  bool ascii = false;              // --ascii: charts without Unicode blocks
  bool no_charts = false;          // --no-charts: the numbers only
};

// Writes `text` to `path`; throws FileError naming the file when that fails.
void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    throw FileError("cannot write " + path);
  }
}

// The charts (issue 7): printed under the numbers, and/or written as SVG or HTML.
void charts(store::Database& db, const StatsOptions& opts, const GlobalOptions& global,
            std::int64_t now) {
  const bool print = !opts.json && !opts.no_charts;
  if (!print && !opts.svg && !opts.html) {
    return;
  }
  const review::ChartData data = review::chart_data(db, opts.deck, now);
  if (opts.svg) {
    write_file(*opts.svg, review::svg_report(data));
  }
  if (opts.html) {
    write_file(*opts.html, review::html_report(data));
  }
  if (print) {
    review::ChartStyle style;
    style.width = review::output_width();
    style.unicode = !opts.ascii && review::locale_is_utf8();
    style.color = review::output_is_terminal() && review::colour_wanted(global.no_color);
    std::cout << '\n' << review::terminal_charts(data, style);
  }
  if (!opts.json && (opts.svg || opts.html)) {
    std::cout << "\nCharts written to " << (opts.svg ? *opts.svg : *opts.html)
              << (opts.svg && opts.html ? " and " + *opts.html : std::string()) << '\n';
  }
}

nlohmann::json optional_number(const std::optional<double>& x) {
  return x ? nlohmann::json(*x) : nlohmann::json(nullptr);
}

void run(const StatsOptions& opts, const GlobalOptions& global) {
  store::Database db = store::Database::open(collection_path(global));
  const std::int64_t now = now_ms();
  const store::Stats st = store::compute_stats(db, opts.deck, now);
  const store::CardsByState& c = st.cards_by_state;
  if (opts.json) {
    nlohmann::ordered_json j;
    j["cards_by_state"] = {{"new", c.new_cards},       {"learning", c.learning},
                           {"review", c.review},       {"relearning", c.relearning},
                           {"suspended", c.suspended}, {"buried", c.buried}};
    j["due_today"] = st.due_today;
    j["due_next_7_days"] = st.due_next_7_days;
    j["reviews_today"] = st.reviews_today;
    j["true_retention_30d"] = optional_number(st.true_retention_30d);
    j["retention_reviews_30d"] = st.retention_reviews_30d;
    j["average_stability"] = optional_number(st.average_stability);
    j["due_per_day"] = st.due_per_day;
    j["reviews_per_day"] = st.reviews_per_day;
    std::cout << j.dump() << '\n';
    charts(db, opts, global, now);
    return;
  }
  char buf[128];
  std::cout << "Cards:          " << c.new_cards << " new, " << c.learning << " learning, "
            << c.review << " review, " << c.relearning << " relearning, " << c.suspended
            << " suspended";
  if (c.buried > 0) {
    std::cout << " (" << c.buried << " buried until tomorrow)";
  }
  std::cout << '\n';
  std::cout << "Due today:      " << st.due_today << '\n';
  std::cout << "Due in 7 days:  " << st.due_next_7_days << " (today included)\n";
  std::cout << "Reviews today:  " << st.reviews_today << '\n';
  if (st.true_retention_30d) {
    std::snprintf(buf, sizeof buf, "%.1f%% of %lld review answers", *st.true_retention_30d * 100,
                  static_cast<long long>(st.retention_reviews_30d));
    std::cout << "True retention: " << buf << " (last 30 days)\n";
  } else {
    std::cout << "True retention: - (no reviews in the last 30 days)\n";
  }
  if (st.average_stability) {
    std::snprintf(buf, sizeof buf, "%.1f days", *st.average_stability);
    std::cout << "Avg stability:  " << buf << '\n';
  } else {
    std::cout << "Avg stability:  - (no cards in review yet)\n";
  }
  charts(db, opts, global, now);
}

} // namespace

void register_stats(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<StatsOptions>();
  CLI::App* sub = app.add_subcommand("stats", "Show review statistics");
  sub->add_option("--deck", opts->deck, "Only this deck");
  sub->add_flag("--json", opts->json, "Print the numbers as JSON");
  sub->add_option("--svg", opts->svg, "Also write the charts to FILE as an SVG picture");
  sub->add_option("--html", opts->html, "Also write the charts and tables to FILE as a web page");
  sub->add_flag("--ascii", opts->ascii, "Draw the charts with ASCII only (automatic "
                                        "when the locale is not UTF-8)");
  sub->add_flag("--no-charts", opts->no_charts, "Print the numbers without the charts");
  sub->callback([opts, &global] { run(*opts, global); });
}

} // namespace wortkiste::cli
