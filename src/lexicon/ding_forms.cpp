// Forms that Ding's principal parts give for words Morphy's tables lack: conjugation of verbs
// ("vereinbaren"), comparison of adjectives ("groß | größer | am größten").

#include "lexicon/ding_import.h"
#include "lexicon/sources.h"

#include <array>
#include <string>
#include <string_view>

namespace wortkiste::lexicon {

namespace {

// Returns `s` without its last `n` bytes.
std::string drop(std::string_view s, std::size_t n) {
  return std::string(s.substr(0, s.size() >= n ? s.size() - n : 0));
}

} // namespace

void add_past_paradigm(LexiconModel& model, LemmaId id, const std::string& past,
                       const std::string& particle) {
  namespace f = feature;
  auto add = [&](const std::string& form, std::uint32_t bits) {
    if (particle.empty()) {
      model.add_form(form, id, bits);
    } else {
      model.add_form(form, id, bits, particle);
      model.add_form(particle + form, id, bits);
    }
  };
  const std::uint32_t pst = f::k_past;
  add(past, pst | f::k_singular | f::k_person1 | f::k_person3);
  if (past.ends_with("te")) {
    // Weak: vereinbarte -> vereinbartest, vereinbarten, vereinbartet.
    add(past + "st", pst | f::k_singular | f::k_person2);
    add(past + "n", pst | f::k_plural | f::k_person1 | f::k_person3);
    add(past + "t", pst | f::k_plural | f::k_person2);
  } else {
    // Strong: hing -> hingst, hingen, hingt; las -> lasest; fand -> fandet.
    add(past + (past.ends_with('s') || past.ends_with("ß") ? "est" : "st"),
        pst | f::k_singular | f::k_person2);
    add(past + "en", pst | f::k_plural | f::k_person1 | f::k_person3);
    add(past + (past.ends_with('t') || past.ends_with('d') ? "et" : "t"),
        pst | f::k_plural | f::k_person2);
  }
}

// Conjugates a verb that Morphy lacks from Ding's principal parts ("vereinbaren | vereinbarend |
// vereinbart | vereinbart | vereinbarte"): present from the infinitive stem and the 3rd singular
// (du gibst from er gibt), past from the 3rd singular past (weak: vereinbarte -> vereinbarten,
// vereinbartest; strong: ging -> gingen, gingst). Separable verbs ("kündigt an") get the particle
// as a detached reading and joined forms for subordinate clauses.
void conjugate_from_principal_parts(LexiconModel& model, LemmaId id, const std::string& infinitive,
                                    const std::string& participle1, const std::string& participle2,
                                    const std::string& present3, const std::string& past3) {
  namespace f = feature;
  std::string particle;
  std::string present = present3;
  std::string past = past3;
  if (auto space = present3.find(' '); space != std::string::npos) {
    particle = present3.substr(space + 1);
    present = present3.substr(0, space);
    past = past3.substr(0, past3.find(' '));
    if (particle.find(' ') != std::string::npos || !infinitive.starts_with(particle)) {
      return; // not a plain separable verb; leave it to the glosses
    }
  }
  const std::string rest = infinitive.substr(particle.size()); // kündigen
  if (!rest.ends_with("en") && !rest.ends_with("ern") && !rest.ends_with("eln")) {
    return;
  }
  const std::string stem = rest.ends_with("en") ? drop(rest, 2) : drop(rest, 1); // kündig, wander
  auto add = [&](const std::string& form, std::uint32_t bits) {
    if (particle.empty()) {
      model.add_form(form, id, bits);
    } else {
      model.add_form(form, id, bits, particle);
      model.add_form(particle + form, id, bits);
    }
  };
  model.add_form(infinitive, id, f::k_infinitive);
  model.add_form(participle1, id, f::k_participle1);
  model.add_form(participle2, id, f::k_participle2);
  model.add_form(particle + "zu" + rest, id, f::k_zu_infinitive);
  const std::uint32_t pres = f::k_present;
  add(stem + "e", pres | f::k_singular | f::k_person1);
  // du gibst / du arbeitest / du vereinbarst: from the 3rd person (gibt, arbeitet, vereinbart).
  const std::string second = present.ends_with("et") && !stem.ends_with('e') ? drop(present, 1) + "st"
                             : present.ends_with('t') ? drop(present, 1) + "st"
                                                      : present + "st";
  add(second, pres | f::k_singular | f::k_person2);
  add(present, pres | f::k_singular | f::k_person3);
  add(rest, pres | f::k_plural | f::k_person1 | f::k_person3);
  add(present.ends_with("et") ? present : stem + "t", pres | f::k_plural | f::k_person2);
  add_past_paradigm(model, id, past, particle);
  LemmaDraft& l = model.lemma(id);
  l.separable_prefix = particle;
  l.past = past3;
  l.participle2 = participle2;
  l.auxiliary = perfect_auxiliary(infinitive, particle);
}

// Adds the comparative and superlative Ding gives for an adjective ("groß {adj} | größer | am
// größten") when Morphy's tables lack them.
void add_comparison(LexiconModel& model, LemmaId id, const std::string& comparative,
                    const std::string& superlative_phrase) {
  namespace f = feature;
  constexpr std::array<std::string_view, 5> k_endings = {"e", "en", "em", "er", "es"};
  if (comparative.find(' ') == std::string::npos && !comparative.empty()) {
    model.add_form(comparative, id, f::k_comparative);
    for (auto e : k_endings) {
      model.add_form(comparative + std::string(e), id, f::k_comparative | f::k_inflected);
    }
  }
  // "am größten" -> größt-: größte, größten, größtem, größter, größtes.
  if (superlative_phrase.starts_with("am ") && superlative_phrase.ends_with("en") &&
      superlative_phrase.find(' ', 3) == std::string::npos) {
    const std::string stem = drop(superlative_phrase.substr(3), 2);
    for (auto e : k_endings) {
      model.add_form(stem + std::string(e), id, f::k_superlative | f::k_inflected);
    }
  }
}

} // namespace wortkiste::lexicon
