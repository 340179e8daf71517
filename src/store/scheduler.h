#pragma once
// Anki-style daily scheduling on top of the pure FSRS core (srs/): which card comes next, what
// each answer would do, answering (card update + review-log row in one transaction), undo, and
// the card actions suspend, bury, forget and reset. Every function takes the time as `now_ms`
// (ms since the epoch); the day starts at the collection's rollover hour in local time (TZ).
//
// Order of the queue, as Anki shows it: (re)learning cards already due first; then due reviews
// (overdue ones with the lowest retrievability first, then today's by due time) with new cards
// spread evenly among them (one new card every (new + reviews) / new answers); then, when
// nothing else is left, learning cards due within the learn-ahead window (20 min) are shown
// early. Per deck at most `new_per_day` new cards and `reviews_per_day` reviews (answers to
// Review cards) each collection day; learning cards are not limited. A card is due today when
// its due time falls before the next rollover.

#include "srs/card.h"
#include "store/database.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wortkiste::store {

// cards.queue values.
inline constexpr int k_queue_active = 0;
inline constexpr int k_queue_suspended = -1;
inline constexpr int k_queue_buried = -2;

// Cards still to be studied today (limits applied), as the counters beside a review screen.
struct QueueCounts {
  int new_cards = 0; // New cards left under today's new-card limit
  int learning = 0;  // (re)learning cards due now or within the learn-ahead window
  int review = 0;    // Review cards due today, under today's review limit
  friend bool operator==(const QueueCounts&, const QueueCounts&) = default;
};

// The card to show next.
struct DueCard {
  std::int64_t card_id = 0;
  std::int64_t note_id = 0;
  std::int64_t deck_id = 0;
  std::string card_type; // "recognition", "production" or "cloze"
  srs::State state = srs::State::new_card;
  std::int64_t due_ms = 0;
  QueueCounts counts; // remaining today, this card included
};

// Restricts the queue to one deck (by name); nullopt means every deck.
using DeckFilter = std::optional<std::string>;

// Returns the next card to study at `now_ms`, or nullopt when nothing is due today (learning
// cards due later today are not shown before they are within the learn-ahead window).
// Throws UsageError for an unknown deck name.
std::optional<DueCard> next_card(Database& db, const DeckFilter& deck, std::int64_t now_ms);

// Which cards next_card may pick.
struct NextCardOptions {
  bool allow_new = true; // false: skip new cards, show (re)learning and review cards only
};

// As above, honouring `options`; with allow_new false the card's counts still count the new
// cards left under today's limit. Throws UsageError for an unknown deck name.
std::optional<DueCard> next_card(Database& db, const DeckFilter& deck, std::int64_t now_ms,
                                 const NextCardOptions& options);

// Returns today's remaining counts at `now_ms`. Throws UsageError for an unknown deck name.
QueueCounts counts(Database& db, const DeckFilter& deck, std::int64_t now_ms);

// What one rating would do to a card.
struct Outcome {
  srs::Rating rating = srs::Rating::good;
  srs::Card card;             // the card after that answer
  std::int64_t interval_ms = 0; // due_ms - now_ms
  std::string label;          // Anki-style interval: "1m", "10m", "1h", "1d", "3d", "1.2mo", "2.1y"
};

// Returns the outcomes of Again, Hard, Good and Easy (index 0..3) for card `card_id` at
// `now_ms`, with the fuzz the real answer would use. The fuzz is seeded by the time of the
// answer (as in ts-fsrs), so `answer` at the same `now_ms` gives exactly the card shown here;
// a few seconds later an interval of more than 2 days may differ by a day within its fuzz range.
// Throws UsageError for an unknown card.
std::array<Outcome, 4> preview(Database& db, std::int64_t card_id, std::int64_t now_ms);

struct AnswerResult {
  std::int64_t review_log_id = 0;
  srs::Card card;            // the card after the answer
  int siblings_buried = 0;   // other cards of the same note buried until tomorrow
  bool became_leech = false; // lapses reached the leech threshold now: tagged "leech", suspended
  bool leech_warning = false; // a leech lapsed again (every 4 lapses after the threshold)
};

// Answers card `card_id` with `rating` at `now_ms` after `duration_ms` of thinking: updates the
// card, appends its review_log row (with a snapshot of the card before) and buries the note's
// siblings, all in one transaction. Throws UsageError for an unknown or suspended card.
AnswerResult answer(Database& db, std::int64_t card_id, srs::Rating rating, std::int64_t now_ms,
                    std::int64_t duration_ms);

// Undoes the newest answer in the whole collection: deletes its review_log row and restores the
// card (and the siblings it buried, and a leech suspension/tag it caused) exactly as they were.
// Repeatable; works across days. Returns the card id, or nullopt when the log is empty.
std::optional<std::int64_t> undo_last(Database& db);

// Suspends the card (out of every queue until unsuspended). Returns false for an unknown card.
bool suspend(Database& db, std::int64_t card_id);
// Puts a suspended card back into its queue. Returns false for an unknown card.
bool unsuspend(Database& db, std::int64_t card_id);
// Hides the card until the next collection day after `now_ms`. Returns false for an unknown card.
bool bury(Database& db, std::int64_t card_id, std::int64_t now_ms);
// Unburies every buried card (of `deck`, or all); returns how many.
int unbury(Database& db, const DeckFilter& deck);
// Unburies card `card_id` alone (not its siblings). Returns false unless it was buried.
bool unbury_card(Database& db, std::int64_t card_id);
// Returns the card to New at the end of the new queue, keeping reps and lapses (Anki "Forget").
bool forget(Database& db, std::int64_t card_id, std::int64_t now_ms);
// Returns the card to New at the end of the new queue and zeroes reps and lapses as well.
bool reset(Database& db, std::int64_t card_id, std::int64_t now_ms);

// Sizes the connection's page cache (64 MiB) and memory-maps reads, so that a review session,
// which rebuilds the day's queue before every card, reads the collection from memory.
void cache_for_review(Database& db);

// Reads one card's scheduling state; nullopt for an unknown card.
std::optional<srs::Card> load_card(Database& db, std::int64_t card_id);

// Returns the collection day number of `now_ms` (days since the epoch, the day starting at the
// collection's rollover hour, setting "rollover_hour", default 4, in local time).
std::int64_t collection_day(Database& db, std::int64_t now_ms);

} // namespace wortkiste::store
