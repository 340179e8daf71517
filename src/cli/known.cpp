// wortkiste known add|import|list|remove: the words a learner already knows. Forms are turned
// into lemmas through the lexicon ("Einsätze" -> Einsatz), so any word of a text can be entered.

#include "cli/command.h"
#include "core/error.h"
#include "extract/candidates.h"
#include "lexicon/lexicon.h"
#include "store/known_words.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace wortkiste::cli {

namespace {

struct KnownOptions {
  std::vector<std::string> words;
  std::string file;
  bool json = false;
};

// Trims spaces, tabs and a carriage return (files written on Windows).
std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Adds the lemmas of `words`; returns how many were new. Prints what each word became.
std::size_t add_words(const std::vector<std::string>& words, std::string_view origin,
                      const GlobalOptions& global, bool verbose) {
  const lexicon::Lexicon lexicon = lexicon::Lexicon::open_default();
  store::Database db = store::Database::open(collection_path(global));
  const std::int64_t now = now_ms();
  std::size_t added = 0;
  store::Transaction tx(db);
  for (const std::string& word : words) {
    for (const std::string& lemma : extract::lemmas_of_word(lexicon, word)) {
      const bool is_new = store::add_known_word(db, lemma, origin, now);
      added += is_new ? 1 : 0;
      if (verbose) {
        std::cout << (is_new ? "known: " : "already known: ") << lemma;
        if (lemma != word) {
          std::cout << " (from " << word << ")";
        }
        std::cout << '\n';
      }
    }
  }
  tx.commit();
  return added;
}

void run_add(const KnownOptions& opts, const GlobalOptions& global) {
  add_words(opts.words, "user", global, true);
}

void run_import(const KnownOptions& opts, const GlobalOptions& global) {
  std::ifstream in(opts.file);
  if (!in) {
    throw FileError(opts.file + ": cannot be read");
  }
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    std::string word = trim(line);
    if (word.empty() || word.starts_with('#')) {
      continue;
    }
    words.push_back(std::move(word));
  }
  const std::size_t added = add_words(words, "import", global, false);
  std::cout << "Imported " << words.size() << " words from " << opts.file << ": " << added
            << " new known lemmas.\n";
}

void run_list(const KnownOptions& opts, const GlobalOptions& global) {
  const auto path = collection_path(global);
  if (!std::filesystem::exists(path)) {
    std::cout << (opts.json ? "[]\n" : "");
    return;
  }
  store::Database db = store::Database::open(path, false);
  const auto words = store::known_words(db);
  if (opts.json) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& w : words) {
      array.push_back({{"lemma", w.lemma}, {"origin", w.origin}, {"added_ms", w.added_ms}});
    }
    std::cout << array.dump(2) << '\n';
    return;
  }
  for (const auto& w : words) {
    std::cout << w.lemma << '\n';
  }
}

void run_remove(const KnownOptions& opts, const GlobalOptions& global) {
  store::Database db = store::Database::open(collection_path(global));
  const lexicon::Lexicon lexicon = lexicon::Lexicon::open_default();
  store::Transaction tx(db);
  for (const std::string& word : opts.words) {
    bool removed = store::remove_known_word(db, word);
    if (!removed) {
      for (const std::string& lemma : extract::lemmas_of_word(lexicon, word)) {
        removed = store::remove_known_word(db, lemma) || removed;
      }
    }
    std::cout << (removed ? "no longer known: " : "was not known: ") << word << '\n';
  }
  tx.commit();
}

} // namespace

void register_known(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand("known", "Manage the words you already know");
  sub->require_subcommand(1);
  auto opts = std::make_shared<KnownOptions>();

  CLI::App* add = sub->add_subcommand("add", "Mark words as known (forms become lemmas)");
  add->add_option("WORD", opts->words, "Words or lemmas: Einsätze, ankündigen")->required();
  add->callback([opts, &global] { run_add(*opts, global); });

  CLI::App* import = sub->add_subcommand("import", "Mark every word of a file as known (one a line)");
  import->add_option("FILE", opts->file, "UTF-8 text, one word or lemma per line")->required();
  import->callback([opts, &global] { run_import(*opts, global); });

  CLI::App* list = sub->add_subcommand("list", "List the known lemmas");
  list->add_flag("--json", opts->json, "Print a JSON array");
  list->callback([opts, &global] { run_list(*opts, global); });

  CLI::App* remove = sub->add_subcommand("remove", "Forget that words are known");
  remove->add_option("WORD", opts->words, "Words or lemmas")->required();
  remove->callback([opts, &global] { run_remove(*opts, global); });
}

} // namespace wortkiste::cli
