// wortkiste config [--deck NAME] [KEY [VALUE]] [--json]: the scheduling settings of a deck and
// of the collection; lists them, shows one, or sets one (validated by the store).

#include "cli/command.h"
#include "core/error.h"
#include "store/deck_config.h"
#include "store/notes.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace wortkiste::cli {

namespace {

struct ConfigOptions {
  std::optional<std::string> deck;
  std::vector<std::string> words; // KEY [VALUE]
  bool json = false;
};

// What one setting is set to, for printing and JSON.
using Value = nlohmann::ordered_json;

// The settings a user may change. Deck settings live in the deck's JSON config; the rest are
// the collection's. Ranges match what store::load_deck_config accepts back, so a value set here
// is the value the scheduler uses.
struct Setting {
  const char* key;
  bool per_deck;
  const char* allowed; // for the listing and the error message
  const char* meaning;
};

constexpr Setting k_settings[] = {
    {"desired_retention", true, "0.70-0.99", "share of reviews you want to remember"},
    {"new_per_day", true, "0-100000", "new cards introduced per day"},
    {"reviews_per_day", true, "0-1000000", "reviews shown per day"},
    {"maximum_interval", true, "1-36500", "longest interval, in days"},
    {"learning_steps", true, "steps like \"1m 10m 1h 1d\"", "steps of a new card"},
    {"relearning_steps", true, "steps like \"10m\"", "steps after a lapse"},
    {"leech_threshold", true, "1-1000", "lapses before a card is a leech (suspended)"},
    {"bury_siblings", true, "true or false", "hide a note's other cards for the day"},
    {"card_types", true, "recognition,production,cloze", "cards made for new notes"},
    {"rollover_hour", false, "0-23", "hour the collection day starts (local time)"},
};

const Setting* find_setting(const std::string& key) {
  for (const Setting& s : k_settings) {
    if (key == s.key) {
      return &s;
    }
  }
  return nullptr;
}

std::string known_keys() {
  std::string out;
  for (const Setting& s : k_settings) {
    out += out.empty() ? "" : ", ";
    out += s.key;
  }
  return out;
}

[[noreturn]] void invalid(const Setting& s, const std::string& value) {
  throw UsageError(std::string(s.key) + " must be " + s.allowed + ", not \"" + value + "\"");
}

// Parses all of `text` as an integer within [lo, hi]; UsageError naming the range otherwise.
int parse_int(const Setting& s, const std::string& text, int lo, int hi) {
  int v = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || v < lo || v > hi) {
    invalid(s, text);
  }
  return v;
}

double parse_retention(const Setting& s, const std::string& text) {
  double v = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  // Compared with a little slack so "0.7" and "0.99" themselves are accepted.
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() ||
      !(v >= 0.70 - 1e-9 && v <= 0.99 + 1e-9)) {
    invalid(s, text);
  }
  return v;
}

std::vector<std::string> card_types_setting(const Setting& s, const std::string& text) {
  try {
    return parse_card_types(text);
  } catch (const UsageError&) {
    invalid(s, text); // the setting's own message, with its allowed values
  }
}

// The deck the settings are about: --deck NAME, else the only deck, else "Default" (the deck
// `wortkiste add` fills). nullopt when that deck does not exist yet. Throws UsageError for an
// unknown --deck, or for several decks none of them "Default" and no --deck.
std::optional<store::Deck> chosen_deck(store::Database* db, const ConfigOptions& opts) {
  if (opts.deck) {
    std::optional<store::Deck> deck = db ? store::find_deck(*db, *opts.deck) : std::nullopt;
    if (!deck) {
      throw UsageError("no deck called \"" + *opts.deck +
                       "\" (wortkiste decks lists them; wortkiste add --deck creates one)");
    }
    return deck;
  }
  if (!db) {
    return std::nullopt;
  }
  const std::vector<store::DeckSummary> decks = store::deck_summaries(*db, now_ms());
  if (decks.size() == 1) {
    return store::find_deck(*db, decks.front().name);
  }
  std::optional<store::Deck> fallback = store::find_deck(*db, store::k_default_deck);
  if (!fallback && decks.size() > 1) {
    // Guessing among several decks would change the wrong one; creating "Default" would too.
    std::string names;
    for (const store::DeckSummary& d : decks) {
      names += (names.empty() ? "" : ", ") + d.name;
    }
    throw UsageError("the collection has several decks (" + names + "): choose one with --deck NAME");
  }
  return fallback;
}

std::string retention_text(double v) {
  std::ostringstream out;
  // Two decimals as the user usually writes them (0.90), more only when needed (0.875).
  if (std::abs(v * 100 - std::round(v * 100)) < 1e-9) {
    out << std::fixed << std::setprecision(2) << v;
  } else {
    out << v;
  }
  return out.str();
}

