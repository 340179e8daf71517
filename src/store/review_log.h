#pragma once
// Reading the review log: one row per answer, appended by store::answer in the same transaction
// as the card update and never rewritten (undo deletes the newest row). The optimizer and the
// statistics read it through here.

#include "store/database.h"
#include "store/scheduler.h"

#include <cstdint>
#include <vector>

namespace wortkiste::store {

struct ReviewLogEntry {
  std::int64_t id = 0;
  std::int64_t card_id = 0;
  std::int64_t reviewed_ms = 0;
  int rating = 0;       // 1..4
  int state_before = 0; // 0 New, 1 Learning, 2 Review, 3 Relearning
  int state_after = 0;
  double stability = 0; // after the answer
  double difficulty = 0;
  int elapsed_days = 0;
  int scheduled_days = 0;
  std::int64_t duration_ms = 0;
};

// Returns the log of `deck` (or every deck), ordered by card and then by time of review.
// Throws UsageError for an unknown deck name.
std::vector<ReviewLogEntry> review_history(Database& db, const DeckFilter& deck);

// Returns the number of log rows.
std::int64_t review_count(Database& db);

} // namespace wortkiste::store
