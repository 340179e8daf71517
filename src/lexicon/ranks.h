#pragma once
// One frequency scale for the two zxcvbn word lists. Internal to lexicon/.
//
// @zxcvbn-ts/language-de files most everyday words under one list only: "tag", "haus",
// "gehen", "liebe" are in the subtitle list (commonWords, 12,558 words) and missing from the
// Wikipedia list (64,709 words). A lemma's subtitle rank counts among far fewer lemmas than its
// Wikipedia rank, so the two are put on one scale before a learner's level bands compare them.

#include <cstdint>
#include <utility>
#include <vector>

namespace wortkiste::lexicon {

// A monotone map between two rank scales: log(to) = a + b * log(from).
struct RankFit {
  double a = 0;
  double b = 1;
  // Returns `rank` on the target scale (at least 1); 0 stays 0 (unranked).
  std::uint32_t map(std::uint32_t rank) const;
};

// Fits the map by least squares over items ranked on both scales, given as (from, to) pairs: no
// constant is chosen by hand. Fewer than two distinct pairs give the identity.
RankFit fit_rank_scale(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& shared);

} // namespace wortkiste::lexicon
