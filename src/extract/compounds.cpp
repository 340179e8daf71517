#include "extract/compounds.h"

#include "extract/function_words.h"
#include "extract/spelling.h"

namespace wortkiste::extract {

using lexicon::Pos;

namespace {

constexpr std::size_t k_min_head = 3;     // "Amt", "Rat", "Tag"
constexpr std::size_t k_min_modifier = 3; // "Bau", "See"
constexpr int k_max_depth = 3;

// Returns the noun reading of a capitalised part as written ("Kräfte" -> Kraft), if any.
std::optional<Reading> exact_noun_reading(std::string_view part, FormCache& cache) {
  std::optional<Reading> best;
  for (const auto& r : cache.lookup(part)) {
    if (r.pos != Pos::Noun) {
      continue;
    }
    if (!best || (r.rank != 0 && (best->rank == 0 || r.rank < best->rank))) {
      best = r;
    }
  }
  return best;
}

// The same, also for genitives the lexicon lacks: "Amtes" -> Amt ("Landeskriminalamtes").
std::optional<Reading> noun_reading(std::string_view part, FormCache& cache) {
  if (auto r = exact_noun_reading(part, cache)) {
    return r;
  }
  if (ends_with(part, "es") && part.size() > 4) {
    std::string_view stem = part.substr(0, part.size() - 2);
    if (auto r = exact_noun_reading(stem, cache); r && r->lemma == stem) {
      r->features = lexicon::feature::k_genitive | lexicon::feature::k_singular;
      return r;
    }
  }
  return std::nullopt;
}

// Returns true when a byte starts a UTF-8 character (so we never cut "Ü" in half).
bool is_char_start(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Splits a modifier ("Übergangs", "Militärallianz") into known lemmas, appending them to `parts`.
// A modifier is a known noun form, a known noun plus a linking element (-s-, -es-, -n-, -en-,
// -er-, -e-), a verb stem ("Wohn" of wohnen) or an adjective ("Groß"), or a compound of these.
bool split_modifier(std::string_view modifier, FormCache& cache, int depth,
                    std::vector<std::string>& parts) {
  if (modifier.size() < k_min_modifier) {
    return false;
  }
  const std::string cap = capitalize(modifier);
  if (auto r = noun_reading(cap, cache)) {
    parts.emplace_back(r->lemma);
    return true;
  }
  for (std::string_view link : {"s", "es", "n", "en", "er", "e"}) {
    if (modifier.size() > link.size() + k_min_modifier && ends_with(modifier, link)) {
      std::string_view bare = modifier.substr(0, modifier.size() - link.size());
      if (auto r = noun_reading(capitalize(bare), cache)) {
        parts.emplace_back(r->lemma);
        return true;
      }
    }
  }
  const std::string lower = to_lower(modifier);
  if (cache.lexicon().find_lemma(lower, Pos::Adjective)) {
    parts.push_back(cap);
    return true;
  }
  if (lower.size() >= 4 && cache.lexicon().find_lemma(lower + "en", Pos::Verb)) {
    parts.push_back(cap);
    return true;
  }
  // "Nebenfluss", "Gegenangriff", "Zwischenbericht": a preposition as the first part.
  if (lower.size() >= 3 && function_words::is_preposition(lower)) {
    parts.push_back(cap);
    return true;
  }
  // "Selbstbindung": an adverb as the first part.
  if (lower.size() >= 4 && cache.lexicon().find_lemma(lower, Pos::Adverb)) {
    parts.push_back(cap);
    return true;
  }
  if (depth >= k_max_depth) {
    return false;
  }
  // A compound modifier: "Militärallianz" = Militär + Allianz; the shortest left part first.
  for (std::size_t k = k_min_modifier; k + k_min_modifier <= modifier.size(); ++k) {
    if (!is_char_start(modifier[k])) {
      continue;
    }
    std::vector<std::string> left;
    if (!split_modifier(modifier.substr(0, k), cache, depth + 1, left)) {
      continue;
    }
    std::vector<std::string> right;
    if (split_modifier(modifier.substr(k), cache, depth + 1, right)) {
      parts.insert(parts.end(), left.begin(), left.end());
      parts.insert(parts.end(), right.begin(), right.end());
      return true;
    }
  }
  return false;
}

std::optional<CompoundSplit> split_closed(std::string_view form, FormCache& cache) {
  // The longest known head first: "Übergangsplan" tries "bergangsplan", ... down to "Plan".
  for (std::size_t k = k_min_modifier; k + k_min_head <= form.size(); ++k) {
    if (!is_char_start(form[k])) {
      continue;
    }
    const std::string head = capitalize(form.substr(k));
    auto reading = noun_reading(head, cache);
    if (!reading) {
      continue;
    }
    std::vector<std::string> parts;
    if (!split_modifier(form.substr(0, k), cache, 1, parts)) {
      continue;
    }
    CompoundSplit split;
    parts.emplace_back(reading->lemma);
    split.parts = std::move(parts);
    // The lemma keeps the modifier as written and lowercases the head's lemma:
    // "Sicherheits" + "Kraft" -> "Sicherheitskraft".
    split.lemma = std::string(form.substr(0, k)) + to_lower(std::string(reading->lemma));
    split.head = reading->id;
    split.features = reading->features;
    return split;
  }
  return std::nullopt;
}

} // namespace

std::optional<CompoundSplit> split_compound(std::string_view form, FormCache& cache) {
  if (!starts_upper(form) || form.size() < k_min_head + k_min_modifier) {
    return std::nullopt;
  }
  auto dash = form.rfind('-');
  if (dash != std::string_view::npos) {
    // "Zwei-Phasen-Übergangsplan": the parts before the last hyphen stay as written; the last
    // segment is a known noun or a compound itself.
    std::string_view last = form.substr(dash + 1);
    if (last.empty() || !starts_upper(last)) {
      return std::nullopt;
    }
    CompoundSplit split;
    std::size_t start = 0;
    while (start < dash) {
      auto next = form.find('-', start);
      split.parts.emplace_back(form.substr(start, next - start));
      start = next + 1;
    }
    if (auto r = noun_reading(last, cache)) {
      split.parts.emplace_back(r->lemma);
      split.lemma = std::string(form.substr(0, dash + 1)) + std::string(r->lemma);
      split.head = r->id;
      split.features = r->features;
      return split;
    }
    if (auto inner = split_closed(last, cache)) {
      split.parts.insert(split.parts.end(), inner->parts.begin(), inner->parts.end());
      split.lemma = std::string(form.substr(0, dash + 1)) + inner->lemma;
      split.head = inner->head;
      split.features = inner->features;
      return split;
    }
    return std::nullopt;
  }
  return split_closed(form, cache);
}

const std::optional<CompoundSplit>& CompoundSplitter::split(std::string_view form) {
  if (auto it = m_splits.find(form); it != m_splits.end()) {
    return it->second;
  }
  return m_splits.emplace(std::string(form), split_compound(form, m_cache)).first->second;
}

void CompoundSplitter::trim() {
  if (m_splits.size() >= 100000) {
    m_splits.clear();
  }
}

std::string compound_plural(const CompoundSplit& split, std::string_view form,
                            const lexicon::Lexicon& lexicon) {
  const auto head = lexicon.lemma(split.head);
  if (head.plural.empty() || split.lemma.size() < head.text.size()) {
    return {};
  }
  (void)form;
  std::string modifiers = split.lemma.substr(0, split.lemma.size() - head.text.size());
  if (modifiers.empty() || modifiers.back() == '-') {
    return modifiers + std::string(head.plural);
  }
  return modifiers + to_lower(head.plural);
}

} // namespace wortkiste::extract
