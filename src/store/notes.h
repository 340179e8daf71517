#pragma once
// Decks, sources, notes, example sentences and the cards of new notes. A note is one lemma with
// its part of speech; its GUID is derived from (lemma, part of speech) alone, so re-importing or
// re-exporting never duplicates it. What `add` computes lives in notes.fields (JSON); what the
// user corrected lives in notes.user_fields and is never overwritten by a later `add`.

#include "store/database.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wortkiste::store {

// SHA-256, fed in pieces so a large input never has to sit in memory at once.
class ContentHash {
public:
  ContentHash();
  void update(std::string_view bytes);
  // Returns the digest as 64 lowercase hex digits; the object must not be updated afterwards.
  std::string hex();

private:
  void block(const unsigned char* p);
  std::array<std::uint32_t, 8> m_state;
  std::array<unsigned char, 64> m_buffer{};
  std::size_t m_buffered = 0;
  std::uint64_t m_length = 0;
};

// Returns the SHA-256 of `bytes` as hex.
std::string sha256_hex(std::string_view bytes);

// Returns the stable GUID of the note for (lemma, UD part of speech): "wk" + 18 hex digits of
// SHA-256("lemma\x1fPOS"). Same input, same GUID, on every machine and in every version.
std::string note_guid(std::string_view lemma, std::string_view pos);

inline constexpr std::string_view k_default_deck = "Default";

struct Deck {
  std::int64_t id = 0;
  std::string name;
  std::int64_t created_ms = 0;
  std::string config; // JSON
};

// Returns the deck called `name`, or nullopt.
std::optional<Deck> find_deck(Database& db, std::string_view name);
// Returns the deck called `name`, creating it when missing.
Deck ensure_deck(Database& db, std::string_view name, std::int64_t now_ms);
// Returns the card types of a deck from its config ("card_types"), default {"recognition"}.
std::vector<std::string> deck_card_types(const Deck& deck);
// Stores `types` as the deck's "card_types" setting, keeping the rest of its config.
void set_deck_card_types(Database& db, std::int64_t deck_id, std::span<const std::string> types);

struct DeckSummary {
  std::int64_t id = 0;
  std::string name;
  std::int64_t notes = 0;
  std::int64_t cards = 0;
  std::int64_t new_cards = 0; // state New, not suspended
  std::int64_t due = 0;       // learning/review cards due at `now_ms`, not suspended
  std::vector<std::string> card_types;
};

// Returns every deck with its counts at `now_ms`, by name.
std::vector<DeckSummary> deck_summaries(Database& db, std::int64_t now_ms);

// Returns the id of the source with `content_hash`, or nullopt.
std::optional<std::int64_t> find_source(Database& db, std::string_view content_hash);
// Records an added article; returns its id.
std::int64_t insert_source(Database& db, std::string_view file_name, std::string_view content_hash,
                           std::int64_t bytes, std::int64_t now_ms);

// Returns the id of the note for (lemma, pos), or nullopt.
std::optional<std::int64_t> find_note(Database& db, std::string_view lemma, std::string_view pos);
// Returns "lemma\tPOS" for every note, for fast membership tests while adding.
std::unordered_set<std::string> note_keys(Database& db);
// Inserts a note with `fields` (a JSON object); returns its id. Throws DatabaseError when a note
// for (lemma, pos) exists.
std::int64_t insert_note(Database& db, std::int64_t deck_id, std::string_view lemma,
                         std::string_view pos, std::string_view fields_json, std::int64_t now_ms);

struct ExampleRow {
  std::string sentence;
  std::uint32_t target_begin = 0; // byte offsets of the target form inside `sentence`
  std::uint32_t target_end = 0;
  std::optional<std::int64_t> source_offset;
};

// Stores an example for a note (ignored when the note has this sentence already); the first
// primary example of a note wins. Returns true when a row was added.
bool insert_example(Database& db, std::int64_t note_id, std::optional<std::int64_t> source_id,
                    const ExampleRow& example, bool primary);

// Creates the New cards of a note, one per type ("recognition", "production", "cloze"), due at
// `now_ms`, placed after every existing new card. Returns how many were created.
int create_cards(Database& db, std::int64_t note_id, std::span<const std::string> card_types,
                 std::int64_t now_ms);

struct CardRow {
  std::int64_t id = 0;
  std::string card_type;
  int state = 0;
  int queue = 0;
  std::int64_t due_ms = 0;
};

struct NoteRow {
  std::int64_t id = 0;
  std::string guid;
  std::string deck;
  std::string lemma;
  std::string pos;
  std::string fields;      // JSON
  std::string user_fields; // JSON
  std::int64_t created_ms = 0;
  std::int64_t modified_ms = 0;
  std::optional<ExampleRow> example; // the primary example
  std::int64_t alternatives = 0;     // further examples stored
  std::vector<CardRow> cards;
};

struct NoteFilter {
  std::optional<std::string> deck;
  bool due_only = false; // only notes with a card due at `now_ms` (learning, review, or new)
  std::int64_t now_ms = 0;
};

// Returns the notes matching `filter` in order of creation. Throws UsageError for an unknown deck.
std::vector<NoteRow> list_notes(Database& db, const NoteFilter& filter);
// Returns one note, or nullopt.
std::optional<NoteRow> get_note(Database& db, std::int64_t id);
// Sets key `key` of the note's user_fields to `value` (a user correction) and bumps modified_ms.
void set_user_field(Database& db, std::int64_t note_id, std::string_view key,
                    std::string_view value, std::int64_t now_ms);

} // namespace wortkiste::store
