// wortkiste lookup WORD [--json]: every reading of a word form that the lexicon knows, grouped by
// lemma, with the lemma's gender and plural, principal parts, glosses and frequency rank.

#include "cli/command.h"
#include "core/error.h"
#include "lexicon/lexicon.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace wortkiste::cli {

namespace {

using lexicon::Pos;

constexpr std::size_t k_glosses_shown = 3;

struct Reading {
  std::string form; // the spelling that matched: "Einsätze" or "einsätze"
  lexicon::Analysis analysis;
};

struct LemmaGroup {
  lexicon::LemmaInfo info;
  std::vector<Reading> readings;
};

std::string_view gender_word(lexicon::Gender g) {
  switch (g) {
  case lexicon::Gender::Masculine:
    return "masculine";
  case lexicon::Gender::Feminine:
    return "feminine";
  case lexicon::Gender::Neuter:
    return "neuter";
  case lexicon::Gender::None:
    break;
  }
  return "";
}

std::string_view article(lexicon::Gender g) {
  switch (g) {
  case lexicon::Gender::Masculine:
    return "der ";
  case lexicon::Gender::Feminine:
    return "die ";
  case lexicon::Gender::Neuter:
    return "das ";
  case lexicon::Gender::None:
    break;
  }
  return "";
}

// "der Einsatz, die Einsätze" / "ankündigen – kündigte an – hat angekündigt".
std::string summary(const lexicon::LemmaInfo& l) {
  std::string out;
  if (l.pos == Pos::Noun || l.pos == Pos::ProperNoun) {
    out = std::string(article(l.gender)) + std::string(l.text);
    if (!l.plural.empty()) {
      out += ", die " + std::string(l.plural);
    }
  } else if ((l.pos == Pos::Verb || l.pos == Pos::Auxiliary) && !l.past.empty()) {
    out = std::string(l.reflexive ? "sich " : "") + std::string(l.text) + " – " +
          std::string(l.past);
    if (!l.participle2.empty()) {
      out += " – " + (l.auxiliary.empty() ? std::string() : std::string(l.auxiliary) + " ") +
             std::string(l.participle2);
    }
  }
  return out;
}

std::string reading_text(const Reading& r, const lexicon::LemmaInfo& l) {
  std::string description = lexicon::describe_features(r.analysis.features);
  std::string out;
  if (!r.analysis.detached_particle.empty()) {
    out = "finite part of separable verb " + std::string(l.text) + " (particle: " +
          std::string(r.analysis.detached_particle) + ")";
    if (!description.empty()) {
      out += ": " + description;
    }
  } else {
    out = description.empty() ? std::string("base form") : description;
  }
  return r.form + ": " + out;
}

std::string gloss_text(const lexicon::Gloss& g) {
  std::string out = g.text;
  for (const auto& label : g.labels) {
    out += " " + label;
  }
  return out;
}

} // namespace

