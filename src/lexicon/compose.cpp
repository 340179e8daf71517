// Verbs composed from a particle or prefix and a base verb whose conjugation the lexicon has:
// separable verbs (mitkommen from kommen: "kam ... mit", "mitkam", "mitzukommen", "mitgekommen")
// and inseparable ones (erstrahlen from strahlen: "erstrahlte", "erstrahlt").

#include "lexicon/compose.h"

#include "lexicon/sources.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace wortkiste::lexicon {

namespace f = feature;

namespace {

// Particles that are always separable: "an" (kam an), "hinzu" (kam hinzu), "zurück" (kam zurück).
// The longest match wins, so that "herausstellen" splits as heraus|stellen, not her|ausstellen.
constexpr std::array k_separable = std::to_array<std::string_view>({
    "überein", "hinterher", "gegenüber", "zusammen", "entgegen", "herunter", "hinunter", "vorüber", "hinüber",
    "herüber", "zurecht", "voraus", "vorbei", "vorher", "heraus", "herein", "herauf", "heran",
    "herbei", "herum", "hervor", "hinaus", "hinein", "hinauf", "hinab", "hinweg", "hinzu",
    "herab", "voran", "zurück", "weiter", "nieder", "daran", "darauf", "davon", "dazu", "dabei",
    "dagegen", "daher", "empor", "bereit", "kaputt", "übrig", "offen", "statt", "heim", "fest",
    "fort", "frei", "fehl", "fern", "hoch", "klar", "teil", "los", "weg", "mit", "nach", "vor",
    "auf", "aus", "bei", "ein", "her", "hin", "dar", "an", "ab", "zu", "kennen", "spazieren",
    "schwarz", "aufeinander", "auseinander", "beieinander", "durcheinander", "gegeneinander",
    "hintereinander", "nebeneinander", "übereinander", "untereinander", "voneinander",
    "zueinander", "zugrunde", "inne", "zustande"});

// Particles that are separable in some verbs and inseparable in others: "übergehen" is both
// ("geht über" / "übergeht"), "unterrichten" only inseparable, "umfallen" only separable. They
// count as separable only where Morphy or Ding show the detached particle.
constexpr std::array k_ambiguous = std::to_array<std::string_view>(
    {"hinter", "durch", "wieder", "wider", "unter", "über", "voll", "um", "miss"});

// Inseparable prefixes: "erstrahlen" (erstrahlte, erstrahlt: no ge-), "verdenken", "zerbrechen".
constexpr std::array k_inseparable =
    std::to_array<std::string_view>({"be", "emp", "ent", "er", "ge", "miss", "ver", "zer"});

bool is_lower_word(std::string_view s) {
  return !s.empty() && ((s[0] >= 'a' && s[0] <= 'z') || static_cast<unsigned char>(s[0]) == 0xC3) &&
         s.find_first_of(" /-.0123456789") == std::string_view::npos;
}

// A verb lemma and the forms it has without a detached particle.
struct BaseVerb {
  LemmaId id = 0;
  std::vector<std::pair<std::string, std::uint32_t>> forms;
};

} // namespace

std::optional<SeparableSplit> split_separable(std::string_view verb, bool allow_ambiguous) {
  auto try_list = [&](auto& list) -> std::optional<SeparableSplit> {
    std::optional<SeparableSplit> longest;
    for (auto p : list) {
      // The base has three letters at least: "antun", "wehtun", "zusammentun" (tun).
      if (!p.empty() && verb.size() >= p.size() + 3 && verb.starts_with(p) &&
          (!longest || p.size() > longest->particle.size())) {
        longest = SeparableSplit{std::string(p), std::string(verb.substr(p.size()))};
      }
    }
    return longest;
  };
  // Try the longest particle first across both lists: "überein" before "über".
  std::optional<SeparableSplit> best = try_list(k_separable);
  if (allow_ambiguous) {
    if (auto amb = try_list(k_ambiguous); amb && (!best || amb->particle.size() > best->particle.size())) {
      best = amb;
    }
  }
  return best;
}

namespace {

// Every verb lemma's own forms (no detached particle), gathered in one pass.
std::unordered_map<LemmaId, BaseVerb> verb_forms(const LexiconModel& model) {
  std::unordered_map<LemmaId, BaseVerb> bases;
  for (const auto& [form, list] : model.forms()) {
    for (const auto& a : list) {
      if (a.particle.empty() && model.lemma(a.lemma).pos == Pos::Verb) {
        auto& b = bases[a.lemma];
        b.id = a.lemma;
        b.forms.emplace_back(form, a.features);
      }
    }
  }
  return bases;
}

} // namespace

