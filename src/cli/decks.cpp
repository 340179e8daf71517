// wortkiste decks [--json] and wortkiste decks NAME --cards TYPES: the decks with their counts,
// and the card types a deck creates for new notes.

#include "cli/command.h"
#include "core/error.h"
#include "store/notes.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace wortkiste::cli {

namespace {

struct DecksOptions {
  std::string name;
  std::string cards;
  bool json = false;
};

void run_decks(const DecksOptions& opts, const GlobalOptions& global) {
  const auto path = collection_path(global);
  if (!opts.cards.empty()) {
    if (opts.name.empty()) {
      throw UsageError("--cards needs a deck NAME: wortkiste decks NAME --cards recognition,cloze");
    }
    const auto types = parse_card_types(opts.cards);
    store::Database db = store::Database::open(path);
    store::Transaction tx(db);
    const store::Deck deck = store::ensure_deck(db, opts.name, now_ms());
    store::set_deck_card_types(db, deck.id, types);
    tx.commit();
    std::cout << "Deck \"" << deck.name << "\" now creates " << join_comma(types)
              << " cards for new notes.\n";
    return;
  }
  std::vector<store::DeckSummary> decks;
  if (std::filesystem::exists(path)) {
    store::Database db = store::Database::open(path, false);
    decks = store::deck_summaries(db, now_ms());
  }
  if (!opts.name.empty()) {
    std::erase_if(decks, [&](const store::DeckSummary& d) { return d.name != opts.name; });
    if (decks.empty()) {
      throw UsageError("no deck called \"" + opts.name + "\"");
    }
  }
  if (opts.json) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& d : decks) {
      array.push_back({{"id", d.id},
                       {"name", d.name},
                       {"notes", d.notes},
                       {"cards", d.cards},
                       {"new", d.new_cards},
                       {"due", d.due},
                       {"card_types", d.card_types}});
    }
    std::cout << array.dump(2) << '\n';
    return;
  }
  if (decks.empty()) {
    std::cout << "No decks yet; `wortkiste add FILE` starts one.\n";
    return;
  }
  std::cout << std::left << std::setw(24) << "DECK" << std::right << std::setw(7) << "NOTES"
            << std::setw(7) << "NEW" << std::setw(7) << "DUE" << "  CARD TYPES\n";
  for (const auto& d : decks) {
    std::cout << std::left << std::setw(24) << d.name << std::right << std::setw(7) << d.notes
              << std::setw(7) << d.new_cards << std::setw(7) << d.due << "  "
              << join_comma(d.card_types) << '\n';
  }
}

} // namespace

void register_decks(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand(
      "decks", "List decks with their counts (notes, new, due), or set a deck's card types");
  auto opts = std::make_shared<DecksOptions>();
  sub->add_option("NAME", opts->name, "A deck");
  sub->add_option("--cards", opts->cards,
                  "Card types new notes of deck NAME get: recognition,production,cloze");
  sub->add_flag("--json", opts->json, "Print a JSON array");
  sub->callback([opts, &global] { run_decks(*opts, global); });
}

} // namespace wortkiste::cli
