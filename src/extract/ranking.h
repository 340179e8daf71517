#pragma once
// How useful a candidate lemma is to this learner, from its frequency rank in the lexicon
// (1 = most frequent), how often the text uses it, and what the learner already knows.
//
// Levels map to frequency bands of lemma ranks (the zxcvbn-ts Wikipedia list aggregated from
// forms to lemmas; news words rank high there: Einsatz 281, Truppe 612, ankündigen 5,101).
// Below the band the words count as known; above it they wait for a later level:
//
//   level      known (rank <=)   waits (rank >)   e.g. new at this level
//   A1                 0             1,500        Jahr, Land, Ende, Einsatz
//   A2               100             3,000        Gruppe, Einsatz, angreifen, beenden
//   B1               300             6,000        Truppe, darstellen, ankündigen, Koalition
//   B2               800            15,000        angreifen, vorgehen, Sicherheitskraft
//   C1             2,000            40,000        abmildern, rechtfertigen
//   C2             5,000          unlimited       everything rarer
//   (none)           200          unlimited       the default without --level
//
// Lemmas without a rank (rare words, unknown compounds, multiword expressions) are never counted
// as known; they rank after ranked words of the same count, and wait only at A1 and A2, unless
// the text uses them at least twice.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::extract {

enum class Level : std::uint8_t { A1, A2, B1, B2, C1, C2 };

// Returns the level for "A1".."C2" (any case), or nullopt.
std::optional<Level> parse_level(std::string_view text);
// Returns "A1".."C2".
std::string_view to_string(Level level);

struct FrequencyBand {
  std::uint32_t known_up_to = 0;  // ranks 1..known_up_to count as known
  std::uint32_t waits_above = 0;  // ranks above this wait; 0 = nothing waits
  bool unranked_waits = false;    // lemmas without a rank wait (beginners)
};

// Returns the band of `level` (the table above); nullopt gives the default band.
FrequencyBand band_for(std::optional<Level> level);

// Returns the level a lemma of `rank` is typically learnt at: the first level whose band does
// not let it wait ("B1" for ankündigen, rank 5,101). Rank 0 (unranked) gives "C2".
Level level_of_rank(std::uint32_t rank);

struct RankingOptions {
  std::optional<Level> level; // nullopt: the default band
  // --known-below-rank N: the N most frequent lemmas count as known (overrides the band's lower
  // bound when given).
  std::optional<std::uint32_t> known_below_rank;
  std::size_t max = 0; // keep the best N (0 = all)
};

// What ranking needs to know of a candidate.
struct RankInput {
  std::string lemma;
  std::uint32_t frequency_rank = 0; // 0 = not ranked
  std::size_t count = 0;            // occurrences in this text
  bool known = false;               // in the learner's known words
  bool in_collection = false;       // a note for (lemma, pos) exists already
  bool has_gloss = true;            // a card without a meaning is less useful
  bool has_example = true;          // false when seen only in headlines and bylines
};

enum class Verdict : std::uint8_t {
  New,          // becomes a note
  Known,        // in the learner's known words
  TooCommon,    // inside the known frequency band
  TooRare,      // above the band: waits for a later level
  InCollection, // already a note
  OverMax,      // beyond --max
  NoExample,    // seen only in headlines or bylines ("Lesezeit: 1 Minute"): no sentence to learn from
};

// Returns "new", "known", "too common", "too rare", "in collection", "over max", "no example".
std::string_view to_string(Verdict verdict);

struct RankResult {
  Verdict verdict = Verdict::New;
  double score = 0;   // higher = more useful; comparable within one call
  std::string reason; // "rank 2,345 (B2), 3× in text"
};

// Returns the verdict and score of one candidate under `options` (ignoring --max).
RankResult rank_one(const RankInput& input, const RankingOptions& options);

// Returns one result per input (same order), with --max applied: only the `max` best-scoring New
// ones stay New, the rest become OverMax.
std::vector<RankResult> rank(const std::vector<RankInput>& inputs, const RankingOptions& options);

// Returns the indexes of `results` that are New, best first.
std::vector<std::size_t> order_new(const std::vector<RankResult>& results);

// Returns true when a lemma of `rank` is treated as known under `options` (used to count the
// unknown words of an example sentence).
bool counts_as_known(std::uint32_t rank, const RankingOptions& options);

} // namespace wortkiste::extract
