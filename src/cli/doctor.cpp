#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_doctor(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("doctor", "Check the lexicon and the collection");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
