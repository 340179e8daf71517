#pragma once
// One review session over the collection, independent of how it is shown: the full-screen
// terminal (interactive.h) and line mode (line_mode.h) both drive it. Every answer is committed
// through the store before the next card is fetched, so quitting at any moment loses nothing.

#include "review/screen.h"
#include "srs/card.h"
#include "store/database.h"
#include "store/scheduler.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wortkiste::review {

struct SessionOptions {
  store::DeckFilter deck;        // nullopt: every deck
  std::optional<int> limit;      // stop after this many answers
  std::optional<int> new_limit;  // introduce at most this many new cards in this session
  bool color = true;
};

// What an answer did, for line mode's output and the JSON lines.
struct AnswerRecord {
  std::int64_t card_id = 0;
  std::string lemma;
  CardKind kind = CardKind::recognition;
  srs::Rating rating = srs::Rating::good;
  std::int64_t due_ms = 0;      // when the card comes back
  std::int64_t duration_ms = 0; // time from showing the card to the answer (capped at 60 s)
  std::string interval;         // "10m", "3d"
  bool became_leech = false;
};

// Returns "again", "hard", "good" or "easy".
const char* rating_name(srs::Rating rating);

// Returns `ms` as ISO-8601 UTC with seconds: "2025-11-24T09:30:00Z".
std::string iso8601_utc(std::int64_t ms);

class Session {
public:
  Session(store::Database& db, SessionOptions options);

  // Fetches the card to show at `now_ms`. Returns false when the session is over: nothing due,
  // the answer limit reached, or only new cards left beyond the session's new-card limit.
  bool next(std::int64_t now_ms);
  bool has_card() const { return m_card.has_value(); }
  const store::DueCard& card() const { return *m_card; }
  const CardContent& content() const { return m_content; }
  const std::array<std::string, 4>& intervals() const { return m_intervals; }
  bool revealed() const { return m_revealed; }
  void reveal() { m_revealed = true; }

  // Answers the shown card; throws Error when no card is shown.
  AnswerRecord answer(srs::Rating rating, std::int64_t now_ms);

  // Undoes the newest step of this session (an answer, suspend, bury or known), or, once none
  // is left, the newest answer in the collection from an earlier session. The undone card is
  // shown again. Returns what was undone ("Undone: Good on der Einsatz"), or nullopt.
  std::optional<std::string> undo(std::int64_t now_ms);

  // "I know this word": suspends the card and adds the lemma to the known words.
  std::string mark_known(std::int64_t now_ms);
  // Suspends the shown card.
  std::string suspend(std::int64_t now_ms);
  // Buries the shown card until tomorrow.
  std::string bury(std::int64_t now_ms);
  // Stores the user's corrected gloss and/or example for the shown card's note and reloads it.
  std::string edit(const std::optional<std::string>& gloss,
                   const std::optional<std::string>& example, std::int64_t now_ms);

  // The screen for the current card (or the "nothing due" screen), with `message`.
  ScreenState screen(const std::string& deck_label) const;
  std::string message; // shown on the message line until the next key

  // Figures for the quit summary, with today's answers from the review log.
  Summary summary(std::int64_t now_ms);
  int answered() const { return m_answered; }

private:
  enum class StepKind { answer, suspend, bury, known };
  struct Step {
    StepKind kind;
    store::DueCard card;
    srs::Rating rating = srs::Rating::good;
    bool known_added = false;
  };
  void show(const store::DueCard& card, std::int64_t now_ms);
  void refresh_counts(std::int64_t now_ms);
  void cap_new_count();

  store::Database& m_db;
  SessionOptions m_options;
  std::optional<store::DueCard> m_card;
  CardContent m_content;
  std::array<std::string, 4> m_intervals;
  bool m_revealed = false;
  std::int64_t m_shown_ms = 0;
  std::int64_t m_started_ms = -1;
  std::int64_t m_last_ms = 0;
  std::vector<Step> m_steps;
  int m_answered = 0;
  int m_again = 0;
  int m_new_seen = 0;
};

} // namespace wortkiste::review
