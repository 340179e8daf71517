// wortkiste-fsrs-conformance FILE.json: replays every card history of an fsrs-vectors/1 file
// (generated with ts-fsrs) through srs::review and checks the function-level vectors. Prints
// per config and in total; the last line is "fsrs-conformance: N passed, M failed". Exit 0 only
// when nothing failed.

#include "srs/fsrs.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

using nlohmann::json;
namespace srs = wortkiste::srs;

namespace {

constexpr double k_tolerance = 1e-6;

struct Tally {
  long passed = 0;
  long failed = 0;
  std::vector<std::string> examples; // first few failures
  void add(bool ok, const std::string& what) {
    if (ok) {
      ++passed;
    } else {
      ++failed;
      if (examples.size() < 5) {
        examples.push_back(what);
      }
    }
  }
};

// Collects the mismatches of one review (or one function vector).
struct Check {
  std::ostringstream problems;
  bool ok = true;
  void num(const char* name, double got, double want, double tol = k_tolerance) {
    if (!(std::fabs(got - want) <= tol)) {
      ok = false;
      char buf[160];
      std::snprintf(buf, sizeof buf, " %s=%.17g (want %.17g)", name, got, want);
      problems << buf;
    }
  }
  void exact(const char* name, long long got, long long want) {
    if (got != want) {
      ok = false;
      problems << ' ' << name << '=' << got << " (want " << want << ')';
    }
  }
  void text(const char* name, const std::string& got, const std::string& want) {
    if (got != want) {
      ok = false;
      problems << ' ' << name << "=\"" << got << "\" (want \"" << want << "\")";
    }
  }
};

srs::Parameters parameters_of(const json& effective) {
  srs::Parameters p;
  for (std::size_t i = 0; i < 21; ++i) {
    p.w[i] = effective.at("w").at(i).get<double>();
  }
  p.desired_retention = effective.at("request_retention").get<double>();
  p.maximum_interval = effective.at("maximum_interval").get<int>();
  p.enable_fuzz = effective.at("enable_fuzz").get<bool>();
  p.enable_short_term = effective.at("enable_short_term").get<bool>();
  const auto steps = [](const json& list) {
    std::string joined;
    for (const auto& s : list) {
      joined += s.get<std::string>() + " ";
    }
    return srs::parse_steps(joined).value_or(std::vector<std::int64_t>{});
  };
  p.learning_steps = steps(effective.at("learning_steps"));
  p.relearning_steps = steps(effective.at("relearning_steps"));
  return p;
}

srs::Rating rating_of(const json& j) { return static_cast<srs::Rating>(j.get<int>()); }

void compare_card(Check& c, const srs::Card& card, const json& want, bool full) {
  c.exact("state", static_cast<int>(card.state), want.at("state").get<int>());
  c.num("stability", card.stability, want.at("stability").get<double>());
  c.num("difficulty", card.difficulty, want.at("difficulty").get<double>());
  c.exact("due_ms", card.due_ms, want.at("due_ms").get<long long>());
  c.exact("scheduled_days", card.scheduled_days, want.at("scheduled_days").get<int>());
  c.exact("learning_steps", card.learning_steps, want.at("learning_steps").get<int>());
  c.exact("lapses", card.lapses, want.at("lapses").get<int>());
  if (full) {
    c.exact("elapsed_days", card.elapsed_days, want.at("elapsed_days").get<int>());
    c.exact("reps", card.reps, want.at("reps").get<int>());
    c.exact("last_review_ms", card.last_review_ms.value_or(-1),
            want.at("last_review_ms").get<long long>());
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: wortkiste-fsrs-conformance FILE.json\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "fsrs-conformance: cannot read " << argv[1] << "\n";
    return 2;
  }
  json doc;
  try {
    doc = json::parse(in);
  } catch (const std::exception& e) {
    std::cerr << "fsrs-conformance: " << argv[1] << ": not JSON: " << e.what() << "\n";
    return 2;
  }

  std::map<std::string, srs::Scheduler> schedulers;
  std::map<std::string, Tally> by_config;
  for (const auto& [name, config] : doc.at("configs").items()) {
    const srs::Scheduler s = make_scheduler(parameters_of(config.at("effective")));
    schedulers.emplace(name, s);
    Check c;
    const json& derived = config.at("derived");
    c.num("decay", s.decay, derived.at("decay").get<double>());
    c.num("factor", s.factor, derived.at("factor").get<double>());
    c.num("interval_modifier", s.interval_modifier, derived.at("interval_modifier").get<double>());
    for (std::size_t i = 0; i < 21; ++i) {
      c.num("w", s.parameters.w[i], config.at("effective").at("w").at(i).get<double>());
    }
    by_config[name].add(c.ok, "derived:" + c.problems.str());
  }

  for (const auto& history : doc.at("histories")) {
    const std::string config = history.at("config").get<std::string>();
    const srs::Scheduler& s = schedulers.at(config);
    Tally& tally = by_config[config];
    srs::Card card = srs::new_card(history.at("created_ms").get<std::int64_t>());
    int index = 0;
    for (const auto& r : history.at("reviews")) {
      const std::int64_t now = r.at("time_ms").get<std::int64_t>();
      Check c;
      if (r.contains("fuzz_seed")) {
        const std::string seed = srs::fuzz_seed(now, card.reps + 1, card.difficulty, card.stability);
        c.text("fuzz_seed", seed, r.at("fuzz_seed").get<std::string>());
        if (r.contains("fuzz_factor")) {
          srs::Alea alea(seed);
          c.num("fuzz_factor", alea.next(), r.at("fuzz_factor").get<double>(), 1e-15);
        }
      }
      const auto outcomes = srs::preview(s, card, now);
      const srs::Card next = outcomes[static_cast<std::size_t>(r.at("rating").get<int>() - 1)];
      compare_card(c, next, r.at("expected"), true);
      if (r.contains("preview")) {
        for (int g = 1; g <= 4; ++g) {
          compare_card(c, outcomes[static_cast<std::size_t>(g - 1)],
                       r.at("preview").at(std::to_string(g)), false);
        }
      }
      if (r.contains("r_before") && !r.at("r_before").is_null()) {
        const double t = r.at("expected").at("elapsed_days").get<double>();
        c.num("r_before", srs::forgetting_curve(s.parameters.w, t, card.stability),
              r.at("r_before").get<double>());
      }
      if (r.contains("fuzz_range") && !r.at("fuzz_range").is_null()) {
        const int unfuzzed = srs::unfuzzed_interval(s, next.stability);
        c.exact("interval_unfuzzed", unfuzzed, r.at("interval_unfuzzed").get<int>());
        const auto range = srs::fuzz_range(unfuzzed, next.elapsed_days, s.parameters.maximum_interval);
        c.exact("fuzz_range.min", range.min_ivl, r.at("fuzz_range").at(0).get<int>());
        c.exact("fuzz_range.max", range.max_ivl, r.at("fuzz_range").at(1).get<int>());
      }
      if (r.contains("retrievability")) {
        for (const auto& probe : r.at("retrievability")) {
          const std::int64_t at = probe.at("time_ms").get<std::int64_t>();
          c.num("r", srs::retrievability(s, next, at), probe.at("r").get<double>());
          const auto days = srs::utc_day_difference(*next.last_review_ms, at);
          c.exact("days_calendar", days, probe.at("days_calendar").get<long long>());
          c.num("r_calendar",
                srs::forgetting_curve(s.parameters.w, static_cast<double>(days), next.stability),
                probe.at("r_calendar").get<double>());
        }
      }
      tally.add(c.ok, history.at("id").get<std::string>() + " review " + std::to_string(index) + ":" +
                          c.problems.str());
      card = next;
      ++index;
    }
  }

  // Function-level vectors.
  Tally functions;
  const json& f = doc.at("functions");
  const auto weights_of = [&](const json& entry) {
    if (entry.contains("config")) {
      return schedulers.at(entry.at("config").get<std::string>()).parameters.w;
    }
    srs::Weights w = srs::k_default_weights;
    w[20] = entry.at("decay").get<double>();
    return w;
  };
  int i = 0;
  for (const auto& e : f.value("forgetting_curve", json::array())) {
    Check c;
    c.num("r", srs::forgetting_curve(weights_of(e), e.at("t").get<double>(), e.at("s").get<double>()),
          e.at("r").get<double>());
    functions.add(c.ok, "forgetting_curve[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("init", json::array())) {
    Check c;
    const srs::Scheduler& s = schedulers.at(e.at("config").get<std::string>());
    const auto g = rating_of(e.at("rating"));
    c.num("init_stability", srs::init_stability(s.parameters.w, g), e.at("init_stability").get<double>());
    c.num("init_difficulty", srs::init_difficulty(s.parameters.w, g),
          e.at("init_difficulty_unclamped").get<double>());
    const auto m = srs::next_state(s, {0, 0}, 0, g);
    c.num("difficulty", m.difficulty, e.at("state_after_first").at("difficulty").get<double>());
    c.num("stability", m.stability, e.at("state_after_first").at("stability").get<double>());
    functions.add(c.ok, "init[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("next_interval", json::array())) {
    Check c;
    const srs::Scheduler& s = schedulers.at(e.at("config").get<std::string>());
    c.exact("interval", srs::unfuzzed_interval(s, e.at("s").get<double>()), e.at("interval").get<int>());
    functions.add(c.ok, "next_interval[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("next_state", json::array())) {
    Check c;
    const srs::Scheduler& s = schedulers.at(e.at("config").get<std::string>());
    const double t = e.at("t").get<double>();
    const double stability = e.at("stability").get<double>();
    c.num("r", srs::forgetting_curve(s.parameters.w, t, stability), e.at("r").get<double>());
    const auto m = srs::next_state(s, {stability, e.at("difficulty").get<double>()}, t,
                                   rating_of(e.at("rating")));
    c.num("difficulty", m.difficulty, e.at("result").at("difficulty").get<double>());
    c.num("stability", m.stability, e.at("result").at("stability").get<double>());
    functions.add(c.ok, "next_state[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("alea", json::array())) {
    Check c;
    srs::Alea alea(e.at("seed").get<std::string>());
    for (const auto& want : e.at("outputs")) {
      c.num("output", alea.next(), want.get<double>(), 1e-15);
    }
    functions.add(c.ok, "alea[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("fuzz_range", json::array())) {
    Check c;
    const auto range = srs::fuzz_range(e.at("interval").get<double>(), e.at("elapsed_days").get<int>(),
                                       e.at("maximum_interval").get<int>());
    c.exact("min_ivl", range.min_ivl, e.at("min_ivl").get<int>());
    c.exact("max_ivl", range.max_ivl, e.at("max_ivl").get<int>());
    functions.add(c.ok, "fuzz_range[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("clip_parameters", json::array())) {
    Check c;
    srs::Weights w{};
    for (std::size_t k = 0; k < 21; ++k) {
      const json& v = e.at("w").at(k);
      w[k] = v.is_number() ? v.get<double>() : std::nan("");
    }
    const auto clipped = srs::clip_parameters(w, e.at("num_relearning_steps").get<int>(),
                                              e.at("enable_short_term").get<bool>());
    for (std::size_t k = 0; k < 21; ++k) {
      c.num("w", clipped[k], e.at("result").at(k).get<double>());
    }
    functions.add(c.ok, "clip_parameters[" + std::to_string(i++) + "]:" + c.problems.str());
  }
  i = 0;
  for (const auto& e : f.value("day_diff", json::array())) {
    Check c;
    // The ISO strings are UTC with milliseconds; parse them with the C library.
    const auto parse = [](const std::string& iso) {
      int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
      std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d.%dZ", &y, &mo, &d, &h, &mi, &sec, &ms);
      // Days from civil (Howard Hinnant's algorithm).
      y -= mo <= 2;
      const long era = (y >= 0 ? y : y - 399) / 400;
      const long yoe = y - era * 400;
      const long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
      const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      const long days = era * 146097 + doe - 719468;
      return ((days * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + ms;
    };
    const std::int64_t from = parse(e.at("from").get<std::string>());
    const std::int64_t to = parse(e.at("to").get<std::string>());
    c.exact("calendar_days_utc", srs::utc_day_difference(from, to),
            e.at("calendar_days_utc").get<long long>());
    const std::int64_t floor_days =
        (to - from) >= 0 ? (to - from) / srs::k_ms_per_day
                         : -((from - to + srs::k_ms_per_day - 1) / srs::k_ms_per_day);
    c.exact("floor_24h_days", floor_days, e.at("floor_24h_days").get<long long>());
    functions.add(c.ok, "day_diff[" + std::to_string(i++) + "]:" + c.problems.str());
  }

  long passed = 0, failed = 0;
  const auto print = [&](const std::string& name, const Tally& t) {
    std::cout << name << ": " << t.passed << " passed, " << t.failed << " failed\n";
    for (const auto& ex : t.examples) {
      std::cout << "  FAIL " << ex << "\n";
    }
    passed += t.passed;
    failed += t.failed;
  };
  for (const auto& [name, tally] : by_config) {
    print("config " + name, tally);
  }
  print("functions", functions);
  std::cout << "fsrs-conformance: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
