#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_review(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("review", "Review due cards in the terminal");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
