#include "srs/fsrs.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace wortkiste::srs {

namespace {

constexpr double k_s_min = 0.001;
constexpr double k_s_max = 36500.0;

double clamp(double x, double lo, double hi) { return std::min(std::max(x, lo), hi); }

int rating_index(Rating rating) { return static_cast<int>(rating); }

} // namespace

double js_round(double x) {
  const double f = std::floor(x);
  return (x - f >= 0.5) ? f + 1 : f;
}

double round8(double x) { return js_round(x * 1e8) / 1e8; }

std::string js_number_to_string(double x) {
  if (std::isnan(x)) {
    return "NaN";
  }
  if (x == 0) {
    return "0";
  }
  if (std::isinf(x)) {
    return x > 0 ? "Infinity" : "-Infinity";
  }
  std::string sign;
  if (x < 0) {
    sign = "-";
    x = -x;
  }
  // Shortest round-trip digits as d.ddde±x, then laid out by the ECMAScript Number::toString rules.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string text(buf, res.ptr);
  const auto e_pos = text.find('e');
  std::string digits;
  for (std::size_t i = 0; i < e_pos; ++i) {
    if (text[i] != '.') {
      digits += text[i];
    }
  }
  const int exponent = std::stoi(text.substr(e_pos + 1));
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, static_cast<std::size_t>(n)) + "." +
          digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    const int e = n - 1;
    out = digits.substr(0, 1);
    if (k > 1) {
      out += "." + digits.substr(1);
    }
    out += (e >= 0 ? "e+" : "e-") + std::to_string(e >= 0 ? e : -e);
  }
  return sign + out;
}

Weights clip_parameters(const Weights& input, int num_relearning_steps, bool enable_short_term) {
  Weights w = input;
  for (double& x : w) {
    if (std::isnan(x)) {
      x = 0;
    }
  }
  static constexpr std::array<std::pair<double, double>, 17> k_bounds = {{
      {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, {1, 10}, {0.001, 4}, {0.001, 4},
      {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9},
      {0, 4}, {0, 1}, {1, 6},
  }};
  for (std::size_t i = 0; i < k_bounds.size(); ++i) {
    w[i] = clamp(w[i], k_bounds[i].first, k_bounds[i].second);
  }
  double ceiling = 2.0;
  if (num_relearning_steps > 1) {
    const double v = -(std::log(w[11]) + std::log(std::pow(2.0, w[13]) - 1) + w[14] * 0.3) /
                     num_relearning_steps;
    ceiling = clamp(round8(std::sqrt(std::max(v, 0.0))), 0.01, 2.0);
  }
  w[17] = clamp(w[17], 0, ceiling);
  w[18] = clamp(w[18], 0, ceiling);
  w[19] = clamp(w[19], enable_short_term ? 0.01 : 0.0, 0.8);
  w[20] = clamp(w[20], 0.1, 0.8);
  return w;
}

std::optional<std::vector<std::int64_t>> parse_steps(std::string_view text) {
  std::vector<std::int64_t> steps;
  std::size_t i = 0;
  const auto is_separator = [](char c) { return c == ' ' || c == ',' || c == '\t'; };
  while (i < text.size()) {
    while (i < text.size() && is_separator(text[i])) {
      ++i;
    }
    if (i == text.size()) {
      break;
    }
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data() + i, text.data() + text.size(), value);
    if (ec != std::errc() || ptr == text.data() + text.size() || value <= 0 ||
        value > 100'000'000) {
      return std::nullopt;
    }
    i = static_cast<std::size_t>(ptr - text.data());
    switch (text[i]) {
    case 'm': break;
    case 'h': value *= 60; break;
    case 'd': value *= 1440; break;
    default: return std::nullopt;
    }
    ++i;
    if (i < text.size() && !is_separator(text[i])) {
      return std::nullopt;
    }
    steps.push_back(value);
  }
  return steps;
}