ComposeStats compose_verbs(LexiconModel& model, const std::vector<ComposeCandidate>& candidates) {
  ComposeStats stats;
  const auto bases = verb_forms(model);
  auto base_of = [&](const std::string& text) -> const BaseVerb* {
    const auto id = model.find_lemma(text, Pos::Verb);
    // "weg sein", "da sein" are written apart since 1996: no composed verbs on sein and werden.
    // On haben there are real ones: innehaben ("hatte den Vorsitz inne"), teilhaben.
    if (text == "sein" || text == "werden") {
      return nullptr;
    }
    if (!id || !model.lemma(*id).separable_prefix.empty()) {
      return nullptr; // "wiederaufnehmen" = wieder + aufnehmen: one level only
    }
    const auto it = bases.find(*id);
    // A base with its whole conjugation: past and participle known.
    if (it == bases.end() || model.lemma(*id).past.empty() || model.lemma(*id).participle2.empty()) {
      return nullptr;
    }
    return &it->second;
  };

  std::unordered_set<std::string> done;
  std::vector<std::pair<LemmaId, std::string>> wrong_particles; // herausstellen: Morphy's "her"
  for (const auto& c : candidates) {
    if (!done.insert(c.verb).second) {
      continue;
    }
    const auto split = c.particle.empty()
                           ? split_separable(c.verb, c.separable_shown)
                           : std::optional<SeparableSplit>(SeparableSplit{
                                 c.particle, c.verb.substr(c.particle.size())});
    if (!split) {
      continue;
    }
    const BaseVerb* base = base_of(split->base);
    if (base == nullptr) {
      continue;
    }
    const LemmaId id = model.add_lemma(c.verb, Pos::Verb);
    LemmaDraft& draft = model.lemma(id);
    const std::string& p = split->particle;
    if (!draft.separable_prefix.empty() && draft.separable_prefix.size() >= p.size() &&
        draft.separable_prefix != p) {
      continue; // Morphy knows a longer particle ("voran" where we would split "vor")
    }
    if (!draft.separable_prefix.empty() && draft.separable_prefix != p) {
      // Morphy's herausstellen: "ausstellt her". Its particle is wrong; the composed forms stand.
      wrong_particles.emplace_back(id, draft.separable_prefix);
      ++stats.corrected;
    }
    const LemmaDraft base_draft = model.lemma(base->id);
    const bool is_new = draft.past.empty();
    // Copy: add_form may rehash the form table the base's list points into.
    const auto forms = base->forms;
    for (const auto& [form, features] : forms) {
      if ((features & f::k_finite) != 0) {
        // "Sie kam mit": the finite verb with its particle at the clause end; imperative "Komm mit!".
        model.add_form(form, id, features & ~(f::k_infinitive | f::k_zu_infinitive | f::k_participle1 |
                                              f::k_participle2), p);
        if ((features & (f::k_finite & ~f::k_imperative)) != 0) {
          // "..., weil sie mitkam": joined in a subordinate clause.
          model.add_form(p + form, id, features & ~f::k_imperative);
        }
      }
      if ((features & f::k_infinitive) != 0) {
        model.add_form(p + form, id, f::k_infinitive | (features & (f::k_present | f::k_person1 |
                                                                     f::k_person3 | f::k_plural |
                                                                     f::k_old_spelling)));
        // "mitzukommen": zu between particle and verb.
        model.add_form(p + "zu" + form, id, f::k_zu_infinitive | (features & f::k_old_spelling));
      }
      if ((features & f::k_participle1) != 0) {
        model.add_form(p + form, id, features & (f::k_participle1 | f::k_old_spelling)); // mitkommend
      }
      if ((features & f::k_participle2) != 0) {
        model.add_form(p + form, id, features & (f::k_participle2 | f::k_old_spelling)); // mitgekommen
      }
    }
    model.add_form(c.verb, id, f::k_infinitive);
    LemmaDraft& d = model.lemma(id);
    d.separable_prefix = p;
    if (is_new || (!wrong_particles.empty() && wrong_particles.back().first == id)) {
      d.past = base_draft.past + " " + p;                      // "kam mit"
      d.participle2 = p + base_draft.participle2;             // "mitgekommen"
      d.auxiliary = perfect_auxiliary(c.verb, p);
      if (d.auxiliary == "hat" && base_draft.auxiliary == "ist") {
        d.auxiliary = "ist"; // mitkommen like kommen: "ist mitgekommen"
      }
    }
    if (!d.past.ends_with(" " + p) && !base_draft.past.empty()) {
      // Morphy conjugates darstellen without its prefix flag, past "darstellte"; a main clause
      // says "sie stellte dar", and that is the principal part a learner needs.
      d.past = base_draft.past + " " + p;
    }
    if (base_draft.participle2.starts_with("ge") && d.participle2 != p + base_draft.participle2) {
      // Morphy's übergehen is separable ("geht über") with the inseparable participle
      // "übergangen"; a separable lemma shows the separable one: "übergegangen".
      d.participle2 = p + base_draft.participle2;
    }
    ++stats.separable;
  }
  if (!wrong_particles.empty()) {
    for (auto& [form, list] : model.forms()) {
      std::erase_if(list, [&](const AnalysisDraft& a) {
        return !a.particle.empty() &&
               std::any_of(wrong_particles.begin(), wrong_particles.end(), [&](const auto& w) {
                 return w.first == a.lemma && w.second == a.particle;
               });
      });
    }
  }
  return stats;
}

