#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_known(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("known", "Manage the words you already know");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
