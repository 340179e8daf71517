#include "srs/optimizer.h"

#include "srs/fsrs.h"
#include "srs/reverse.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace wortkiste::srs {

namespace {

constexpr double k_s_min = 0.001;
constexpr double k_s_max = 36500.0;
constexpr double k_r_min = 0.0001;
constexpr double k_r_max = 0.9999;

template <typename T> T clamp_t(const T& x, double lo, double hi) {
  if (value_of(x) < lo) {
    return T(lo);
  }
  if (value_of(x) > hi) {
    return T(hi);
  }
  return x;
}
template <typename T> T min_t(const T& a, const T& b) { return value_of(b) < value_of(a) ? b : a; }
template <typename T> T max_t(const T& a, const T& b) { return value_of(b) > value_of(a) ? b : a; }

// The FSRS-6 memory model without ts-fsrs's 8-decimal rounding, as fsrs-rs trains it; written
// once over the number type so T = Dual gives the gradient.
template <typename T> struct Model {
  using std_array = std::array<T, 21>;
  const std_array& w;
  T decay;
  T factor;
  T init_d_easy;
  T exp_w8;
  T forget_floor_divisor;         // e^(w17 w18)
  std::array<T, 4> short_term_exp; // e^(w17 (G - 3 + w18)) per rating

  explicit Model(const std_array& weights) : w(weights) {
    using std::exp;
    using std::log;
    decay = -w[20];
    factor = exp(T(std::log(0.9)) / decay) - T(1.0); // 0.9^(1/decay) - 1
    init_d_easy = init_difficulty(4);
    exp_w8 = exp(w[8]);
    forget_floor_divisor = exp(w[17] * w[18]);
    for (int g = 1; g <= 4; ++g) {
      short_term_exp[static_cast<std::size_t>(g - 1)] = exp(w[17] * (T(g - 3.0) + w[18]));
    }
  }

  T curve(double t, const T& s) const {
    using std::pow;
    return pow(T(1.0) + factor * T(t) / s, decay);
  }
  T init_stability(int g) const { return w[static_cast<std::size_t>(g - 1)]; }
  T init_difficulty(int g) const {
    using std::exp;
    return w[4] - exp(w[5] * T(g - 1)) + T(1.0);
  }
  T next_difficulty(const T& d, int g) const {
    const T delta = -(w[6] * T(g - 3));
    const T damped = d + delta * (T(10.0) - d) / T(9.0);
    return clamp_t(w[7] * init_d_easy + (T(1.0) - w[7]) * damped, 1, 10);
  }
  T recall_stability(const T& d, const T& s, const T& r, int g) const {
    using std::exp;
    using std::pow;
    T inc = exp_w8 * (T(11.0) - d) * pow(s, -w[9]) * (exp((T(1.0) - r) * w[10]) - T(1.0));
    if (g == 2) {
      inc = inc * w[15];
    } else if (g == 4) {
      inc = inc * w[16];
    }
    return s * (T(1.0) + inc);
  }
  T forget_stability(const T& d, const T& s, const T& r) const {
    using std::exp;
    using std::pow;
    const T forget = w[11] * pow(d, -w[12]) * (pow(s + T(1.0), w[13]) - T(1.0)) *
                     exp((T(1.0) - r) * w[14]);
    const T floor = s / forget_floor_divisor;
    return min_t(forget, floor);
  }
  T short_term_stability(const T& s, int g) const {
    using std::exp;
    using std::pow;
    T sinc = pow(s, -w[19]) * short_term_exp[static_cast<std::size_t>(g - 1)];
    if (g >= 2) {
      sinc = max_t(sinc, T(1.0));
    }
    return s * sinc;
  }
  // One review of a card in state (s, d); `first` for its first review.
  void step(T& s, T& d, bool first, int delta_t, int g) const {
    if (first) {
      s = clamp_t(init_stability(g), k_s_min, k_s_max);
      d = clamp_t(init_difficulty(g), 1, 10);
      return;
    }
    T next_s;
    if (delta_t == 0) {
      next_s = short_term_stability(s, g);
    } else {
      const T r = curve(delta_t, s);
      next_s = g == 1 ? forget_stability(d, s, r) : recall_stability(d, s, r, g);
    }
    d = next_difficulty(d, g);
    s = clamp_t(next_s, k_s_min, k_s_max);
  }
};

// Replays one card's history, calling `visit(review, k, R)` for every item with the prediction.
template <typename T, typename Visit>
void replay(const Model<T>& model, const std::vector<TrainingSet::Review>& history, Visit&& visit) {
  T s(0.0), d(0.0);
  for (std::size_t k = 0; k < history.size(); ++k) {
    const TrainingSet::Review& review = history[k];
    if (k > 0 && review.weight > 0) {
      visit(review, k, clamp_t(model.curve(review.delta_t, s), k_r_min, k_r_max));
    }
    if (k + 1 < history.size()) {
      model.step(s, d, k == 0, review.delta_t, review.rating);
    }
  }
}

// The spread of each weight across users, used to scale the pull towards the defaults.
constexpr Weights k_prior_scale = {6.0, 9.0, 17.0, 27.0, 0.6, 0.3, 0.6, 0.12, 0.4, 0.18, 0.35,
                                   0.3, 0.09, 0.16, 0.6, 0.25, 1.0, 0.3, 0.3, 0.14, 0.25};

std::tuple<int, int, int> bin_of(int delta_t, int long_term_reviews, int lapses) {
  const auto bucket = [](double x, double base, double scale) {
    return static_cast<int>(std::round(scale * std::pow(base, std::floor(std::log(x) / std::log(base)))));
  };
  const int dt_bin = bucket(delta_t, 3.62, 248.0);
  const int length_bin = bucket(long_term_reviews + 1.0, 1.89, 1.99);
  const int lapse_bin = lapses == 0 ? 0 : bucket(lapses, 1.73, 1.65);
  return {dt_bin, length_bin, lapse_bin};
}

Weights clip(const Weights& w) { return clip_parameters(w, 1, true); }

} // namespace

