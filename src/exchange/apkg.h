#pragma once
// Anki package export: a zip holding collection.anki2 (Anki's legacy schema 11, imported by every
// Anki since 2.1) and an empty media list. Notes keep their wortkiste GUIDs, so importing the
// same package twice into Anki updates instead of duplicating; cards keep their FSRS memory state
// and the review log goes along.

#include "store/database.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace wortkiste::exchange {

struct ApkgSummary {
  std::int64_t notes = 0;
  std::int64_t cards = 0;
  std::int64_t reviews = 0;
};

// Writes the notes of `deck` (all decks when nullopt) to `path` as an .apkg; replaces `path`
// only once the new package is complete. Throws FileError / DatabaseError / UsageError.
ApkgSummary export_apkg(store::Database& db, const std::optional<std::string>& deck,
                        const std::filesystem::path& path, std::int64_t now_ms);

// Returns the first 8 hex digits of SHA-1 of `text` as a number (Anki's note checksum).
std::uint32_t anki_checksum(std::string_view text);

} // namespace wortkiste::exchange
