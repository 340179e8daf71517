#pragma once
// Decks as tab-separated text, one note a line, with Anki's header lines (#separator, #columns,
// #guid column, #deck column, #tags column) so the same file imports into Anki as it is and
// comes back into wortkiste without duplicating a note: notes are keyed by (lemma, POS), from
// which the GUID is derived.

#include "store/database.h"

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace wortkiste::exchange {

// The columns wortkiste writes, in order.
// The first eleven are for reading in Anki; the last four keep the structure for a round trip.
inline constexpr const char* k_tsv_columns[] = {
    "guid",   "deck", "lemma",   "pos",    "front",  "meaning",         "grammar", "example",
    "target", "source", "tags", "article", "plural", "principal_parts", "compound"};

// Writes every note of `deck` (all decks when nullopt) to `out`; returns the number of notes.
// Throws UsageError for an unknown deck.
std::int64_t export_tsv(store::Database& db, const std::optional<std::string>& deck,
                        std::ostream& out);

struct TsvImportResult {
  std::int64_t added = 0;     // new notes
  std::int64_t present = 0;   // notes already in the collection (left as they are)
  std::int64_t cards = 0;     // new cards created
  std::vector<std::string> decks_created;
};

// Reads notes from `in` (named `file_name` in errors) into the collection, in one transaction:
// a malformed line fails the whole import with FileError "FILE:LINE: ...", nothing is written.
// Lines need at least the lemma and pos columns (by a #columns header, else wortkiste's order).
// `deck` overrides the file's deck column. A note whose (lemma, pos) exists is left alone, so
// importing the same file twice adds nothing and a user's corrections are never overwritten.
TsvImportResult import_tsv(store::Database& db, std::istream& in, const std::string& file_name,
                           const std::optional<std::string>& deck, std::int64_t now_ms);

} // namespace wortkiste::exchange
