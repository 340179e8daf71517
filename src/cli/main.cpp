// wortkiste: German vocabulary from the articles you read, reviewed with FSRS.
// main parses the command line and is the one place that catches errors and picks exit codes:
// 0 success, 1 failure ("wortkiste: error: ..."), 2 usage error.

#include "cli/command.h"
#include "core/error.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>

namespace {

constexpr const char* k_description =
    "wortkiste: German vocabulary from the articles you read.\n"
    "\n"
    "  wortkiste add article.txt        pick the words worth learning, with example sentences\n"
    "  wortkiste review                 review today's cards in the terminal (FSRS-6)\n"
    "  wortkiste lookup Einsätze        what the lexicon knows of a word form\n"
    "  wortkiste analyze article.txt    sentences, tokens and lemmas as wortkiste sees them\n"
    "\n"
    "The collection is $XDG_DATA_HOME/wortkiste/collection.db unless --db or $WORTKISTE_DB "
    "names another.\nRun `wortkiste COMMAND --help` for each command.";

} // namespace

int main(int argc, char** argv) {
  using namespace wortkiste;
  CLI::App app{k_description, "wortkiste"};
  app.set_version_flag("--version", std::string("wortkiste ") + WORTKISTE_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  cli::GlobalOptions global;
  app.add_option("--db", global.db, "Collection file (default: $WORTKISTE_DB or "
                                    "$XDG_DATA_HOME/wortkiste/collection.db)");
  app.add_flag("--no-color", global.no_color, "Plain output without colours (NO_COLOR works too)");

  cli::register_add(app, global);
  cli::register_review(app, global);
  cli::register_list(app, global);
  cli::register_stats(app, global);
  cli::register_known(app, global);
  cli::register_lookup(app, global);
  cli::register_analyze(app, global);
  cli::register_export(app, global);
  cli::register_import(app, global);
  cli::register_optimize(app, global);
  cli::register_doctor(app, global);
  cli::register_decks(app, global);
  cli::register_edit(app, global);
  cli::register_config(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "wortkiste: error: " << e.what() << "\n(run `wortkiste --help` for usage)\n";
    return 2;
  } catch (const UsageError& e) {
    std::cerr << "wortkiste: error: " << e.what() << '\n';
    return 2;
  } catch (const Error& e) {
    std::cout.flush();
    std::cerr << "wortkiste: error: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "wortkiste: error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
