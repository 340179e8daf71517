// wortkiste doctor [--json]: checks the lexicon and the collection, one line per check, and says
// what to do about each problem. Exits 1 when any check fails.

#include "cli/command.h"
#include "core/error.h"
#include "core/paths.h"
#include "lexicon/lexicon.h"
#include "store/database.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace wortkiste::cli {

namespace {

struct Check {
  std::string name;
  bool ok = true;
  std::string detail; // what was found
  std::string advice; // what to do, for problems
};

std::string with_thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), ",");
  }
  return digits;
}

std::vector<Check> check_lexicon() {
  std::vector<Check> out;
  const auto found = core::find_lexicon();
  if (!found) {
    std::string where;
    for (const auto& c : core::lexicon_candidates()) {
      where += (where.empty() ? "" : ", ") + c.string();
    }
    out.push_back({"lexicon", false, "not found (looked in " + where + ")",
                   "build it with `scripts/build` (or `cmake --build build`), or set "
                   "WORTKISTE_LEXICON to a built lexicon.wkl"});
    return out;
  }
  try {
    const auto lex = lexicon::Lexicon::open(*found);
    out.push_back({"lexicon", true,
                   found->string() + " (format " + std::to_string(lex.format_version()) + ", " +
                       with_thousands(lex.form_count()) + " forms, " +
                       with_thousands(lex.lemma_count()) + " lemmas, " +
                       with_thousands(static_cast<std::size_t>(std::filesystem::file_size(*found))) +
                       " bytes)",
                   ""});
    // A file that opens but answers nothing was built from empty or wrong sources.
    const bool answers = !lex.analyses("Haus").empty() && !lex.analyses("gingen").empty();
    out.push_back({"lexicon look-up", answers,
                   answers ? "Haus and gingen are known" : "Haus or gingen is unknown",
                   answers ? "" : "rebuild the lexicon after `scripts/setup` installed its sources"});
  } catch (const Error& e) {
    out.push_back({"lexicon", false, e.what(),
                   "rebuild it with `scripts/build`, or point WORTKISTE_LEXICON at a lexicon built "
                   "by this version (format " +
                       std::to_string(lexicon::Lexicon::supported_format_version()) + ")"});
  }
  return out;
}

std::vector<Check> check_collection(const std::filesystem::path& path) {
  std::vector<Check> out;
  if (!std::filesystem::exists(path)) {
    out.push_back({"collection", true,
                   "not created yet at " + path.string() + " (`wortkiste add ARTICLE` creates it)",
                   ""});
    return out;
  }
  try {
    auto db = store::Database::open(path, /*create=*/false);
    out.push_back({"collection", true, path.string() + " opens", ""});
    const std::string integrity = db.integrity_check();
    const bool intact = integrity == "ok";
    out.push_back({"collection integrity", intact,
                   intact ? "PRAGMA integrity_check: ok" : "PRAGMA integrity_check: " + integrity,
                   intact ? "" : "restore a backup, or export what you can with `wortkiste export` "
                                 "and start a new collection"});
    const int version = db.schema_version();
    const bool current = version == store::k_schema_version;
    out.push_back({"collection schema", current,
                   "schema version " + std::to_string(version) + " (this wortkiste: " +
                       std::to_string(store::k_schema_version) + ")",
                   current ? "" : "open it with a wortkiste of the matching version"});
  } catch (const Error& e) {
    out.push_back({"collection", false, e.what(),
                   "check the path (--db, WORTKISTE_DB), free disk space and permissions; "
                   "a file of another program is never changed by wortkiste"});
  }
  return out;
}

} // namespace

void register_doctor(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand("doctor", "Check the lexicon and the collection");
  auto json = std::make_shared<bool>(false);
  sub->add_flag("--json", *json, "Machine-readable output");
  sub->callback([json, &global] {
    std::vector<Check> checks = check_lexicon();
    for (auto& c : check_collection(collection_path(global))) {
      checks.push_back(std::move(c));
    }
    std::size_t problems = 0;
    for (const auto& c : checks) {
      problems += c.ok ? 0u : 1u;
    }
    if (*json) {
      nlohmann::ordered_json out;
      out["ok"] = problems == 0;
      out["checks"] = nlohmann::ordered_json::array();
      for (const auto& c : checks) {
        out["checks"].push_back(
            {{"name", c.name}, {"ok", c.ok}, {"detail", c.detail}, {"advice", c.advice}});
      }
      std::cout << out.dump(2) << '\n';
    } else {
      for (const auto& c : checks) {
        std::cout << (c.ok ? "ok       " : "PROBLEM  ") << c.name << ": " << c.detail << '\n';
        if (!c.ok) {
          std::cout << "         what to do: " << c.advice << '\n';
        }
      }
    }
    if (problems != 0) {
      std::cout.flush();
      throw Error("doctor found " + std::to_string(problems) + " problem" +
                  (problems == 1 ? "" : "s"));
    }
  });
}

} // namespace wortkiste::cli
