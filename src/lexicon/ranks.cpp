#include "lexicon/ranks.h"

#include <algorithm>
#include <cmath>

namespace wortkiste::lexicon {

std::uint32_t RankFit::map(std::uint32_t rank) const {
  if (rank == 0) {
    return 0;
  }
  const double mapped = std::exp(a + b * std::log(static_cast<double>(rank)));
  return static_cast<std::uint32_t>(std::clamp(std::round(mapped), 1.0, 4.0e9));
}

RankFit fit_rank_scale(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& shared) {
  double n = 0;
  double sx = 0;
  double sy = 0;
  double sxx = 0;
  double sxy = 0;
  for (const auto& [from, to] : shared) {
    if (from == 0 || to == 0) {
      continue;
    }
    const double x = std::log(static_cast<double>(from));
    const double y = std::log(static_cast<double>(to));
    n += 1;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  RankFit fit;
  const double var = n * sxx - sx * sx;
  if (n >= 2 && var > 0) {
    fit.b = (n * sxy - sx * sy) / var;
    fit.a = (sy - fit.b * sx) / n;
  }
  return fit;
}

} // namespace wortkiste::lexicon
