#pragma once
// Writes an Anki collection file (collection.anki2, the legacy schema 11 that every Anki since
// 2.1 imports) for .apkg export. The SQL lives here because store is the only module that speaks
// SQL; what goes into the notes and cards is exchange's business.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace wortkiste::store {

struct AnkiNote {
  std::int64_t id = 0;            // ms-based, unique in the file
  std::string guid;
  std::vector<std::string> fields; // in the note type's field order
  std::string tags;               // space separated
  std::string sort_field;
  std::uint32_t checksum = 0;     // first 8 hex digits of SHA-1 of the first field, as a number
};

struct AnkiCard {
  std::int64_t id = 0;
  std::int64_t note_id = 0;
  std::int64_t deck_id = 0;
  int ord = 0;   // template index
  int type = 0;  // 0 new, 1 learning, 2 review, 3 relearning
  int queue = 0; // 0 new, 1 learning, 2 review, -1 suspended
  std::int64_t due = 0; // new: position; learning: epoch seconds; review: day number since crt
  int interval = 0;     // days
  int reps = 0;
  int lapses = 0;
  std::string data;     // JSON; FSRS memory state as {"s": stability, "d": difficulty}
};

struct AnkiReview {
  std::int64_t id = 0; // epoch ms of the review, unique
  std::int64_t card_id = 0;
  int ease = 0;        // 1..4
  int interval = 0;    // days after the review
  int last_interval = 0;
  std::int64_t time_ms = 0;
  int type = 0;        // 0 learning, 1 review, 2 relearning
};

struct AnkiCollection {
  std::int64_t created_s = 0; // crt: the collection's creation, epoch seconds
  std::int64_t modified_ms = 0;
  std::string models_json;    // {"<mid>": note type}
  std::string decks_json;     // {"<did>": deck}
  std::string deck_configs_json;
  std::string config_json;
  std::int64_t model_id = 0; // every note has this note type
  std::vector<AnkiNote> notes;
  std::vector<AnkiCard> cards;
  std::vector<AnkiReview> reviews;
};

// Creates `path` (which must not exist) as an Anki collection holding `collection`.
// Throws DatabaseError.
void write_anki_collection(const std::filesystem::path& path, const AnkiCollection& collection);

} // namespace wortkiste::store