TrainingSet build_training_set(std::vector<ReviewRecord> records) {
  std::stable_sort(records.begin(), records.end(), [](const ReviewRecord& a, const ReviewRecord& b) {
    return a.card_id != b.card_id ? a.card_id < b.card_id : a.time_ms < b.time_ms;
  });
  TrainingSet data;
  struct Pending {
    std::int64_t time_ms;
    std::int64_t card_id;
    std::size_t history;
    std::size_t position;
  };
  std::vector<Pending> pending;
  std::int64_t last_day = 0;
  bool open = false;
  std::int64_t card = 0;
  for (const ReviewRecord& r : records) {
    if (r.rating < 1 || r.rating > 4) {
      continue;
    }
    if (!open || r.card_id != card || r.state_before == 0) {
      if (r.state_before != 0) {
        // A history must start with the first answer to a New card; skip until one comes.
        open = false;
        card = r.card_id;
        continue;
      }
      data.histories.emplace_back();
      open = true;
      card = r.card_id;
      data.histories.back().push_back({0, r.rating, 0});
      last_day = r.day;
      continue;
    }
    const int delta_t = static_cast<int>(std::max<std::int64_t>(0, r.day - last_day));
    last_day = r.day;
    auto& history = data.histories.back();
    history.push_back({delta_t, r.rating, 0});
    if (delta_t > 0) {
      pending.push_back({r.time_ms, r.card_id, data.histories.size() - 1, history.size() - 1});
    }
  }
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return a.time_ms != b.time_ms ? a.time_ms < b.time_ms : a.card_id < b.card_id;
  });
  const std::size_t n = pending.size();
  for (std::size_t i = 0; i < n; ++i) {
    const double x = n > 1 ? static_cast<double>(i) / static_cast<double>(n - 1) : 1.0;
    data.histories[pending[i].history][pending[i].position].weight = 0.25 + 0.75 * x * x * x;
  }
  data.items = n;
  return data;
}

