#include "store/deck_config.h"

#include "srs/fsrs.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace wortkiste::store {

namespace {

nlohmann::json parse_object(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  return j.is_object() ? j : nlohmann::json::object();
}

std::optional<srs::Weights> weights_from_json(const nlohmann::json& j) {
  if (!j.is_array() || j.size() != 21) {
    return std::nullopt;
  }
  srs::Weights w{};
  for (std::size_t i = 0; i < 21; ++i) {
    if (!j[i].is_number()) {
      return std::nullopt;
    }
    w[i] = j[i].get<double>();
  }
  return w;
}

std::string deck_config_text(Database& db, std::int64_t deck_id) {
  Statement read = db.prepare("SELECT config FROM decks WHERE id = ?");
  read.bind(1, deck_id);
  return read.step() ? read.column_text(0) : std::string("{}");
}

template <typename T>
void read_number(const nlohmann::json& j, const char* key, T& out, T lo, T hi) {
  if (const auto it = j.find(key); it != j.end() && it->is_number()) {
    const T v = it->get<T>();
    if (v >= lo && v <= hi) {
      out = v;
    }
  }
}

} // namespace

DeckConfig load_deck_config(Database& db, std::int64_t deck_id) {
  const nlohmann::json j = parse_object(deck_config_text(db, deck_id));
  DeckConfig c;
  read_number(j, "new_per_day", c.new_per_day, 0, 100000);
  read_number(j, "reviews_per_day", c.reviews_per_day, 0, 1000000);
  read_number(j, "desired_retention", c.desired_retention, 0.70, 0.99);
  read_number(j, "maximum_interval", c.maximum_interval, 1, 36500);
  read_number(j, "leech_threshold", c.leech_threshold, 1, 1000);
  read_number(j, "learn_ahead_ms", c.learn_ahead_ms, std::int64_t{0}, std::int64_t{86'400'000});
  for (const auto& [key, field] : {std::pair{"learning_steps", &c.learning_steps},
                                   std::pair{"relearning_steps", &c.relearning_steps}}) {
    if (const auto it = j.find(key); it != j.end() && it->is_string() &&
                                     srs::parse_steps(it->get<std::string>())) {
      *field = it->get<std::string>();
    }
  }
  if (const auto it = j.find("fsrs_parameters"); it != j.end()) {
    c.fsrs_parameters = weights_from_json(*it);
  }
  if (const auto it = j.find("bury_siblings"); it != j.end() && it->is_boolean()) {
    c.bury_siblings = it->get<bool>();
  }
  return c;
}

std::expected<void, std::string> save_deck_config(Database& db, std::int64_t deck_id,
                                                  const DeckConfig& c) {
  if (!(c.desired_retention >= 0.70 && c.desired_retention <= 0.99)) {
    return std::unexpected("desired retention must be between 0.70 and 0.99");
  }
  if (c.new_per_day < 0 || c.reviews_per_day < 0) {
    return std::unexpected("daily limits cannot be negative");
  }
  if (c.maximum_interval < 1 || c.maximum_interval > 36500) {
    return std::unexpected("maximum interval must be between 1 and 36500 days");
  }
  if (c.leech_threshold < 1) {
    return std::unexpected("leech threshold must be at least 1");
  }
  if (!srs::parse_steps(c.learning_steps)) {
    return std::unexpected("learning steps must look like \"1m 10m 1h 1d\": " + c.learning_steps);
  }
  if (!srs::parse_steps(c.relearning_steps)) {
    return std::unexpected("relearning steps must look like \"10m\": " + c.relearning_steps);
  }
  nlohmann::json j = parse_object(deck_config_text(db, deck_id));
  j["new_per_day"] = c.new_per_day;
  j["reviews_per_day"] = c.reviews_per_day;
  j["desired_retention"] = c.desired_retention;
  j["maximum_interval"] = c.maximum_interval;
  j["learning_steps"] = c.learning_steps;
  j["relearning_steps"] = c.relearning_steps;
  j["leech_threshold"] = c.leech_threshold;
  j["learn_ahead_ms"] = c.learn_ahead_ms;
  j["bury_siblings"] = c.bury_siblings;
  if (c.fsrs_parameters) {
    j["fsrs_parameters"] = *c.fsrs_parameters;
  } else {
    j.erase("fsrs_parameters");
  }
  db.prepare("UPDATE decks SET config = ? WHERE id = ?").bind(1, j.dump()).bind(2, deck_id).run();
  return {};
}

std::optional<srs::Weights> collection_parameters(Database& db) {
  if (const auto text = db.setting("fsrs_parameters")) {
    return weights_from_json(nlohmann::json::parse(*text, nullptr, false));
  }
  return std::nullopt;
}

void set_collection_parameters(Database& db, const srs::Weights& w) {
  db.set_setting("fsrs_parameters", nlohmann::json(w).dump());
}

srs::Parameters deck_parameters(Database& db, std::int64_t deck_id) {
  const DeckConfig c = load_deck_config(db, deck_id);
  srs::Parameters p;
  if (c.fsrs_parameters) {
    p.w = *c.fsrs_parameters;
  } else if (const auto w = collection_parameters(db)) {
    p.w = *w;
  }
  p.desired_retention = c.desired_retention;
  p.maximum_interval = c.maximum_interval;
  p.enable_fuzz = true;
  p.enable_short_term = true;
  p.learning_steps = srs::parse_steps(c.learning_steps).value_or(std::vector<std::int64_t>{1, 10});
  p.relearning_steps = srs::parse_steps(c.relearning_steps).value_or(std::vector<std::int64_t>{10});
  return p;
}

int rollover_hour(Database& db) {
  if (const auto text = db.setting("rollover_hour")) {
    int hour = -1;
    const auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), hour);
    if (ec == std::errc() && ptr == text->data() + text->size() && hour >= 0 && hour <= 23) {
      return hour;
    }
  }
  return srs::k_default_rollover_hour;
}

std::expected<void, std::string> set_rollover_hour(Database& db, int hour) {
  if (hour < 0 || hour > 23) {
    return std::unexpected("the day can start at an hour from 0 to 23, not " + std::to_string(hour));
  }
  db.set_setting("rollover_hour", std::to_string(hour));
  return {};
}

} // namespace wortkiste::store