// The value of `s` as JSON (numbers stay numbers) for the deck config `c` and card types.
Value value_of(const Setting& s, const store::DeckConfig& c,
               const std::vector<std::string>& card_types, int rollover) {
  const std::string key = s.key;
  if (key == "desired_retention") return c.desired_retention;
  if (key == "new_per_day") return c.new_per_day;
  if (key == "reviews_per_day") return c.reviews_per_day;
  if (key == "maximum_interval") return c.maximum_interval;
  if (key == "learning_steps") return c.learning_steps;
  if (key == "relearning_steps") return c.relearning_steps;
  if (key == "leech_threshold") return c.leech_threshold;
  if (key == "bury_siblings") return c.bury_siblings;
  if (key == "card_types") return join_comma(card_types);
  return rollover;
}

std::string text_of(const Setting& s, const Value& v) {
  if (std::string(s.key) == "desired_retention") {
    return retention_text(v.get<double>());
  }
  if (v.is_string()) {
    return v.get<std::string>();
  }
  return v.dump();
}

struct Snapshot {
  std::optional<store::Deck> deck;
  store::DeckConfig config;
  std::vector<std::string> card_types{"recognition"};
  int rollover = srs::k_default_rollover_hour;
};

Snapshot read_snapshot(store::Database* db, const ConfigOptions& opts) {
  Snapshot snap;
  snap.deck = chosen_deck(db, opts);
  if (db) {
    snap.rollover = store::rollover_hour(*db);
  }
  if (snap.deck) {
    snap.config = store::load_deck_config(*db, snap.deck->id);
    snap.card_types = store::deck_card_types(*snap.deck);
  }
  return snap;
}

Value setting_json(const Setting& s, const Value& value, const Value& fallback) {
  Value j;
  j["value"] = value;
  j["default"] = fallback;
  j["scope"] = s.per_deck ? "deck" : "collection";
  j["allowed"] = s.allowed;
  j["meaning"] = s.meaning;
  return j;
}

void print_list(const Snapshot& snap, const std::string& deck_name, bool json) {
  const Snapshot defaults;
  if (json) {
    Value j;
    j["deck"] = deck_name;
    j["settings"] = Value::object();
    for (const Setting& s : k_settings) {
      j["settings"][s.key] =
          setting_json(s, value_of(s, snap.config, snap.card_types, snap.rollover),
                       value_of(s, defaults.config, defaults.card_types, defaults.rollover));
    }
    std::cout << j.dump() << '\n';
    return;
  }
  const auto row = [&](const Setting& s) {
    const std::string value = text_of(s, value_of(s, snap.config, snap.card_types, snap.rollover));
    const std::string fallback =
        text_of(s, value_of(s, defaults.config, defaults.card_types, defaults.rollover));
    const std::string note = value == fallback ? "default" : "default " + fallback;
    std::cout << "  " << std::left << std::setw(19) << s.key << std::setw(14) << value << ' '
              << std::setw(18) << note << ' ' << s.allowed << '\n';
  };
  std::cout << "Deck \"" << deck_name << "\"" << (snap.deck ? "" : " (not created yet)") << ":\n";
  for (const Setting& s : k_settings) {
    if (s.per_deck) {
      row(s);
    }
  }
  std::cout << "Collection:\n";
  for (const Setting& s : k_settings) {
    if (!s.per_deck) {
      row(s);
    }
  }
  std::cout << "Change one with `wortkiste config KEY VALUE`; `wortkiste config --help` says what "
               "each means.\n";
}

// Sets `s` to `text` in `db` (deck settings in `deck`). Throws UsageError for an invalid value.
void set_value(store::Database& db, const store::Deck& deck, const Setting& s,
               const std::string& text) {
  const std::string key = s.key;
  if (key == "rollover_hour") {
    const int hour = parse_int(s, text, 0, 23);
    if (auto ok = store::set_rollover_hour(db, hour); !ok) {
      throw UsageError(ok.error());
    }
    return;
  }
  if (key == "card_types") {
    store::set_deck_card_types(db, deck.id, card_types_setting(s, text));
    return;
  }
  store::DeckConfig c = store::load_deck_config(db, deck.id);
  if (key == "desired_retention") {
    c.desired_retention = parse_retention(s, text);
  } else if (key == "new_per_day") {
    c.new_per_day = parse_int(s, text, 0, 100000);
  } else if (key == "reviews_per_day") {
    c.reviews_per_day = parse_int(s, text, 0, 1000000);
  } else if (key == "maximum_interval") {
    c.maximum_interval = parse_int(s, text, 1, 36500);
  } else if (key == "leech_threshold") {
    c.leech_threshold = parse_int(s, text, 1, 1000);
  } else if (key == "bury_siblings") {
    if (text != "true" && text != "false") {
      invalid(s, text);
    }
    c.bury_siblings = text == "true";
  } else if (key == "learning_steps") {
    c.learning_steps = text;
  } else if (key == "relearning_steps") {
    c.relearning_steps = text;
  }
  if (auto ok = store::save_deck_config(db, deck.id, c); !ok) {
    throw UsageError(key + ": " + ok.error());
  }
}

