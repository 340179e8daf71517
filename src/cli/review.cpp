#include "cli/command.h"
#include "core/error.h"
#include "review/interactive.h"
#include "review/line_mode.h"
#include "review/terminal.h"
#include "store/database.h"
#include "store/notes.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace wortkiste::cli {

namespace {

struct ReviewOptions {
  std::optional<std::string> deck;
  std::optional<int> limit;
  std::optional<int> new_limit;
  bool plain = false;
  bool json = false;
};

void run_review(const GlobalOptions& global, const ReviewOptions& options) {
  if (options.limit && *options.limit < 0) {
    throw UsageError("--limit must not be negative");
  }
  if (options.new_limit && *options.new_limit < 0) {
    throw UsageError("--new must not be negative");
  }
  store::Database db = store::Database::open(collection_path(global));
  if (options.deck && !store::find_deck(db, *options.deck)) {
    throw UsageError("no deck called \"" + *options.deck + "\" (see `wortkiste decks`)");
  }
  review::SessionOptions session;
  session.deck = options.deck;
  session.limit = options.limit;
  session.new_limit = options.new_limit;
  session.color = review::colour_wanted(global.no_color);
  const review::Clock clock = [] { return now_ms(); };
  clock(); // a malformed WORTKISTE_NOW fails here, before the screen changes
  if (options.plain || options.json || !review::is_interactive()) {
    session.color = false;
    review::run_line_mode(db, session, clock, std::cin, std::cout, options.json);
    return;
  }
  review::run_interactive(db, session, clock, options.deck.value_or("all decks"), std::cout);
}

} // namespace

void register_review(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand(
      "review", "Review due cards in the terminal (line mode when piped or with --plain)");
  auto options = std::make_shared<ReviewOptions>();
  sub->add_option("--deck", options->deck, "Review only this deck");
  sub->add_option("--limit", options->limit, "Stop after this many answers");
  sub->add_option("--new", options->new_limit,
                  "Introduce at most this many new cards (reviews and learning cards go on)");
  sub->add_flag("--plain", options->plain,
                "Line mode: print each card, read one command per line "
                "(show, 1-4, u, k, s, b, q)");
  sub->add_flag("--json", options->json,
                "Line mode with one JSON object per card shown and per answer");
  sub->footer(
      "Keys: Space/Enter show the answer, 1 Again 2 Hard 3 Good 4 Easy, u undo, k known,\n"
      "s suspend, b bury, e edit in $EDITOR, p speak (espeak-ng), ? help, q quit.\n"
      "Every answer is saved at once; Ctrl-C quits with the summary.");
  sub->callback([&global, options] { run_review(global, *options); });
}

} // namespace wortkiste::cli
