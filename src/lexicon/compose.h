#pragma once
// Verbs composed from a particle or prefix and a base verb the lexicon conjugates. Internal to
// lexicon/.

#include "lexicon/ding.h"
#include "lexicon/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wortkiste::lexicon {

// A verb that may be particle + base: "mitkommen". `separable_shown` when a source shows the
// particle apart ("kommt mit"), which ambiguous particles (über, durch, um, unter ...) need.
struct ComposeCandidate {
  std::string verb;
  bool separable_shown = false;
  std::string particle{}; // when a source shows it ("bekannt" of bekanntgegeben); else split by list
};

struct SeparableSplit {
  std::string particle; // "hinzu"
  std::string base;     // "kommen"
};

struct ComposeStats {
  std::size_t separable = 0; // separable verbs composed (new or completed)
  std::size_t corrected = 0; // Morphy verbs whose particle was wrong (herausstellen: "her")
};

// Returns the longest separable particle `verb` starts with and the rest: "herausstellen" ->
// heraus + stellen; ambiguous particles (über, um ...) only with `allow_ambiguous`.
std::optional<SeparableSplit> split_separable(std::string_view verb, bool allow_ambiguous);

// Gives every candidate whose base verb has a full conjugation the composed readings: finite
// forms with the particle detached ("kam" + "mit"), joined for subordinate clauses ("mitkam"),
// infinitive, zu-infinitive ("mitzukommen"), participles ("mitkommend", "mitgekommen").
ComposeStats compose_verbs(LexiconModel& model, const std::vector<ComposeCandidate>& candidates);

// Morphy flags some inseparable verbs as separable: umfassen ("umfasst", never "fasst ... um"),
// übersetzen (mostly "übersetzte", to translate). A verb with an ambiguous particle (um, über,
// unter, durch, wider ...) whose inseparable participle ("umfasst", "übersetzt") is more
// frequent in real text (the model's form ranks) than the separable one ("umgefasst",
// "übergesetzt") is made inseparable: no detached readings, past "umfasste", participle
// "umfasst". übergehen stays separable ("übergegangen" is the more frequent). Returns how many
// verbs were corrected.
std::size_t correct_inseparable_verbs(LexiconModel& model);

// Separable verbs Morphy flags (hasPrefix) in the model, as candidates.
std::vector<ComposeCandidate> morphy_separable_candidates(const LexiconModel& model);

// Verbs whose participle shows a detached particle, which Morphy lists without its separable
// flag: bekanntgeben (bekanntgegeben = bekannt + gegeben), wahrnehmen (wahrgenommen),
// widerspiegeln (widergespiegelt), gutheißen. Without them "gab ... bekannt" is never joined.
std::vector<ComposeCandidate> participle_shown_candidates(const LexiconModel& model);

// particle + base verb where real text (`attested`, lowercase) shows the infinitive,
// zu-infinitive or participle: "mitgekommen" -> mitkommen.
std::vector<ComposeCandidate> attested_candidates(const LexiconModel& model,
                                                  const std::unordered_set<std::string>& attested);

// Ding's verb headwords (the last word of "sich auf etw. zubewegen").
std::vector<ComposeCandidate> ding_candidates(const std::vector<ding::Entry>& entries);

// Verbs that may be inseparable prefix + base: Ding's verbs and attested be-/er-/ver-... verbs.
std::vector<std::string> inseparable_candidates(const LexiconModel& model,
                                                const std::vector<ComposeCandidate>& ding,
                                                const std::unordered_set<std::string>& attested);

// Adds the verbs of `verbs` the model lacks that are inseparable prefix + known verb:
// "erstrahlen" from strahlen (erstrahlte, erstrahlt). Returns how many.
std::size_t compose_inseparable(LexiconModel& model, const std::vector<std::string>& verbs);

} // namespace wortkiste::lexicon
