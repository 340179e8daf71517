#pragma once
// Fitting the 21 FSRS-6 weights to a learner's own review history, the way the fsrs-rs
// optimizer does: FSRS items from the log (one per review whose interval since the previous
// review is at least a day, with every earlier review of the card as its history; same-day
// reviews take the short-term formula), binary cross-entropy on recall (Again = forgotten),
// weighted towards recent items (0.25 + 0.75 (i/(n-1))^3 by chronological position), gradient
// descent with Adam, weights clipped to their bounds and pulled gently towards the defaults.
// Gradients are exact (reverse-mode differentiation, srs/reverse.h). Pure: no files, no clock.

#include "srs/card.h"

#include <array>
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::srs {

// One answer as the optimizer needs it.
struct ReviewRecord {
  std::int64_t card_id = 0;
  std::int64_t time_ms = 0;
  std::int64_t day = 0; // the day number the review falls on (UTC or collection day)
  int rating = 0;       // 1..4
  int state_before = 0; // 0 New, 1 Learning, 2 Review, 3 Relearning
};

// The training data: per card, its reviews as (days since the previous review, rating), and the
// items (positions that are predicted) in chronological order.
struct TrainingSet {
  struct Review {
    int delta_t = 0;
    int rating = 0;
    double weight = 0; // recency weight when this review is predicted (an item), else 0
  };
  std::vector<std::vector<Review>> histories;
  std::size_t items = 0; // reviews predicted: those at least a day after the previous one
  std::size_t size() const { return items; }
};

// Builds the training set from `records` (any order). A card's history starts at its first
// review from state New; a later review from state New (the card was reset) starts a new one.
TrainingSet build_training_set(std::vector<ReviewRecord> records);

// Parses a review log in CSV with the header
// card_id,review_time,review_rating,review_state,review_duration[,...] (review_time in epoch
// ms; days are UTC days, as fsrs-rs reads it with next_day_starts_at = 0). Returns an error
// "line N: ..." for a malformed line.
std::expected<std::vector<ReviewRecord>, std::string> parse_revlog_csv(std::string_view text);

struct Evaluation {
  double log_loss = 0;  // recency-weighted mean binary cross-entropy
  double rmse_bins = 0; // weighted RMSE over fsrs-rs's (interval, review count, lapses) bins
  std::size_t items = 0;
};

// Evaluates weights `w` (clipped first) on `data` in double precision.
Evaluation evaluate(const Weights& w, const TrainingSet& data);

struct OptimizeOptions {
  int epochs = 10;                // passes over the items
  std::size_t batch_items = 512;  // items per Adam step (whole cards at a time)
  double learning_rate = 0.04;    // cosine-annealed to 0 over all steps
  double prior_strength = 1.0;    // weight of the pull towards the defaults
  std::uint64_t seed = 2023;      // for the order of cards in each epoch
};

// Returns the gradient of the recency-weighted mean log loss at `w` (no clipping, no prior);
// exposed for tests.
std::array<double, 21> gradient(const Weights& w, const TrainingSet& data);

struct OptimizeResult {
  Weights weights = k_default_weights;
  Evaluation before; // with the starting weights
  Evaluation after;  // with the fitted weights
};

// Fits the weights on `data`, starting from `start` (usually the defaults).
OptimizeResult optimize(const TrainingSet& data, const Weights& start = k_default_weights,
                        const OptimizeOptions& options = {});

} // namespace wortkiste::srs