std::string format_steps(const std::vector<std::int64_t>& minutes) {
  std::string out;
  for (std::int64_t m : minutes) {
    if (!out.empty()) {
      out += ' ';
    }
    if (m % 1440 == 0) {
      out += std::to_string(m / 1440) + "d";
    } else if (m % 60 == 0) {
      out += std::to_string(m / 60) + "h";
    } else {
      out += std::to_string(m) + "m";
    }
  }
  return out;
}

double curve_factor(const Weights& w) {
  const double decay = -w[20];
  return round8(std::exp(std::pow(decay, -1) * std::log(0.9)) - 1);
}

Scheduler make_scheduler(const Parameters& parameters) {
  Scheduler s;
  s.parameters = parameters;
  if (!(s.parameters.desired_retention > 0 && s.parameters.desired_retention <= 1)) {
    s.parameters.desired_retention = 0.9;
  }
  if (s.parameters.maximum_interval <= 0) {
    s.parameters.maximum_interval = 36500;
  }
  s.parameters.w = clip_parameters(parameters.w,
                                   static_cast<int>(parameters.relearning_steps.size()),
                                   parameters.enable_short_term);
  s.decay = -s.parameters.w[20];
  s.factor = curve_factor(s.parameters.w);
  s.interval_modifier =
      round8((std::pow(s.parameters.desired_retention, 1 / s.decay) - 1) / s.factor);
  return s;
}

double forgetting_curve(const Weights& w, double t, double s) {
  const double decay = -w[20];
  const double factor = curve_factor(w);
  return round8(std::pow(1 + factor * t / s, decay));
}

double init_stability(const Weights& w, Rating rating) {
  return std::max(w[static_cast<std::size_t>(rating_index(rating) - 1)], 0.1);
}

double init_difficulty(const Weights& w, Rating rating) {
  return round8(w[4] - std::exp((rating_index(rating) - 1) * w[5]) + 1);
}

double next_difficulty(const Weights& w, double difficulty, Rating rating) {
  const double delta = -w[6] * (rating_index(rating) - 3);
  const double damped = difficulty + round8(delta * (10 - difficulty) / 9);
  return clamp(round8(w[7] * init_difficulty(w, Rating::easy) + (1 - w[7]) * damped), 1, 10);
}

double next_recall_stability(const Weights& w, double difficulty, double stability, double r,
                             Rating rating) {
  const double hard_penalty = rating == Rating::hard ? w[15] : 1;
  const double easy_bonus = rating == Rating::easy ? w[16] : 1;
  return round8(clamp(stability * (1 + std::exp(w[8]) * (11 - difficulty) *
                                           std::pow(stability, -w[9]) *
                                           (std::exp((1 - r) * w[10]) - 1) * hard_penalty *
                                           easy_bonus),
                      k_s_min, k_s_max));
}

double next_forget_stability(const Weights& w, double difficulty, double stability, double r) {
  return round8(clamp(w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1, w[13]) - 1) *
                          std::exp((1 - r) * w[14]),
                      k_s_min, k_s_max));
}

double next_short_term_stability(const Weights& w, double stability, Rating rating) {
  double sinc = std::pow(stability, -w[19]) * std::exp(w[17] * (rating_index(rating) - 3 + w[18]));
  if (rating_index(rating) >= 2) {
    sinc = std::max(sinc, 1.0);
  }
  return round8(clamp(stability * sinc, k_s_min, k_s_max));
}

MemoryState next_state(const Scheduler& scheduler, MemoryState memory, double t, Rating rating) {
  const Weights& w = scheduler.parameters.w;
  if (memory.difficulty == 0 && memory.stability == 0) {
    return {init_stability(w, rating), clamp(init_difficulty(w, rating), 1, 10)};
  }
  const double d = memory.difficulty;
  const double s = memory.stability;
  const double r = forgetting_curve(w, t, s);
  double new_s = 0;
  if (t == 0 && scheduler.parameters.enable_short_term) {
    new_s = next_short_term_stability(w, s, rating);
  } else if (rating == Rating::again) {
    double a = 0, b = 0;
    if (scheduler.parameters.enable_short_term) {
      a = w[17];
      b = w[18];
    }
    const double s_min = s / std::exp(a * b);
    const double s_after_fail = next_forget_stability(w, d, s, r);
    new_s = clamp(round8(s_min), k_s_min, s_after_fail);
  } else {
    new_s = next_recall_stability(w, d, s, r, rating);
  }
  return {new_s, next_difficulty(w, d, rating)};
}

