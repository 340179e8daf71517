#pragma once
// The lemmas a learner already knows: never offered as new cards, and not counted as unknown
// words in example sentences. origin: "user" (known add), "import" (known import), "review".

#include "store/database.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wortkiste::store {

struct KnownWord {
  std::string lemma;
  std::string origin;
  std::int64_t added_ms = 0;
};

// Adds `lemma`; returns false when it was already known (its origin is kept).
bool add_known_word(Database& db, std::string_view lemma, std::string_view origin,
                    std::int64_t now_ms);
// Removes `lemma`; returns false when it was not known.
bool remove_known_word(Database& db, std::string_view lemma);
// Returns every known word, sorted by lemma.
std::vector<KnownWord> known_words(Database& db);
// Returns the known lemmas as a set for fast membership tests.
std::unordered_set<std::string> known_lemmas(Database& db);

} // namespace wortkiste::store
