// wortkiste optimize [--deck NAME] [--dry-run] [--json] [--revlog FILE.csv]: fits the FSRS-6
// weights to the collection's own review log (or to a CSV log) and keeps them only when they
// predict recall better than the weights in use.

#include "cli/command.h"
#include "core/error.h"
#include "srs/calendar.h"
#include "srs/optimizer.h"
#include "store/deck_config.h"
#include "store/notes.h"
#include "store/review_log.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace wortkiste::cli {

namespace {

struct OptimizeOptions {
  std::optional<std::string> deck;
  std::optional<std::string> revlog;
  bool dry_run = false;
  bool json = false;
};

std::vector<srs::ReviewRecord> read_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw FileError(path + ": cannot be read");
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto records = srs::parse_revlog_csv(buffer.str());
  if (!records) {
    throw FileError(path + ": " + records.error());
  }
  return std::move(*records);
}

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

void run(const OptimizeOptions& opts, const GlobalOptions& global) {
  std::vector<srs::ReviewRecord> records;
  srs::Weights current = srs::k_default_weights;
  std::optional<store::Database> db;
  std::optional<std::int64_t> deck_id;
  if (opts.revlog) {
    if (opts.deck) {
      throw UsageError("--deck and --revlog cannot be combined: a CSV log has no decks");
    }
    records = read_csv(*opts.revlog);
  } else {
    db = store::Database::open(collection_path(global));
    if (opts.deck) {
      const auto deck = store::find_deck(*db, *opts.deck);
      if (!deck) {
        throw UsageError("no deck called \"" + *opts.deck + "\"");
      }
      deck_id = deck->id;
      current = store::deck_parameters(*db, deck->id).w;
    } else if (const auto w = store::collection_parameters(*db)) {
      current = *w;
    }
    const int rollover = store::rollover_hour(*db);
    for (const store::ReviewLogEntry& e : store::review_history(*db, opts.deck)) {
      srs::ReviewRecord r;
      r.card_id = e.card_id;
      r.time_ms = e.reviewed_ms;
      r.day = srs::collection_day(e.reviewed_ms, rollover);
      r.rating = e.rating;
      r.state_before = e.state_before;
      records.push_back(r);
    }
  }

  const auto started = std::chrono::steady_clock::now();
  const srs::TrainingSet data = srs::build_training_set(records);
  const srs::Evaluation before = srs::evaluate(current, data);
  const srs::OptimizeResult fit = srs::optimize(data);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const bool better = data.items > 0 && fit.after.log_loss < before.log_loss;
  const srs::Weights& chosen = better ? fit.weights : current;
  const srs::Evaluation& after = better ? fit.after : before;

  bool saved = false;
  if (better && !opts.dry_run && db) {
    if (deck_id) {
      store::DeckConfig config = store::load_deck_config(*db, *deck_id);
      config.fsrs_parameters = fit.weights;
      if (auto ok = store::save_deck_config(*db, *deck_id, config); !ok) {
        throw UsageError(ok.error());
      }
    } else {
      store::set_collection_parameters(*db, fit.weights);
    }
    saved = true;
  }

  if (opts.json) {
    nlohmann::ordered_json j;
    j["parameters"] = chosen;
    j["log_loss_before"] = before.log_loss;
    j["log_loss_after"] = after.log_loss;
    j["rmse_bins_before"] = before.rmse_bins;
    j["rmse_bins_after"] = after.rmse_bins;
    j["items"] = data.items;
    j["seconds"] = seconds;
    std::cout << j.dump() << '\n';
    return;
  }
  if (data.items == 0) {
    std::cout << "Not enough reviews to optimize: no card has been reviewed again a day or more "
                 "after an earlier review ("
              << records.size() << " reviews). The parameters stay as they are.\n";
    return;
  }
  std::cout << "Fitted FSRS parameters to " << data.items << " items (" << records.size()
            << " reviews) in " << fixed(seconds, 2) << " s\n";
  std::cout << "  log loss    " << fixed(before.log_loss, 4) << " -> " << fixed(after.log_loss, 4) << '\n';
  std::cout << "  RMSE(bins)  " << fixed(before.rmse_bins, 4) << " -> " << fixed(after.rmse_bins, 4) << '\n';
  std::cout << "  parameters ";
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    std::cout << (i == 0 ? " " : ", ") << fixed(chosen[i], 4);
  }
  std::cout << '\n';
  if (!better) {
    std::cout << "Not saved: the fit predicts no better than the parameters in use.\n";
  } else if (opts.revlog) {
    std::cout << "Not saved: --revlog fits a log outside the collection.\n";
  } else if (opts.dry_run) {
    std::cout << "Not saved (--dry-run).\n";
  } else if (saved) {
    std::cout << (deck_id ? "Saved for deck \"" + *opts.deck + "\".\n"
                          : std::string("Saved for the collection.\n"));
  }
}

} // namespace

void register_optimize(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<OptimizeOptions>();
  CLI::App* sub = app.add_subcommand("optimize", "Fit FSRS parameters to your review history");
  sub->add_option("--deck", opts->deck, "Fit and save for this deck only");
  sub->add_flag("--dry-run", opts->dry_run, "Report the fit without saving it");
  sub->add_flag("--json", opts->json, "Print the result as JSON");
  sub->add_option("--revlog", opts->revlog,
                  "Fit a review log in CSV (card_id,review_time,review_rating,review_state,...)")
      ->check(CLI::ExistingFile);
  sub->callback([opts, &global] { run(*opts, global); });
}

} // namespace wortkiste::cli
