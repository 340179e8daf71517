#pragma once
// The vocabulary of FSRS: ratings, card states, a card's memory and scheduling state, and the
// scheduler parameters. Plain values, as ts-fsrs 5.4.2 names them; no clock, no database.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wortkiste::srs {

// The learner's answer: 1 Again (forgot), 2 Hard, 3 Good, 4 Easy.
enum class Rating : int { again = 1, hard = 2, good = 3, easy = 4 };

// 0 New, 1 Learning, 2 Review, 3 Relearning (the numbers stored in cards.state).
enum class State : int { new_card = 0, learning = 1, review = 2, relearning = 3 };

inline constexpr std::int64_t k_ms_per_minute = 60'000;
inline constexpr std::int64_t k_ms_per_day = 86'400'000;

// A card as the scheduler sees it; the same fields as a ts-fsrs Card, times in ms since the epoch.
struct Card {
  State state = State::new_card;
  double stability = 0;  // days until R falls to 90 %
  double difficulty = 0; // 1..10
  std::int64_t due_ms = 0;
  int reps = 0;
  int lapses = 0;
  int learning_steps = 0; // index of the current (re)learning step
  int scheduled_days = 0; // 0 while in a (re)learning step
  int elapsed_days = 0;   // UTC calendar days since the previous review
  std::optional<std::int64_t> last_review_ms;

  friend bool operator==(const Card&, const Card&) = default;
};

// Returns a New card created at `now_ms` (due then).
inline Card new_card(std::int64_t now_ms) {
  Card card;
  card.due_ms = now_ms;
  return card;
}

using Weights = std::array<double, 21>;

// The FSRS-6 default parameters.
inline constexpr Weights k_default_weights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

// Scheduler parameters; defaults are ts-fsrs's. Steps are in minutes ("1m 10m" -> {1, 10}).
struct Parameters {
  Weights w = k_default_weights; // clipped by `make_scheduler`, not here
  double desired_retention = 0.9;
  int maximum_interval = 36500; // days
  bool enable_fuzz = false;
  bool enable_short_term = true;
  std::vector<std::int64_t> learning_steps = {1, 10};
  std::vector<std::int64_t> relearning_steps = {10};
};

} // namespace wortkiste::srs