void run(const ConfigOptions& opts, const GlobalOptions& global) {
  if (opts.words.size() > 2) {
    throw UsageError("config takes at most KEY and VALUE; quote a value with spaces: "
                     "wortkiste config learning_steps \"1m 10m\"");
  }
  const Setting* setting = nullptr;
  if (!opts.words.empty()) {
    setting = find_setting(opts.words[0]);
    if (!setting) {
      throw UsageError("unknown setting \"" + opts.words[0] + "\" (settings: " + known_keys() +
                       ")");
    }
  }
  const std::filesystem::path path = collection_path(global);
  const bool setting_value = opts.words.size() == 2;
  std::optional<store::Database> db;
  if (setting_value || std::filesystem::exists(path)) {
    db.emplace(store::Database::open(path, setting_value));
  }
  store::Database* handle = db ? &*db : nullptr;
  Snapshot before = read_snapshot(handle, opts);
  const std::string deck_name =
      before.deck ? before.deck->name : opts.deck.value_or(std::string(store::k_default_deck));

  if (setting_value) {
    store::Transaction tx(*db);
    if (!before.deck && setting->per_deck) {
      before.deck = store::ensure_deck(*db, deck_name, now_ms());
    }
    set_value(*db, before.deck ? *before.deck : store::Deck{}, *setting, opts.words[1]);
    tx.commit();
  }
  const Snapshot after = setting_value ? read_snapshot(handle, opts) : before;
  if (!setting) {
    print_list(after, deck_name, opts.json);
    return;
  }
  const Snapshot defaults;
  const Value old_value = value_of(*setting, before.config, before.card_types, before.rollover);
  const Value value = value_of(*setting, after.config, after.card_types, after.rollover);
  if (opts.json) {
    Value j;
    j["key"] = setting->key;
    if (setting->per_deck) {
      j["deck"] = deck_name;
    }
    j["value"] = value;
    j["default"] = value_of(*setting, defaults.config, defaults.card_types, defaults.rollover);
    j["scope"] = setting->per_deck ? "deck" : "collection";
    j["allowed"] = setting->allowed;
    j["meaning"] = setting->meaning;
    std::cout << j.dump() << '\n';
    return;
  }
  if (!setting_value) {
    std::cout << text_of(*setting, value) << '\n';
    return;
  }
  const std::string where = setting->per_deck ? " of deck \"" + deck_name + "\"" : std::string();
  std::cout << setting->key << where << ": " << text_of(*setting, old_value) << " -> "
            << text_of(*setting, value) << '\n';
  if (std::string(setting->key) == "card_types") {
    std::cout << "(notes added from now on get these cards; existing cards stay as they are)\n";
  }
}

constexpr const char* k_help =
    "Show or change the scheduling settings of a deck and of the collection.\n"
    "\n"
    "  wortkiste config                          list every setting, its value and default\n"
    "  wortkiste config new_per_day              print one value\n"
    "  wortkiste config new_per_day 10           set it (for the deck)\n"
    "  wortkiste config --deck Irak desired_retention 0.85\n"
    "  wortkiste config learning_steps \"1m 10m 1h\"\n"
    "  wortkiste config rollover_hour 3          the day starts at 03:00 (whole collection)\n"
    "\n"
    "Deck settings (the deck is --deck NAME, else the only deck, else \"Default\"):\n"
    "  desired_retention  0.70-0.99   share of reviews you want to remember (default 0.90);\n"
    "                                 higher means shorter intervals and more reviews\n"
    "  new_per_day        0-100000    new cards introduced per day (default 20)\n"
    "  reviews_per_day    0-1000000   reviews shown per day (default 200)\n"
    "  maximum_interval   1-36500     longest interval in days (default 36500)\n"
    "  learning_steps     e.g. \"1m 10m\"  steps of a new card in m, h or d (default \"1m 10m\")\n"
    "  relearning_steps   e.g. \"10m\"     steps after a lapse (default \"10m\")\n"
    "  leech_threshold    1-1000      lapses before a card is tagged leech and suspended (8)\n"
    "  bury_siblings      true/false  hide a note's other cards until tomorrow (true)\n"
    "  card_types         recognition,production,cloze  cards made for NEW notes (recognition)\n"
    "Collection setting:\n"
    "  rollover_hour      0-23        local hour at which the next day begins (default 4)\n"
    "\n"
    "An invalid value changes nothing and exits with status 2.";

} // namespace

void register_config(CLI::App& app, GlobalOptions& global) {
  auto opts = std::make_shared<ConfigOptions>();
  CLI::App* sub = app.add_subcommand("config", k_help);
  sub->add_option("--deck", opts->deck, "Deck whose settings to show or change");
  sub->add_option("setting", opts->words, "KEY, or KEY VALUE to change it");
  sub->add_flag("--json", opts->json, "Print JSON: {\"deck\", \"settings\": {KEY: {\"value\", "
                                      "\"default\", \"scope\", \"allowed\"}}}");
  sub->callback([opts, &global] { run(*opts, global); });
}

} // namespace wortkiste::cli
