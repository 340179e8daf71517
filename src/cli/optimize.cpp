#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_optimize(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("optimize", "Fit FSRS parameters to your review history");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
