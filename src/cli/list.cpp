#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_list(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("list", "List notes and cards");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