int unfuzzed_interval(const Scheduler& scheduler, double s) {
  const double ivl = std::min(std::max(1.0, js_round(s * scheduler.interval_modifier)),
                              static_cast<double>(scheduler.parameters.maximum_interval));
  return static_cast<int>(ivl);
}

FuzzRange fuzz_range(double interval, int elapsed_days, int maximum_interval) {
  double delta = 1.0;
  delta += 0.15 * std::max(std::min(interval, 7.0) - 2.5, 0.0);
  delta += 0.1 * std::max(std::min(interval, 20.0) - 7.0, 0.0);
  delta += 0.05 * std::max(interval - 20.0, 0.0);
  interval = std::min(interval, static_cast<double>(maximum_interval));
  double min_ivl = std::max(2.0, js_round(interval - delta));
  const double max_ivl = std::min(js_round(interval + delta), static_cast<double>(maximum_interval));
  if (interval > elapsed_days) {
    min_ivl = std::max(min_ivl, static_cast<double>(elapsed_days) + 1);
  }
  min_ivl = std::min(min_ivl, max_ivl);
  return {static_cast<int>(min_ivl), static_cast<int>(max_ivl)};
}

namespace {

// Mash, the string hash that seeds Alea; one instance hashes all four strings of a seeding.
class Mash {
public:
  double operator()(std::string_view data) {
    for (char c : data) {
      const auto ch = static_cast<unsigned char>(c);
      // ts-fsrs hashes UTF-16 code units; our seeds are ASCII, so bytes are code units.
      m_n += ch;
      double h = 0.02519603282416938 * m_n;
      m_n = u32(h);
      h -= m_n;
      h *= m_n;
      m_n = u32(h);
      h -= m_n;
      m_n += h * 4294967296.0;
    }
    return u32(m_n) * 2.3283064365386963e-10;
  }

private:
  static double u32(double x) {
    return static_cast<double>(static_cast<std::uint32_t>(static_cast<std::uint64_t>(x)));
  }
  double m_n = 4022871197.0;
};

} // namespace

Alea::Alea(std::string_view seed) {
  Mash mash;
  m_c = 1;
  m_s0 = mash(" ");
  m_s1 = mash(" ");
  m_s2 = mash(" ");
  m_s0 -= mash(seed);
  if (m_s0 < 0) {
    m_s0 += 1;
  }
  m_s1 -= mash(seed);
  if (m_s1 < 0) {
    m_s1 += 1;
  }
  m_s2 -= mash(seed);
  if (m_s2 < 0) {
    m_s2 += 1;
  }
}

double Alea::next() {
  const double t = 2091639 * m_s0 + m_c * 2.3283064365386963e-10;
  m_s0 = m_s1;
  m_s1 = m_s2;
  m_c = std::trunc(t);
  m_s2 = t - m_c;
  return m_s2;
}

std::string fuzz_seed(std::int64_t now_ms, int reps_after, double difficulty, double stability) {
  return std::to_string(now_ms) + "_" + std::to_string(reps_after) + "_" +
         js_number_to_string(difficulty * stability);
}

std::int64_t utc_day_difference(std::int64_t from_ms, std::int64_t to_ms) {
  const auto day = [](std::int64_t ms) {
    return ms >= 0 ? ms / k_ms_per_day : -((-ms + k_ms_per_day - 1) / k_ms_per_day);
  };
  return day(to_ms) - day(from_ms);
}

