#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_stats(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("stats", "Show review statistics");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
