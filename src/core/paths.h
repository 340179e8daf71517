#pragma once
// Where wortkiste keeps its files. Pure look-ups of the environment and the executable's place.

#include <filesystem>
#include <optional>
#include <vector>

namespace wortkiste::core {

// Returns $XDG_DATA_HOME/wortkiste, or ~/.local/share/wortkiste when XDG_DATA_HOME is unset.
std::filesystem::path data_dir();

// Returns the collection path: `explicit_path` if given, else $WORTKISTE_DB, else
// data_dir()/collection.db.
std::filesystem::path collection_path(const std::optional<std::filesystem::path>& explicit_path);

// Returns the places searched for the lexicon, in order: $WORTKISTE_LEXICON, next to the
// executable (the build tree), <exe>/../share/wortkiste/ (an install), data_dir().
std::vector<std::filesystem::path> lexicon_candidates();

// Returns the first existing lexicon candidate, or nullopt.
std::optional<std::filesystem::path> find_lexicon();

// Returns the directory of the running executable (from /proc/self/exe).
std::filesystem::path executable_dir();

} // namespace wortkiste::core