std::size_t correct_inseparable_verbs(LexiconModel& model) {
  auto has_participle = [&](const std::string& form, LemmaId id) {
    const auto* list = model.analyses(form);
    return list != nullptr && std::any_of(list->begin(), list->end(), [&](const AnalysisDraft& a) {
             return a.lemma == id && (a.features & f::k_participle2) != 0;
           });
  };
  std::unordered_set<LemmaId> corrected;
  for (LemmaId id = 0; id < model.lemmas().size(); ++id) {
    const LemmaDraft& l = model.lemma(id);
    const std::string p = l.separable_prefix;
    if (l.pos != Pos::Verb || p.empty() ||
        std::find(k_ambiguous.begin(), k_ambiguous.end(), p) == k_ambiguous.end()) {
      continue;
    }
    const auto base = model.find_lemma(l.text.substr(p.size()), Pos::Verb);
    if (!base) {
      continue;
    }
    const LemmaDraft& b = model.lemma(*base);
    if (b.past.empty() || !b.participle2.starts_with("ge")) {
      continue;
    }
    const std::string inseparable = p + b.participle2.substr(2); // "umfasst", "übersetzt"
    const std::string separable = p + b.participle2;             // "umgefasst", "übergesetzt"
    // "übergegangen" is more frequent than "übergangen": übergehen stays separable.
    if ((l.participle2 != inseparable && !has_participle(inseparable, id)) ||
        model.text_rank(inseparable) >= model.text_rank(separable)) {
      continue;
    }
    corrected.insert(id);
    LemmaDraft& d = model.lemma(id);
    d.separable_prefix.clear();
    d.past = p + b.past; // "umfasste"
    d.participle2 = inseparable;
  }
  if (!corrected.empty()) {
    for (auto& [form, list] : model.forms()) {
      std::erase_if(list, [&](const AnalysisDraft& a) {
        return !a.particle.empty() && corrected.contains(a.lemma);
      });
    }
  }
  return corrected.size();
}

std::vector<ComposeCandidate> morphy_separable_candidates(const LexiconModel& model) {
  std::vector<ComposeCandidate> out;
  for (const auto& l : model.lemmas()) {
    if (l.pos == Pos::Verb && !l.separable_prefix.empty()) {
      out.push_back(ComposeCandidate{l.text, true});
    }
  }
  return out;
}