namespace {

// One review in progress: the card before, the time, t and the fuzz factor shared by all four
// outcomes.
struct ReviewContext {
  const Scheduler& scheduler;
  const Card& before;
  std::int64_t now_ms;
  int t;
  double fuzz_factor;

  int interval(double s) const {
    const Parameters& p = scheduler.parameters;
    const int ivl = unfuzzed_interval(scheduler, s);
    if (!p.enable_fuzz || ivl < 2.5) {
      return ivl;
    }
    const FuzzRange range = fuzz_range(ivl, t, p.maximum_interval);
    return static_cast<int>(
        std::floor(fuzz_factor * (range.max_ivl - range.min_ivl + 1) + range.min_ivl));
  }

  Card base() const {
    Card card = before;
    card.reps += 1;
    card.last_review_ms = now_ms;
    card.elapsed_days = t;
    return card;
  }

  void schedule_days(Card& card, int days) const {
    card.state = State::review;
    card.learning_steps = 0;
    card.scheduled_days = days;
    card.due_ms = now_ms + static_cast<std::int64_t>(days) * k_ms_per_day;
  }

  // The steps rule (ts-fsrs basic learning-steps strategy) for the card before the review.
  void apply_steps(Card& next, Rating rating, State target) const {
    const Parameters& p = scheduler.parameters;
    const State from = before.state;
    const bool relearning = from == State::review || from == State::relearning;
    const std::vector<std::int64_t>& steps = relearning ? p.relearning_steps : p.learning_steps;
    const auto n = static_cast<int>(steps.size());
    const int i = before.learning_steps;
    std::optional<std::int64_t> minutes;
    int index = 0;
    if (n > 0 && i < n) {
      if (from == State::review) {
        if (rating == Rating::again) {
          minutes = steps[static_cast<std::size_t>(std::max(0, i))];
          index = 0;
        }
      } else if (rating == Rating::again) {
        minutes = steps[0];
        index = 0;
      } else if (rating == Rating::hard) {
        const double m = n == 1 ? js_round(static_cast<double>(steps[0]) * 1.5)
                                : js_round(static_cast<double>(steps[0] + steps[1]) / 2);
        minutes = static_cast<std::int64_t>(m);
        index = i;
      } else if (rating == Rating::good) {
        if (i + 1 < n && steps[static_cast<std::size_t>(i + 1)] != 0) {
          minutes = steps[static_cast<std::size_t>(i + 1)];
          index = i + 1;
        }
      }
    }
    if (minutes && *minutes > 0 && *minutes < 1440) {
      next.state = target;
      next.learning_steps = index;
      next.scheduled_days = 0;
      next.due_ms = now_ms + *minutes * k_ms_per_minute;
    } else if (minutes && *minutes >= 1440) {
      next.state = State::review;
      next.learning_steps = index;
      next.due_ms = now_ms + *minutes * k_ms_per_minute;
      next.scheduled_days = static_cast<int>(*minutes / 1440);
    } else {
      schedule_days(next, interval(next.stability));
    }
  }
};

std::array<Card, 4> preview_short_term(const ReviewContext& ctx) {
  std::array<Card, 4> out;
  const Card& before = ctx.before;
  const MemoryState memory{before.stability, before.difficulty};
  if (before.state == State::new_card || before.state == State::learning ||
      before.state == State::relearning) {
    const State target = before.state == State::new_card ? State::learning : before.state;
    for (int g = 1; g <= 4; ++g) {
      const auto rating = static_cast<Rating>(g);
      Card next = ctx.base();
      const MemoryState m = before.state == State::new_card
                                ? next_state(ctx.scheduler, {0, 0}, 0, rating)
                                : next_state(ctx.scheduler, memory, ctx.t, rating);
      next.stability = m.stability;
      next.difficulty = m.difficulty;
      ctx.apply_steps(next, rating, target);
      out[static_cast<std::size_t>(g - 1)] = next;
    }
    return out;
  }
  // Review.
  std::array<MemoryState, 4> m;
  for (int g = 1; g <= 4; ++g) {
    m[static_cast<std::size_t>(g - 1)] =
        next_state(ctx.scheduler, memory, ctx.t, static_cast<Rating>(g));
  }
  int h = ctx.interval(m[1].stability);
  int g = ctx.interval(m[2].stability);
  int e = ctx.interval(m[3].stability);
  h = std::min(h, g);
  g = std::max(g, h + 1);
  e = std::max(e, g + 1);
  const std::array<int, 3> days = {h, g, e};
  for (int k = 1; k <= 3; ++k) {
    Card next = ctx.base();
    next.stability = m[static_cast<std::size_t>(k)].stability;
    next.difficulty = m[static_cast<std::size_t>(k)].difficulty;
    ctx.schedule_days(next, days[static_cast<std::size_t>(k - 1)]);
    out[static_cast<std::size_t>(k)] = next;
  }
  Card again = ctx.base();
  again.stability = m[0].stability;
  again.difficulty = m[0].difficulty;
  ctx.apply_steps(again, Rating::again, State::relearning);
  again.lapses += 1;
  out[0] = again;
  return out;
}

std::array<Card, 4> preview_long_term(const ReviewContext& ctx) {
  const Card& before = ctx.before;
  const bool is_new = before.state == State::new_card;
  const MemoryState memory = is_new ? MemoryState{0, 0}
                                    : MemoryState{before.stability, before.difficulty};
  std::array<MemoryState, 4> m;
  std::array<int, 4> days{};
  for (int g = 1; g <= 4; ++g) {
    const auto k = static_cast<std::size_t>(g - 1);
    m[k] = next_state(ctx.scheduler, memory, ctx.t, static_cast<Rating>(g));
    days[k] = ctx.interval(m[k].stability);
  }
  days[0] = std::min(days[0], days[1]);
  days[1] = std::max(days[1], days[0] + 1);
  days[2] = std::max(days[2], days[1] + 1);
  days[3] = std::max(days[3], days[2] + 1);
  std::array<Card, 4> out;
  for (std::size_t k = 0; k < 4; ++k) {
    Card next = ctx.base();
    next.stability = m[k].stability;
    next.difficulty = m[k].difficulty;
    ctx.schedule_days(next, days[k]);
    if (k == 0 && !is_new) {
      next.lapses += 1;
    }
    out[k] = next;
  }
  return out;
}

} // namespace

