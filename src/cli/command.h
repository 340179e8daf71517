#pragma once
// Wiring shared by the subcommands: the global options and one register function per command.
// Each subcommand lives in its own file (cli/<name>.cpp) and only translates options into calls
// of the modules below it.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace wortkiste::cli {

struct GlobalOptions {
  std::optional<std::filesystem::path> db; // --db; else $WORTKISTE_DB; else the XDG default
  bool no_color = false;                   // --no-color (NO_COLOR is honoured as well)
};

// Returns the collection path chosen by --db, $WORTKISTE_DB or the default.
std::filesystem::path collection_path(const GlobalOptions& global);

// Returns the current time in ms since the epoch: $WORTKISTE_NOW (ISO-8601) if set, else the
// clock. Throws UsageError when WORTKISTE_NOW cannot be parsed.
std::int64_t now_ms();

void register_add(CLI::App& app, GlobalOptions& global);
void register_review(CLI::App& app, GlobalOptions& global);
void register_list(CLI::App& app, GlobalOptions& global);
void register_stats(CLI::App& app, GlobalOptions& global);
void register_known(CLI::App& app, GlobalOptions& global);
void register_lookup(CLI::App& app, GlobalOptions& global);
void register_analyze(CLI::App& app, GlobalOptions& global);
void register_export(CLI::App& app, GlobalOptions& global);
void register_import(CLI::App& app, GlobalOptions& global);
void register_optimize(CLI::App& app, GlobalOptions& global);
void register_doctor(CLI::App& app, GlobalOptions& global);
void register_decks(CLI::App& app, GlobalOptions& global);
void register_edit(CLI::App& app, GlobalOptions& global);
void register_config(CLI::App& app, GlobalOptions& global);

} // namespace wortkiste::cli

namespace wortkiste::cli {
// Returns the card types named in a comma-separated `list` ("recognition,cloze"), each once, in
// order. Throws UsageError naming --cards for an unknown type or an empty list.
std::vector<std::string> parse_card_types(const std::string& list);
// Returns `items` joined with commas: the inverse of parse_card_types.
std::string join_comma(const std::vector<std::string>& items);

// Makes `sub` fail plainly with "`wortkiste NAME` is not built yet" (exit 1) until its issue lands.
void mark_not_built(CLI::App& sub);
} // namespace wortkiste::cli