std::vector<ComposeCandidate> participle_shown_candidates(const LexiconModel& model) {
  std::vector<ComposeCandidate> out;
  for (const auto& l : model.lemmas()) {
    if (l.pos != Pos::Verb || !l.separable_prefix.empty() || l.participle2.size() < 6 ||
        !is_lower_word(l.text)) {
      continue;
    }
    // "bekanntgegeben": every split bekannt|geben whose base participle "gegeben" follows the
    // particle in the verb's own participle. Inseparable prefixes never do (be|gegeben).
    // Left out: a base in -ieren, whose participle has no ge- ("re|generiert" is no particle);
    // a verb as particle ("bleibt stehen": two verbs, stehen bleiben); and adverbs that end
    // clauses on their own ("Nimm das mal", "Ich komme gleich", "Mach halt"), where malnehmen,
    // gleichkommen or haltmachen would be wrong far more often than right.
    // Pronominal adverbs too ("Er kann nichts dafür" is no dafürkönnen, "sprach darüber" no
    // verb), and "zustande", which is written apart: "kam zustande" is zustande kommen.
    static constexpr std::array<std::string_view, 8> k_clause_final_adverbs = {
        "mal", "halt", "hier", "gleich", "gar", "neu", "lang", "zustande"};
    auto pronominal = [](std::string_view p) {
      return (p.starts_with("da") || p.starts_with("dr")) &&
             std::find(k_separable.begin(), k_separable.end(), p) == k_separable.end();
    };
    for (std::size_t k = 2; k + 4 <= l.text.size(); ++k) {
      const std::string particle = l.text.substr(0, k);
      const std::string base = l.text.substr(k);
      if (std::find(k_inseparable.begin(), k_inseparable.end(), particle) != k_inseparable.end() ||
          std::find(k_clause_final_adverbs.begin(), k_clause_final_adverbs.end(), particle) !=
              k_clause_final_adverbs.end() ||
          pronominal(particle) || !l.participle2.starts_with(particle) ||
          base.ends_with("ieren") ||
          (particle.ends_with("en") && model.find_lemma(particle, Pos::Verb))) {
        continue;
      }
      const auto base_id = model.find_lemma(base, Pos::Verb);
      if (!base_id) {
        continue;
      }
      const std::string& base_participle = model.lemma(*base_id).participle2;
      if (base_participle.starts_with("ge") && l.participle2 == particle + base_participle) {
        out.push_back(ComposeCandidate{l.text, true, particle});
        break;
      }
    }
  }
  return out;
}

std::vector<ComposeCandidate> attested_candidates(const LexiconModel& model,
                                                  const std::unordered_set<std::string>& attested) {
  std::vector<ComposeCandidate> out;
  // The frequency lists are lowercase: "festtagen" there is mostly "Festtagen", the dative
  // plural of Festtag, and no verb. A spelling that capitalised is an inflected form of another
  // noun proves nothing.
  auto capitalized = [](const std::string& lower) {
    std::string cap = lower;
    if (cap[0] >= 'a' && cap[0] <= 'z') {
      cap[0] = static_cast<char>(cap[0] - 32);
    } else if (cap.size() > 1 && static_cast<unsigned char>(cap[0]) == 0xC3) {
      cap[1] = static_cast<char>(cap[1] - 0x20); // ä ö ü -> Ä Ö Ü
    }
    return cap;
  };
  auto noun_form = [&](const std::string& lower) {
    const std::string cap = capitalized(lower);
    if (const auto* list = model.analyses(cap)) {
      for (const auto& a : *list) {
        const LemmaDraft& l = model.lemma(a.lemma);
        if (l.pos == Pos::Noun && l.text != cap) {
          return true;
        }
      }
    }
    return false;
  };
  for (const auto& l : model.lemmas()) {
    if (l.pos != Pos::Verb || !l.separable_prefix.empty() || l.participle2.empty() ||
        !is_lower_word(l.text) || !l.text.ends_with('n')) {
      continue;
    }
    for (auto p : k_separable) {
      if (p.empty()) {
        continue;
      }
      const std::string particle(p);
      // "mitkommen", "mitzukommen", "mitgekommen" seen in real text: mitkommen is a verb.
      // The participle counts only where it has ge- of its own: "ausgestattet" is ausstatten,
      // not aus + gestatten (gestattet).
      const bool own_ge = l.participle2.starts_with("ge") && !l.text.starts_with("ge");
      const std::string infinitive = particle + l.text;
      // The infinitive alone is weak evidence, since the lists are lowercase ("festtagen" is
      // "Festtagen"): it counts with a second spelling, or where no noun has that form.
      const bool participle = own_ge && attested.contains(particle + l.participle2);
      const bool zu_infinitive = attested.contains(particle + "zu" + l.text);
      const bool infinitive_seen = attested.contains(infinitive);
      if (participle || zu_infinitive || (infinitive_seen && !noun_form(infinitive) &&
                                           model.analyses(capitalized(infinitive)) == nullptr &&
                                           attested.contains(particle + l.past))) {
        out.push_back(ComposeCandidate{particle + l.text, false});
      }
    }
  }
  return out;
}