void register_lookup(CLI::App& app, GlobalOptions& /*global*/) {
  CLI::App* sub = app.add_subcommand("lookup", "Show what the lexicon knows of a word form");
  auto word = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  sub->add_option("WORD", *word, "A German word form, e.g. Einsätze, kündigten, besser")->required();
  sub->add_flag("--json", *json, "Machine-readable output");
  sub->callback([word, json] {
    const auto lex = lexicon::Lexicon::open_default();
    std::vector<LemmaGroup> groups;
    std::map<lexicon::LemmaId, std::size_t> index;
    const auto variants = lexicon::case_variants(*word);
    for (const auto& v : variants) {
      for (const auto& a : lex.analyses(v)) {
        auto [it, inserted] = index.try_emplace(a.lemma, groups.size());
        if (inserted) {
          groups.push_back(LemmaGroup{lex.lemma(a.lemma), {}});
        }
        groups[it->second].readings.push_back(Reading{v, a});
      }
    }
    // Frequent lemmas first; unranked ones keep the lexicon's order after them.
    std::stable_sort(groups.begin(), groups.end(), [](const LemmaGroup& a, const LemmaGroup& b) {
      const auto ra = a.info.best_rank() == 0 ? UINT32_MAX : a.info.best_rank();
      const auto rb = b.info.best_rank() == 0 ? UINT32_MAX : b.info.best_rank();
      return ra < rb;
    });
    std::vector<lexicon::Gloss> phrase;
    for (const auto& v : variants) {
      if (phrase.empty()) {
        phrase = lex.phrase_glosses(v);
      }
    }
    const std::uint32_t form_rank = lex.form_rank(*word);
    const bool known = !groups.empty() || !phrase.empty();

    if (*json) {
      nlohmann::ordered_json out;
      out["form"] = *word;
      out["known"] = known;
      out["form_rank"] = form_rank;
      out["lemmas"] = nlohmann::ordered_json::array();
      for (const auto& g : groups) {
        const auto& l = g.info;
        nlohmann::ordered_json j;
        j["lemma"] = l.text;
        j["pos"] = lexicon::to_ud(l.pos);
        j["gender"] = lexicon::to_code(l.gender);
        j["plural"] = l.plural;
        j["genitive"] = l.genitive;
        j["separable_prefix"] = l.separable_prefix;
        j["past"] = l.past;
        j["participle2"] = l.participle2;
        j["auxiliary"] = l.auxiliary;
        j["reflexive"] = l.reflexive;
        j["frequency_rank"] = l.frequency_rank;
        j["subtitle_rank"] = l.subtitle_rank;
        j["readings"] = nlohmann::ordered_json::array();
        for (const auto& r : g.readings) {
          nlohmann::ordered_json rj;
          rj["form"] = r.form;
          rj["features"] = lexicon::feature_names(r.analysis.features);
          rj["description"] = lexicon::describe_features(r.analysis.features);
          rj["detached_particle"] = r.analysis.detached_particle;
          j["readings"].push_back(rj);
        }
        j["glosses"] = nlohmann::ordered_json::array();
        for (const auto& gl : lex.glosses(l.id)) {
          j["glosses"].push_back({{"text", gl.text}, {"labels", gl.labels}});
        }
        out["lemmas"].push_back(j);
      }
      out["phrase_glosses"] = nlohmann::ordered_json::array();
      for (const auto& gl : phrase) {
        out["phrase_glosses"].push_back({{"text", gl.text}, {"labels", gl.labels}});
      }
      std::cout << out.dump(2) << '\n';
    } else if (known) {
      std::cout << *word;
      if (form_rank != 0) {
        std::cout << "  (form frequency rank " << form_rank << " in the Wikipedia list)";
      }
      std::cout << '\n';
      for (const auto& g : groups) {
        const auto& l = g.info;
        std::cout << '\n' << l.text << "  " << lexicon::to_ud(l.pos);
        if (!gender_word(l.gender).empty()) {
          std::cout << ", " << gender_word(l.gender);
        }
        if (l.reflexive) {
          std::cout << ", reflexive";
        }
        if (!l.separable_prefix.empty()) {
          std::cout << ", separable (" << l.separable_prefix << "-)";
        }
        if (l.best_rank() != 0) {
          std::cout << "  · frequency rank " << l.best_rank();
        }
        std::cout << '\n';
        if (const std::string s = summary(l); !s.empty()) {
          std::cout << "  " << s << '\n';
        }
        for (const auto& r : g.readings) {
          std::cout << "  • " << reading_text(r, l) << '\n';
        }
        const auto glosses = lex.glosses(l.id);
        for (std::size_t i = 0; i < glosses.size() && i < k_glosses_shown; ++i) {
          std::cout << "  " << (i + 1) << ". " << gloss_text(glosses[i]) << '\n';
        }
      }
      if (!phrase.empty()) {
        std::cout << "\nphrase\n";
        for (std::size_t i = 0; i < phrase.size() && i < k_glosses_shown; ++i) {
          std::cout << "  " << (i + 1) << ". " << gloss_text(phrase[i]) << '\n';
        }
      }
    }
    if (!known) {
      std::string tried;
      for (const auto& v : variants) {
        tried += (tried.empty() ? "" : ", ") + v;
      }
      throw Error("\"" + *word + "\" is not in the lexicon (tried " + tried + ")");
    }
  });
}

} // namespace wortkiste::cli
