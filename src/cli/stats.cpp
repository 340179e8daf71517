// wortkiste stats [--deck NAME] [--json]: how the collection stands today, as numbers.

#include "cli/command.h"
#include "store/stats.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace wortkiste::cli {

namespace {

struct StatsOptions {
  std::optional<std::string> deck;
  bool json = false;
};

nlohmann::json optional_number(const std::optional<double>& x) {
  return x ? nlohmann::json(*x) : nlohmann::json(nullptr);
}

void run(const StatsOptions& opts, const GlobalOptions& global) {
  store::Database db = store::Database::open(collection_path(global));
  const store::Stats st = store::compute_stats(db, opts.deck, now_ms());
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
}

} // namespace

void register_stats(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<StatsOptions>();
  CLI::App* sub = app.add_subcommand("stats", "Show review statistics");
  sub->add_option("--deck", opts->deck, "Only this deck");
  sub->add_flag("--json", opts->json, "Print the numbers as JSON");
  sub->callback([opts, &global] { run(*opts, global); });
}

} // namespace wortkiste::cli