std::vector<ComposeCandidate> ding_candidates(const std::vector<ding::Entry>& entries) {
  std::vector<ComposeCandidate> out;
  for (const auto& entry : entries) {
    if (entry.senses.empty()) {
      continue;
    }
    const auto& head = entry.senses[0].german;
    for (std::size_t alt = 0; alt < head.size(); ++alt) {
      const auto& term = head[alt];
      if (!(term.has_tag("vt") || term.has_tag("vi") || term.has_tag("vr") || term.has_tag("v"))) {
        continue;
      }
      // "sich auf etw. zubewegen", "im Lichterglanz erstrahlen": the verb is the last word.
      const std::size_t space = term.text.rfind(' ');
      const std::string verb = space == std::string::npos ? term.text : term.text.substr(space + 1);
      if (!is_lower_word(verb) || !verb.ends_with('n')) {
        continue;
      }
      // "hinzukommen {vi} | hinzukommend | hinzugekommen | kommt hinzu": the 3rd person shows
      // the particle apart, which settles "übergehen" (geht über) against "übersetzen" (übersetzt).
      // The particle shown is taken as it stands, also where no list has it: "für etw.
      // geradestehen | ... | steht gerade" (Dafür steht die Firma gerade).
      bool shown = false;
      std::string particle;
      if (entry.senses.size() > 3 && alt < entry.senses[3].german.size()) {
        const std::string& present = entry.senses[3].german[alt].text;
        const std::size_t last = present.rfind(' ');
        shown = last != std::string::npos && verb.starts_with(present.substr(last + 1)) &&
                present.size() > last + 1;
        if (shown && is_lower_word(present.substr(last + 1)) &&
            verb.size() >= present.size() - last - 1 + 3) {
          particle = present.substr(last + 1);
        }
      }
      out.push_back(ComposeCandidate{verb, shown, particle});
    }
  }
  return out;
}

std::vector<std::string> inseparable_candidates(const LexiconModel& model,
                                                const std::vector<ComposeCandidate>& ding,
                                                const std::unordered_set<std::string>& attested) {
  std::vector<std::string> out;
  for (const auto& c : ding) {
    out.push_back(c.verb);
  }
  for (const auto& l : model.lemmas()) {
    if (l.pos != Pos::Verb || !l.separable_prefix.empty() || !l.participle2.starts_with("ge") ||
        !is_lower_word(l.text)) {
      continue;
    }
    // "erstrahlen" in real text: er + strahlen. Not "ge" + verb, which spells participles
    // (gelaufen).
    for (std::string_view prefix : {"be", "emp", "ent", "er", "ver", "zer"}) {
      const std::string verb = std::string(prefix) + l.text;
      if (attested.contains(verb)) {
        out.push_back(verb);
      }
    }
  }
  return out;
}

std::size_t compose_inseparable(LexiconModel& model, const std::vector<std::string>& verbs) {
  std::size_t added = 0;
  const auto bases = verb_forms(model);
  for (const auto& verb : verbs) {
    if (model.find_lemma(verb, Pos::Verb)) {
      continue;
    }
    for (auto prefix : k_inseparable) {
      if (!verb.starts_with(prefix) || verb.size() < prefix.size() + 4) {
        continue;
      }
      const std::string base = verb.substr(prefix.size());
      const auto base_id = model.find_lemma(base, Pos::Verb);
      if (!base_id || !model.lemma(*base_id).separable_prefix.empty() ||
          !model.lemma(*base_id).participle2.starts_with("ge")) {
        continue;
      }
      const auto it = bases.find(*base_id);
      if (it == bases.end()) {
        continue;
      }
      const auto forms = it->second.forms;
      const LemmaDraft base_draft = model.lemma(*base_id);
      const LemmaId id = model.add_lemma(verb, Pos::Verb);
      const std::string p(prefix);
      for (const auto& [form, features] : forms) {
        if ((features & f::k_participle2) != 0 && form.starts_with("ge")) {
          // "gestrahlt" -> "erstrahlt": inseparable prefixes take no ge-.
          model.add_form(p + form.substr(2), id, features & (f::k_participle2 | f::k_old_spelling));
          // The same spelling is the 3rd singular present where the base's is (strahlt).
          continue;
        }
        if ((features & (f::k_finite | f::k_infinitive | f::k_participle1)) != 0) {
          model.add_form(p + form, id, features);
        }
      }
      model.add_form(verb, id, f::k_infinitive);
      LemmaDraft& d = model.lemma(id);
      d.past = p + base_draft.past;                              // "erstrahlte"
      d.participle2 = p + base_draft.participle2.substr(2);      // "erstrahlt"
      // The whole verb's own auxiliary, not the base's: "ist gelangt" (langen: hat gelangt),
      // "hat bekommen" (kommen: ist gekommen).
      d.auxiliary = perfect_auxiliary(verb, "");
      ++added;
      break;
    }
  }
  return added;
}

} // namespace wortkiste::lexicon
