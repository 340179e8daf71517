// wortkiste list [--deck NAME] [--due] [--json]: the notes of the collection with their cards.

#include "cli/command.h"
#include "store/notes.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace wortkiste::cli {

namespace {

struct ListOptions {
  std::string deck;
  bool due = false;
  bool json = false;
};

nlohmann::json parse_object(const std::string& text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  return json.is_object() ? json : nlohmann::json::object();
}

std::string_view state_name(int state) {
  switch (state) {
  case 0: return "new";
  case 1: return "learning";
  case 2: return "review";
  case 3: return "relearning";
  default: return "?";
  }
}

// The gloss a learner sees: their own correction if they made one.
std::string shown_gloss(const nlohmann::json& fields, const nlohmann::json& user) {
  if (user.contains("gloss") && user["gloss"].is_string()) {
    return user["gloss"].get<std::string>();
  }
  std::string out;
  if (fields.contains("glosses") && fields["glosses"].is_array()) {
    for (const auto& g : fields["glosses"]) {
      if (g.is_string()) {
        out += out.empty() ? "" : "; ";
        out += g.get<std::string>();
      }
    }
  }
  return out;
}

void run_list(const ListOptions& opts, const GlobalOptions& global) {
  const auto path = collection_path(global);
  if (!std::filesystem::exists(path)) {
    std::cout << (opts.json ? "[]\n" : "The collection is empty; add an article with `wortkiste add FILE`.\n");
    return;
  }
  store::Database db = store::Database::open(path, false);
  store::NoteFilter filter;
  if (!opts.deck.empty()) {
    filter.deck = opts.deck;
  }
  filter.due_only = opts.due;
  filter.now_ms = now_ms();
  const auto notes = store::list_notes(db, filter);
  if (opts.json) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& n : notes) {
      nlohmann::json j;
      j["id"] = n.id;
      j["guid"] = n.guid;
      j["deck"] = n.deck;
      j["lemma"] = n.lemma;
      j["pos"] = n.pos;
      j["fields"] = parse_object(n.fields);
      j["user_fields"] = parse_object(n.user_fields);
      const nlohmann::json user = j["user_fields"];
      if (user.contains("example") && user["example"].is_string()) {
        j["example"] = user["example"];
      } else {
        j["example"] = n.example ? nlohmann::json(n.example->sentence) : nlohmann::json(nullptr);
      }
      j["alternatives"] = n.alternatives;
      j["cards"] = nlohmann::json::array();
      for (const auto& c : n.cards) {
        j["cards"].push_back({{"id", c.id},
                              {"type", c.card_type},
                              {"state", std::string(state_name(c.state))},
                              {"queue", c.queue},
                              {"due_ms", c.due_ms}});
      }
      array.push_back(std::move(j));
    }
    std::cout << array.dump(2) << '\n';
    return;
  }
  if (notes.empty()) {
    std::cout << (opts.due ? "Nothing is due.\n" : "No notes.\n");
    return;
  }
  for (const auto& n : notes) {
    const nlohmann::json fields = parse_object(n.fields);
    const nlohmann::json user = parse_object(n.user_fields);
    const std::string headword = fields.value("headword", n.lemma);
    std::cout << n.id << "  " << headword << "  (" << n.pos << ", " << n.deck << ")\n";
    std::cout << "    = " << shown_gloss(fields, user) << (user.contains("gloss") ? "  (edited)" : "")
              << '\n';
    std::cout << "    cards:";
    for (const auto& c : n.cards) {
      std::cout << ' ' << c.card_type << '/' << state_name(c.state);
    }
    std::cout << '\n';
  }
  std::cout << notes.size() << " notes\n";
}

} // namespace

void register_list(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand("list", "List notes and their cards");
  auto opts = std::make_shared<ListOptions>();
  sub->add_option("--deck", opts->deck, "Only this deck");
  sub->add_flag("--due", opts->due, "Only notes with a card due now (new cards included)");
  sub->add_flag("--json", opts->json, "Print a JSON array");
  sub->callback([opts, &global] { run_list(*opts, global); });
}

} // namespace wortkiste::cli
