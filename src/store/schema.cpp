#include "store/schema.h"

#include <array>

namespace wortkiste::store {

namespace {

// Version 1: the whole collection as the first release needs it.
// Times are milliseconds since the Unix epoch (UTC) unless a name says otherwise.
constexpr std::string_view k_v1 = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- config: JSON with new_per_day, reviews_per_day, desired_retention, maximum_interval,
-- card_types, learning_steps, relearning_steps, fsrs_parameters (absent keys take defaults).
CREATE TABLE decks (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_ms INTEGER NOT NULL,
  config     TEXT NOT NULL DEFAULT '{}'
);

-- One row per article added; content_hash (SHA-256 of the cleaned text) makes `add` idempotent.
CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  file_name    TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  bytes        INTEGER NOT NULL,
  added_ms     INTEGER NOT NULL
);

-- A note is one lemma with its part of speech (UD tag). guid is stable: derived from (lemma, pos).
-- fields: JSON of the card content (article, plural, principal_parts, glosses, compound, ...).
-- user_fields: JSON of what the user edited; a later `add` never overwrites these keys.
CREATE TABLE notes (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  deck_id     INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
  lemma       TEXT NOT NULL,
  pos         TEXT NOT NULL,
  fields      TEXT NOT NULL DEFAULT '{}',
  user_fields TEXT NOT NULL DEFAULT '{}',
  tags        TEXT NOT NULL DEFAULT '',
  created_ms  INTEGER NOT NULL,
  modified_ms INTEGER NOT NULL,
  UNIQUE (lemma, pos)
);
CREATE INDEX notes_deck ON notes(deck_id);

-- Example sentences, exactly as they stand in the cleaned source text. target_begin/target_end are
-- byte offsets of the target form inside `sentence`; source_offset is the sentence's byte offset in
-- the source. One example per note is primary; others are alternatives from later articles.
CREATE TABLE examples (
  id            INTEGER PRIMARY KEY,
  note_id       INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  sentence      TEXT NOT NULL,
  target_begin  INTEGER NOT NULL,
  target_end    INTEGER NOT NULL,
  source_offset INTEGER,
  is_primary    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (note_id, sentence)
);

-- One card per note and card type, with its FSRS memory state.
-- state: 0 New, 1 Learning, 2 Review, 3 Relearning (as ts-fsrs).
-- queue: 0 active, -1 suspended, -2 buried (until buried_until_day, a collection day number).
CREATE TABLE cards (
  id               INTEGER PRIMARY KEY,
  note_id          INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  card_type        TEXT NOT NULL CHECK (card_type IN ('recognition', 'production', 'cloze')),
  state            INTEGER NOT NULL DEFAULT 0,
  queue            INTEGER NOT NULL DEFAULT 0,
  due_ms           INTEGER NOT NULL,
  stability        REAL NOT NULL DEFAULT 0,
  difficulty       REAL NOT NULL DEFAULT 0,
  reps             INTEGER NOT NULL DEFAULT 0,
  lapses           INTEGER NOT NULL DEFAULT 0,
  learning_steps   INTEGER NOT NULL DEFAULT 0,
  scheduled_days   INTEGER NOT NULL DEFAULT 0,
  elapsed_days     INTEGER NOT NULL DEFAULT 0,
  last_review_ms   INTEGER,
  buried_until_day INTEGER,
  new_position     INTEGER NOT NULL DEFAULT 0,
  created_ms       INTEGER NOT NULL,
  UNIQUE (note_id, card_type)
);
CREATE INDEX cards_due ON cards(queue, state, due_ms);

-- One row per answer, written in the same transaction as the card update and never rewritten;
-- undo deletes the newest row and restores card_before (a JSON snapshot of the card row).
CREATE TABLE review_log (
  id             INTEGER PRIMARY KEY,
  card_id        INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  reviewed_ms    INTEGER NOT NULL,
  rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  state_before   INTEGER NOT NULL,
  state_after    INTEGER NOT NULL,
  stability      REAL NOT NULL,
  difficulty     REAL NOT NULL,
  elapsed_days   INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  duration_ms    INTEGER NOT NULL DEFAULT 0,
  card_before    TEXT NOT NULL
);
CREATE INDEX review_log_card ON review_log(card_id, reviewed_ms);
CREATE INDEX review_log_time ON review_log(reviewed_ms);

-- Lemmas the learner knows; origin: 'user', 'import', 'review' (marked known while reviewing).
CREATE TABLE known_words (
  lemma    TEXT PRIMARY KEY,
  origin   TEXT NOT NULL DEFAULT 'user',
  added_ms INTEGER NOT NULL
);
)sql";

// Version 2: the new-card queue reads the next few new cards in order without sorting them all.
constexpr std::string_view k_v2 = R"sql(
CREATE INDEX cards_new ON cards(new_position, id) WHERE state = 0;
)sql";

constexpr std::array<std::string_view, 2> k_migrations = {k_v1, k_v2};

} // namespace

std::span<const std::string_view> migrations() { return k_migrations; }

} // namespace wortkiste::store
