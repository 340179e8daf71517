#pragma once
// A deck's scheduling options, stored as JSON in decks.config (absent keys take the defaults;
// other keys such as "card_types" are kept untouched), plus the collection-wide settings.

#include "srs/calendar.h"
#include "srs/card.h"
#include "store/database.h"

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace wortkiste::store {

struct DeckConfig {
  int new_per_day = 20;
  int reviews_per_day = 200;
  double desired_retention = 0.90; // 0.70 .. 0.99
  int maximum_interval = 36500;    // days
  std::string learning_steps = "1m 10m";
  std::string relearning_steps = "10m";
  std::optional<srs::Weights> fsrs_parameters; // nullopt: the collection's, else the defaults
  int leech_threshold = 8;                     // lapses
  std::int64_t learn_ahead_ms = 20 * 60'000;
  bool bury_siblings = true;
};

// Returns the config of deck `deck_id` (defaults for absent or invalid keys).
DeckConfig load_deck_config(Database& db, std::int64_t deck_id);

// Writes `config` into deck `deck_id`'s JSON, keeping unrelated keys. Returns an error message
// when a value is out of range (retention outside 0.70..0.99, unparsable steps, limits < 0).
std::expected<void, std::string> save_deck_config(Database& db, std::int64_t deck_id,
                                                  const DeckConfig& config);

// Returns the FSRS parameters for a deck: its own, else the collection's ("fsrs_parameters"
// setting), else the defaults; with its retention, maximum interval, steps and fuzz on.
srs::Parameters deck_parameters(Database& db, std::int64_t deck_id);

// Returns the collection-wide FSRS weights (setting "fsrs_parameters"), or nullopt.
std::optional<srs::Weights> collection_parameters(Database& db);
// Stores collection-wide FSRS weights (used by every deck without its own).
void set_collection_parameters(Database& db, const srs::Weights& w);

// Returns the collection's rollover hour (setting "rollover_hour", 0..23, default 4).
int rollover_hour(Database& db);
// Sets the rollover hour. Returns an error message unless 0 <= `hour` <= 23.
std::expected<void, std::string> set_rollover_hour(Database& db, int hour);

} // namespace wortkiste::store
