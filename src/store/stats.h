#pragma once
// Review statistics of a collection (or one deck) at a given time, as numbers; `wortkiste stats`
// prints them and the review screen can chart them.

#include "store/database.h"
#include "store/scheduler.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace wortkiste::store {

struct CardsByState {
  std::int64_t new_cards = 0;  // state New, not suspended
  std::int64_t learning = 0;   // state Learning, not suspended
  std::int64_t review = 0;     // state Review, not suspended
  std::int64_t relearning = 0; // state Relearning, not suspended
  std::int64_t suspended = 0;  // any state, suspended
  std::int64_t buried = 0;     // any state, buried today (also counted under their state)
};

struct Stats {
  CardsByState cards_by_state;
  std::int64_t due_today = 0;       // learning and review cards due before the next day starts
  std::int64_t due_next_7_days = 0; // due before the start of the 7th day from today (incl. today)
  std::int64_t reviews_today = 0;   // answers logged since today's rollover
  std::optional<double> true_retention_30d; // share of non-Again answers to Review cards, 30 days
  std::int64_t retention_reviews_30d = 0;   // how many answers that share is of
  std::optional<double> average_stability;  // days, over Review/Relearning cards not suspended
  std::vector<std::int64_t> due_per_day;    // next 30 collection days; [0] = today incl. overdue
  std::vector<std::int64_t> reviews_per_day; // past 30 collection days; [29] = today
};

// Returns the statistics of `deck` (or every deck) at `now_ms`. Throws UsageError for an
// unknown deck name.
Stats compute_stats(Database& db, const DeckFilter& deck, std::int64_t now_ms);

// A number of answers and how many of them were not Again.
struct AnswerCount {
  std::int64_t answers = 0;
  std::int64_t passed = 0; // rating Hard, Good or Easy
  friend bool operator==(const AnswerCount&, const AnswerCount&) = default;
};

// Returns the answers logged (in every deck) at or after `from_ms`.
AnswerCount answers_since(Database& db, std::int64_t from_ms);

// Returns, for each interval [`bounds`[i], `bounds`[i + 1]) of increasing times, how many answers
// to cards of `deck` (nullopt: every deck; an unknown name counts nothing) fall in it;
// bounds.size() - 1 numbers (none when fewer than two bounds are given).
std::vector<std::int64_t> answers_between(Database& db, const DeckFilter& deck,
                                          const std::vector<std::int64_t>& bounds);

// The bands of retention_by_card_age: the card's age at the answer (time since its first answer).
inline constexpr std::array<const char*, 5> k_card_age_bands = {
    "under 1 week", "1-4 weeks", "1-3 months", "3-12 months", "over a year"};

// Returns the answers to cards in the Review state of `deck` (nullopt: every deck), per band of
// card age at the answer: under 7 days, under 28, under 91, under 365, older.
std::array<AnswerCount, 5> retention_by_card_age(Database& db, const DeckFilter& deck);

} // namespace wortkiste::store
