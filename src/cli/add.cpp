#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_add(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("add", "Add the vocabulary of German articles to a deck");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