std::array<Card, 4> preview(const Scheduler& scheduler, const Card& card, std::int64_t now_ms,
                            std::optional<int> elapsed_days) {
  int t = 0;
  if (card.state != State::new_card && card.last_review_ms) {
    t = elapsed_days ? *elapsed_days
                     : static_cast<int>(utc_day_difference(*card.last_review_ms, now_ms));
    t = std::max(t, 0);
  }
  double fuzz_factor = 0;
  if (scheduler.parameters.enable_fuzz) {
    Alea alea(fuzz_seed(now_ms, card.reps + 1, card.difficulty, card.stability));
    fuzz_factor = alea.next();
  }
  const ReviewContext ctx{scheduler, card, now_ms, t, fuzz_factor};
  return scheduler.parameters.enable_short_term ? preview_short_term(ctx) : preview_long_term(ctx);
}

Card review(const Scheduler& scheduler, const Card& card, std::int64_t now_ms, Rating rating,
            std::optional<int> elapsed_days) {
  return preview(scheduler, card, now_ms, elapsed_days)[static_cast<std::size_t>(
      rating_index(rating) - 1)];
}

double retrievability(const Scheduler& scheduler, const Card& card, std::int64_t now_ms) {
  if (card.state == State::new_card || !card.last_review_ms || card.stability <= 0) {
    return 0;
  }
  const std::int64_t days = std::max<std::int64_t>((now_ms - *card.last_review_ms) / k_ms_per_day, 0);
  return forgetting_curve(scheduler.parameters.w, static_cast<double>(days), card.stability);
}

} // namespace wortkiste::srs
