#include "cli/command.h"
#include "core/error.h"
#include "exchange/apkg.h"
#include "exchange/tsv.h"
#include "store/database.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

namespace wortkiste::cli {

namespace {

struct ExportOptions {
  std::string output;
  std::optional<std::string> deck;
  std::string format; // "apkg", "tsv" or "" (from the file name)
};

void run_export(const GlobalOptions& global, const ExportOptions& options) {
  auto db = store::Database::open(collection_path(global), /*create=*/false);
  std::string format = options.format;
  if (format.empty()) {
    format = options.output == "-" || !options.output.ends_with(".apkg") ? "tsv" : "apkg";
  }
  if (format == "apkg") {
    if (options.output == "-") {
      throw UsageError("an .apkg cannot go to standard output; name a file");
    }
    const auto summary = exchange::export_apkg(db, options.deck, options.output, now_ms());
    std::cerr << "exported " << summary.notes << " notes, " << summary.cards << " cards and "
              << summary.reviews << " reviews to " << options.output
              << " (Anki: File > Import)\n";
    return;
  }
  if (options.output == "-") {
    exchange::export_tsv(db, options.deck, std::cout);
    return;
  }
  const std::string partial = options.output + ".partial";
  std::int64_t notes = 0;
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw FileError("cannot write " + partial);
    }
    notes = exchange::export_tsv(db, options.deck, out);
    out.flush();
    if (!out) {
      std::remove(partial.c_str());
      throw FileError("cannot write " + options.output + " (disk full?)");
    }
  }
  if (std::rename(partial.c_str(), options.output.c_str()) != 0) {
    std::remove(partial.c_str());
    throw FileError("cannot write " + options.output);
  }
  std::cerr << "exported " << notes << " notes to " << options.output << '\n';
}

} // namespace

void register_export(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "Export notes to Anki (.apkg) or as TSV");
  sub->footer("Examples:\n"
                "  wortkiste export german.apkg             every deck, for Anki's File > Import\n"
                "  wortkiste export --deck News news.tsv    one deck as tab-separated text\n"
                "  wortkiste export -                       TSV to standard output\n\n"
                "Notes keep stable GUIDs, so importing again updates instead of duplicating.\n"
                "The .apkg carries each card's FSRS memory state and the review log.");
  sub->add_option("FILE", options->output, "Output file: .apkg for Anki, anything else TSV; - for "
                                           "TSV on standard output")
      ->required();
  sub->add_option("--deck", options->deck, "Export only this deck");
  sub->add_option("--format", options->format, "apkg or tsv (default: from the file name)")
      ->check(CLI::IsMember({"apkg", "tsv"}));
  sub->callback([&global, options] { run_export(global, *options); });
}

} // namespace wortkiste::cli
