#include "extract/ranking.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace wortkiste::extract {

namespace {

constexpr std::array<std::string_view, 6> k_level_names = {"A1", "A2", "B1", "B2", "C1", "C2"};
constexpr std::array<FrequencyBand, 6> k_bands = {{
    {0, 1500, true},
    {100, 3000, true},
    {300, 6000, false},
    {800, 15000, false},
    {2000, 40000, false},
    {5000, 0, false},
}};
// Without --level: only the ~200 most frequent lemmas (Jahr, Land, Ende, führen) count as known,
// nothing waits.
constexpr FrequencyBand k_default_band = {200, 0, false};
// Ranks are compared on a log scale up to about the size of the frequency list.
constexpr double k_rank_scale = 100000.0;

// "2345" -> "2,345": ranks read easier with a separator.
std::string group_thousands(std::uint32_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  return out;
}

std::uint32_t known_bound(const RankingOptions& options) {
  return options.known_below_rank ? *options.known_below_rank : band_for(options.level).known_up_to;
}

} // namespace

std::optional<Level> parse_level(std::string_view text) {
  if (text.size() != 2) {
    return std::nullopt;
  }
  const char letter = static_cast<char>(text[0] >= 'a' ? text[0] - 'a' + 'A' : text[0]);
  for (std::size_t i = 0; i < k_level_names.size(); ++i) {
    if (k_level_names[i][0] == letter && k_level_names[i][1] == text[1]) {
      return static_cast<Level>(i);
    }
  }
  return std::nullopt;
}

std::string_view to_string(Level level) { return k_level_names[static_cast<std::size_t>(level)]; }

FrequencyBand band_for(std::optional<Level> level) {
  return level ? k_bands[static_cast<std::size_t>(*level)] : k_default_band;
}

Level level_of_rank(std::uint32_t rank) {
  if (rank == 0) {
    return Level::C2;
  }
  for (std::size_t i = 0; i < k_bands.size(); ++i) {
    if (k_bands[i].waits_above == 0 || rank <= k_bands[i].waits_above) {
      return static_cast<Level>(i);
    }
  }
  return Level::C2;
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
  case Verdict::New: return "new";
  case Verdict::Known: return "known";
  case Verdict::TooCommon: return "too common";
  case Verdict::TooRare: return "too rare";
  case Verdict::InCollection: return "in collection";
  case Verdict::OverMax: return "over max";
  case Verdict::NoExample: return "no example";
  }
  return "new";
}

bool counts_as_known(std::uint32_t rank, const RankingOptions& options) {
  return rank != 0 && rank <= known_bound(options);
}

RankResult rank_one(const RankInput& input, const RankingOptions& options) {
  RankResult result;
  const FrequencyBand band = band_for(options.level);
  const std::uint32_t rank = input.frequency_rank;
  result.reason = rank == 0 ? std::string("unranked")
                            : "rank " + group_thousands(rank) + " (" +
                                  std::string(to_string(level_of_rank(rank))) + ")";
  result.reason += ", " + std::to_string(input.count) + "× in text";
  if (!input.has_gloss) {
    result.reason += ", no gloss";
  }
  // Frequent words are more useful, on a log scale: rank 100 -> 6.0, 1,500 -> 3.6, 30,000 -> 1.0.
  const double frequency =
      rank == 0 ? 0.0 : 10.0 * (1.0 - std::log(static_cast<double>(rank)) / std::log(k_rank_scale));
  // A word the text repeats is worth learning to read this text: 1× -> 2, 3× -> 4.
  const double repetition = 2.0 * std::log2(1.0 + static_cast<double>(input.count));
  result.score = std::max(frequency, 0.0) + repetition - (input.has_gloss ? 0.0 : 1.5);

  if (input.in_collection) {
    result.verdict = Verdict::InCollection;
  } else if (input.known) {
    result.verdict = Verdict::Known;
  } else if (counts_as_known(rank, options)) {
    result.verdict = Verdict::TooCommon;
  } else if (rank != 0 && band.waits_above != 0 && rank > band.waits_above) {
    result.verdict = Verdict::TooRare;
  } else if (rank == 0 && band.unranked_waits && input.count < 2) {
    result.verdict = Verdict::TooRare;
  } else if (!input.has_example) {
    result.verdict = Verdict::NoExample; // "Lesezeit: 1 Minute" teaches no "Minute"
  }
  return result;
}

std::vector<RankResult> rank(const std::vector<RankInput>& inputs, const RankingOptions& options) {
  std::vector<RankResult> out;
  out.reserve(inputs.size());
  for (const RankInput& input : inputs) {
    out.push_back(rank_one(input, options));
  }
  if (options.max > 0) {
    const std::vector<std::size_t> order = order_new(out);
    for (std::size_t i = options.max; i < order.size(); ++i) {
      out[order[i]].verdict = Verdict::OverMax;
    }
  }
  return out;
}

std::vector<std::size_t> order_new(const std::vector<RankResult>& results) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (results[i].verdict == Verdict::New) {
      order.push_back(i);
    }
  }
  // Stable: equal scores keep the order of first occurrence in the text.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return results[a].score > results[b].score;
  });
  return order;
}

} // namespace wortkiste::extract
