#include "cli/command.h"

#include <CLI/CLI.hpp>

namespace wortkiste::cli {

void register_analyze(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("analyze", "Show sentences, tokens and lemmas of a German text");
  mark_not_built(*sub);
}

} // namespace wortkiste::cli
