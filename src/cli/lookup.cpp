#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_lookup(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("lookup", "Show what the lexicon knows of a word form");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
