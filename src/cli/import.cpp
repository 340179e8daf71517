#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_import(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("import", "Import a deck from TSV");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