std::expected<std::vector<ReviewRecord>, std::string> parse_revlog_csv(std::string_view text) {
  std::vector<ReviewRecord> out;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  std::array<int, 4> column{-1, -1, -1, -1}; // card_id, review_time, review_rating, review_state
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      continue;
    }
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
      const std::size_t comma = line.find(',', start);
      fields.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                          : comma - start));
      if (comma == std::string_view::npos) {
        break;
      }
      start = comma + 1;
    }
    if (line_no == 1) {
      static constexpr std::array<std::string_view, 4> k_names = {"card_id", "review_time",
                                                                  "review_rating", "review_state"};
      for (std::size_t i = 0; i < fields.size(); ++i) {
        for (std::size_t k = 0; k < k_names.size(); ++k) {
          if (fields[i] == k_names[k]) {
            column[k] = static_cast<int>(i);
          }
        }
      }
      for (std::size_t k = 0; k < k_names.size(); ++k) {
        if (column[k] < 0) {
          return std::unexpected("line 1: the header has no column \"" + std::string(k_names[k]) +
                                 "\" (expected card_id,review_time,review_rating,review_state,...)");
        }
      }
      continue;
    }
    std::array<std::int64_t, 4> v{};
    for (std::size_t k = 0; k < 4; ++k) {
      const auto c = static_cast<std::size_t>(column[k]);
      if (c >= fields.size()) {
        return std::unexpected("line " + std::to_string(line_no) + ": expected at least " +
                               std::to_string(c + 1) + " fields, found " +
                               std::to_string(fields.size()));
      }
      const std::string_view f = fields[c];
      const auto [ptr, ec] = std::from_chars(f.data(), f.data() + f.size(), v[k]);
      if (ec != std::errc() || ptr != f.data() + f.size()) {
        return std::unexpected("line " + std::to_string(line_no) + ": field " +
                               std::to_string(c + 1) + " is not an integer: \"" + std::string(f) + "\"");
      }
    }
    if (v[2] < 1 || v[2] > 4) {
      return std::unexpected("line " + std::to_string(line_no) + ": review_rating must be 1-4, not " +
                             std::to_string(v[2]));
    }
    if (v[3] < 0 || v[3] > 3) {
      return std::unexpected("line " + std::to_string(line_no) + ": review_state must be 0-3, not " +
                             std::to_string(v[3]));
    }
    ReviewRecord r;
    r.card_id = v[0];
    r.time_ms = v[1];
    r.day = v[1] >= 0 ? v[1] / k_ms_per_day : -((-v[1] + k_ms_per_day - 1) / k_ms_per_day);
    r.rating = static_cast<int>(v[2]);
    r.state_before = static_cast<int>(v[3]);
    out.push_back(r);
  }
  if (line_no == 0) {
    return std::unexpected("line 1: the file is empty (expected a header)");
  }
  return out;
}

Evaluation evaluate(const Weights& weights, const TrainingSet& data) {
  const Weights w = clip(weights);
  const Model<double> model(w);
  double loss = 0, total = 0;
  // Per bin: sum of predictions, sum of outcomes, count, sum of weights (as fsrs-rs evaluates).
  std::map<std::tuple<int, int, int>, std::array<double, 4>> bins;
  for (const auto& history : data.histories) {
    replay(model, history, [&](const TrainingSet::Review& review, std::size_t k, double r) {
      const double y = review.rating > 1 ? 1.0 : 0.0;
      loss += -review.weight * (y * std::log(r) + (1 - y) * std::log(1 - r));
      total += review.weight;
      int long_term = 0, lapses = 0;
      for (std::size_t i = 0; i <= k; ++i) {
        if (history[i].delta_t > 0) {
          ++long_term;
          if (i < k && history[i].rating == 1) {
            ++lapses;
          }
        }
      }
      auto& bin = bins[bin_of(review.delta_t, long_term, lapses)];
      bin[0] += r;
      bin[1] += y;
      bin[2] += 1;
      bin[3] += review.weight;
    });
  }
  Evaluation e;
  e.items = data.items;
  if (total > 0) {
    e.log_loss = loss / total;
    double sum = 0, weight = 0;
    for (const auto& [key, b] : bins) {
      const double diff = (b[0] - b[1]) / b[2];
      sum += diff * diff * b[3];
      weight += b[3];
    }
    e.rmse_bins = std::sqrt(sum / weight);
  }
  return e;
}

namespace {

// A small deterministic generator (SplitMix64), so a fit is the same on every machine.
class SplitMix {
public:
  explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

private:
  std::uint64_t m_state;
};

// Adds to `grad` the gradient of sum(weight * BCE) over histories `batch`, scaled by `scale`.
void accumulate_gradient(const Weights& w, const TrainingSet& data,
                         const std::vector<std::uint32_t>& batch, double scale,
                         std::array<double, 21>& grad, Tape& tape, std::vector<double>& adjoint) {
  tape.truncate(0);
  Tape::current() = &tape;
  std::array<Var, 21> x;
  for (std::size_t i = 0; i < 21; ++i) {
    x[i] = Var(w[i], tape.push(-1, 0));
  }
  const Model<Var> model(x);
  const std::size_t base = tape.size();
  std::vector<std::pair<std::int32_t, double>> seeds;
  for (std::uint32_t h : batch) {
    tape.truncate(base);
    seeds.clear();
    replay(model, data.histories[h], [&](const TrainingSet::Review& review, std::size_t, const Var& r) {
      // d/dR of -(y ln R + (1-y) ln(1-R))
      const double y = review.rating > 1 ? 1.0 : 0.0;
      if (r.i >= 0) {
        seeds.emplace_back(r.i, -scale * review.weight * (y / r.v - (1 - y) / (1 - r.v)));
      }
    });
    adjoint.assign(tape.size(), 0.0);
    for (const auto& [node, g] : seeds) {
      adjoint[static_cast<std::size_t>(node)] += g;
    }
    tape.backward(adjoint);
    for (std::size_t i = 0; i < 21; ++i) {
      grad[i] += adjoint[i];
    }
  }
  Tape::current() = nullptr;
}

} // namespace

