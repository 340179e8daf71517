#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_export(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("export", "Export a deck (Anki .apkg or TSV)");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
