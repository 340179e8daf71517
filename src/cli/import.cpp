#include "cli/command.h"
#include "core/error.h"
#include "exchange/tsv.h"
#include "store/database.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace wortkiste::cli {

namespace {

struct ImportOptions {
  std::string input;
  std::optional<std::string> deck;
  bool json = false;
};

void run_import(const GlobalOptions& global, const ImportOptions& options) {
  auto db = store::Database::open(collection_path(global));
  exchange::TsvImportResult result;
  if (options.input == "-") {
    result = exchange::import_tsv(db, std::cin, "<stdin>", options.deck, now_ms());
  } else {
    std::ifstream in(options.input, std::ios::binary);
    if (!in) {
      throw FileError("cannot read " + options.input);
    }
    result = exchange::import_tsv(db, in, options.input, options.deck, now_ms());
  }
  if (options.json) {
    std::cout << nlohmann::json{{"added", result.added},
                                {"present", result.present},
                                {"cards", result.cards},
                                {"decks_created", result.decks_created}}
                     .dump()
              << '\n';
    return;
  }
  std::cout << "imported " << result.added << " notes (" << result.cards << " cards); "
            << result.present << " were already in the collection and left as they are\n";
}

} // namespace

void register_import(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* sub = app.add_subcommand("import", "Import notes from a TSV file (as `export` writes)");
  sub->footer("Examples:\n"
                "  wortkiste import news.tsv\n"
                "  wortkiste import --deck Reading shared-deck.tsv\n\n"
                "Needs lemma and pos columns (a #columns: header names them). A note whose lemma\n"
                "and part of speech are already in the collection is left as it is, so importing\n"
                "twice adds nothing. The whole file goes in one transaction: a bad line names its\n"
                "line number and nothing is imported.");
  sub->add_option("FILE", options->input, "TSV file, or - for standard input")->required();
  sub->add_option("--deck", options->deck, "Put every note into this deck");
  sub->add_flag("--json", options->json, "Print the counts as JSON");
  sub->callback([&global, options] { run_import(global, *options); });
}

} // namespace wortkiste::cli