std::array<double, 21> gradient(const Weights& w, const TrainingSet& data) {
  std::vector<std::uint32_t> all(data.histories.size());
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    all[i] = i;
  }
  double total = 0;
  for (const auto& h : data.histories) {
    for (const auto& r : h) {
      total += r.weight;
    }
  }
  std::array<double, 21> grad{};
  Tape tape;
  std::vector<double> adjoint;
  accumulate_gradient(w, data, all, total > 0 ? 1 / total : 0, grad, tape, adjoint);
  return grad;
}

OptimizeResult optimize(const TrainingSet& data, const Weights& start,
                        const OptimizeOptions& options) {
  OptimizeResult result;
  Weights w = clip(start);
  result.before = evaluate(w, data);
  if (data.items == 0) {
    result.weights = w;
    result.after = result.before;
    return result;
  }
  // Items per history, to cut epochs into batches of about `batch_items` items.
  std::vector<std::uint32_t> order;
  std::vector<double> history_weight(data.histories.size(), 0.0);
  for (std::uint32_t h = 0; h < data.histories.size(); ++h) {
    for (const auto& r : data.histories[h]) {
      history_weight[h] += r.weight;
    }
    if (history_weight[h] > 0) {
      order.push_back(h);
    }
  }
  std::vector<std::size_t> history_items(data.histories.size(), 0);
  for (std::uint32_t h = 0; h < data.histories.size(); ++h) {
    for (const auto& r : data.histories[h]) {
      history_items[h] += r.weight > 0 ? 1 : 0;
    }
  }
  const auto batches_per_epoch = std::max<std::size_t>(
      1, (data.items + options.batch_items - 1) / options.batch_items);
  const std::size_t total_steps = batches_per_epoch * static_cast<std::size_t>(options.epochs);
  SplitMix rng(options.seed);
  Tape tape;
  std::vector<double> adjoint;
  std::array<double, 21> m{}, v{};
  const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  std::size_t step = 0;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) { // Fisher-Yates
      std::swap(order[i - 1], order[rng.next() % i]);
    }
    std::size_t begin = 0;
    while (begin < order.size()) {
      std::vector<std::uint32_t> batch;
      std::size_t items = 0;
      double weight = 0;
      while (begin < order.size() && (items < options.batch_items || batch.empty())) {
        batch.push_back(order[begin]);
        items += history_items[order[begin]];
        weight += history_weight[order[begin]];
        ++begin;
      }
      std::array<double, 21> grad{};
      accumulate_gradient(w, data, batch, 1 / weight, grad, tape, adjoint);
      // The defaults as a prior, in proportion to this batch's share of the items.
      const double prior = options.prior_strength / static_cast<double>(data.items);
      for (std::size_t i = 0; i < 21; ++i) {
        const double z = (w[i] - k_default_weights[i]) / k_prior_scale[i];
        grad[i] += prior * 2 * z / k_prior_scale[i];
      }
      const double lr = options.learning_rate * 0.5 *
                        (1 + std::cos(3.141592653589793 * static_cast<double>(step) /
                                      static_cast<double>(total_steps)));
      ++step;
      const double t = static_cast<double>(step);
      for (std::size_t i = 0; i < 21; ++i) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        const double mh = m[i] / (1 - std::pow(beta1, t));
        const double vh = v[i] / (1 - std::pow(beta2, t));
        w[i] -= lr * mh / (std::sqrt(vh) + eps);
      }
      w = clip(w);
    }
  }
  result.after = evaluate(w, data);
  // Keep the starting weights when fitting did not help (a tiny or odd log).
  if (result.after.log_loss < result.before.log_loss) {
    result.weights = w;
  } else {
    result.weights = clip(start);
    result.after = result.before;
  }
  return result;
}

} // namespace wortkiste::srs
