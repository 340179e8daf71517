#pragma once
// FSRS-6 exactly as ts-fsrs 5.4.2 computes it: the memory model (forgetting curve, difficulty,
// stability after recall, lapse and same-day review), intervals with the reference fuzz, and the
// scheduler with learning and relearning steps. Every double is rounded to 8 decimals where
// ts-fsrs rounds it, in the same order of operations, so results match it bit for bit. Pure
// functions: the review time is a parameter; nothing here throws.

#include "srs/card.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::srs {

// JavaScript Math.round: the nearest integer, ties toward +infinity.
double js_round(double x);
// Rounds to 8 decimals as ts-fsrs does: js_round(x * 1e8) / 1e8.
double round8(double x);
// Formats `x` as JavaScript's Number-to-String does ("0", "12.5", "1e-7", "1.5e+21").
std::string js_number_to_string(double x);

// Returns `w` clipped to the FSRS-6 bounds (NaN becomes 0 first). With more than one relearning
// step, w17 and w18 get a lower ceiling so relearning cannot raise stability.
Weights clip_parameters(const Weights& w, int num_relearning_steps, bool enable_short_term);

// Returns the minutes of a step list such as "1m 10m 1h 1d" (m, h, d units; spaces or commas
// between), or nullopt when a step is malformed or not positive. "" is the empty list.
std::optional<std::vector<std::int64_t>> parse_steps(std::string_view text);
// Formats minutes back as "1m 10m 1h 1d" (the largest unit that divides each step).
std::string format_steps(const std::vector<std::int64_t>& minutes);

struct MemoryState {
  double stability = 0;
  double difficulty = 0;
  friend bool operator==(const MemoryState&, const MemoryState&) = default;
};

// The parameters with clipped weights and the derived constants ts-fsrs precomputes.
struct Scheduler {
  Parameters parameters;
  double decay = 0;             // -w20
  double factor = 0;            // 0.9^(1/decay) - 1, rounded
  double interval_modifier = 0; // (retention^(1/decay) - 1) / factor, rounded
};

// Clips the weights of `parameters` and computes the derived constants.
Scheduler make_scheduler(const Parameters& parameters);

// R(t, S): the probability of recall after `t` days (may be fractional) at stability `s`.
double forgetting_curve(const Weights& w, double t, double s);
// The rounded factor of the forgetting curve for `w` (0.98034649 for the defaults).
double curve_factor(const Weights& w);
// S0(G): the stability after the first answer.
double init_stability(const Weights& w, Rating rating);
// D0(G), not clamped to 1..10 (mean reversion targets the unclamped D0(Easy)).
double init_difficulty(const Weights& w, Rating rating);
// The difficulty after an answer (linear damping, mean reversion), in 1..10.
double next_difficulty(const Weights& w, double difficulty, Rating rating);
// The stability after a successful recall (Hard, Good, Easy) at retrievability `r`.
double next_recall_stability(const Weights& w, double difficulty, double stability, double r,
                             Rating rating);
// The stability bound after a lapse (before the short-term cap).
double next_forget_stability(const Weights& w, double difficulty, double stability, double r);
// The stability after a same-day review.
double next_short_term_stability(const Weights& w, double stability, Rating rating);
// One memory update after `t` days (t = 0 takes the short-term branch when enabled); a state
// with D = S = 0 (a New card) gives the initial values.
MemoryState next_state(const Scheduler& scheduler, MemoryState memory, double t, Rating rating);

// The interval in days for stability `s`, unfuzzed: min(max(1, round(S * IM)), maximum).
int unfuzzed_interval(const Scheduler& scheduler, double s);
struct FuzzRange {
  int min_ivl = 0;
  int max_ivl = 0;
  friend bool operator==(const FuzzRange&, const FuzzRange&) = default;
};
// The range the fuzz picks from for `interval` days after `elapsed_days`.
FuzzRange fuzz_range(double interval, int elapsed_days, int maximum_interval);

// The Alea PRNG (Baagoe) exactly as ts-fsrs ships it.
class Alea {
public:
  explicit Alea(std::string_view seed);
  // Returns the next number in [0, 1).
  double next();

private:
  double m_s0 = 0, m_s1 = 0, m_s2 = 0, m_c = 1;
};

// The fuzz seed ts-fsrs builds for a review: "<now_ms>_<reps after>_<D*S before>".
std::string fuzz_seed(std::int64_t now_ms, int reps_after, double difficulty, double stability);

// Elapsed days as ts-fsrs counts them: difference of UTC calendar dates.
std::int64_t utc_day_difference(std::int64_t from_ms, std::int64_t to_ms);

// The cards that each rating (Again, Hard, Good, Easy at index 0..3) would produce when `card`
// is answered at `now_ms`. `elapsed_days` overrides the UTC calendar-day count since the last
// review (the store passes collection days, which start at the rollover hour in local time).
std::array<Card, 4> preview(const Scheduler& scheduler, const Card& card, std::int64_t now_ms,
                            std::optional<int> elapsed_days = std::nullopt);
// The card after answering `card` with `rating` at `now_ms` (preview(...)[rating - 1]).
Card review(const Scheduler& scheduler, const Card& card, std::int64_t now_ms, Rating rating,
            std::optional<int> elapsed_days = std::nullopt);

// Returns R of `card` at `now_ms` as ts-fsrs get_retrievability does (whole 24 h periods since
// the last review); 0 for a New card.
double retrievability(const Scheduler& scheduler, const Card& card, std::int64_t now_ms);

} // namespace wortkiste::srs
