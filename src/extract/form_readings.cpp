#include "extract/form_readings.h"

#include "extract/spelling.h"

namespace wortkiste::extract {

bool FormReadings::has(const std::vector<Reading>& readings, lexicon::Pos pos) {
  for (const auto& r : readings) {
    if (r.pos == pos) {
      return true;
    }
  }
  return false;
}

const std::vector<Reading>& FormCache::lookup(std::string_view form) {
  if (auto it = m_exact.find(form); it != m_exact.end()) {
    return it->second;
  }
  return m_exact.emplace(std::string(form), read(form)).first->second;
}

void FormCache::trim() {
  if (m_cache.size() >= k_max_entries) {
    m_cache.clear();
  }
  if (m_exact.size() >= k_max_entries) {
    m_exact.clear();
  }
}

std::vector<Reading> FormCache::read(std::string_view form) const {
  std::vector<Reading> out;
  for (const auto& a : m_lexicon.analyses(form)) {
    const auto info = m_lexicon.lemma(a.lemma);
    Reading r;
    r.lemma = info.text;
    r.id = a.lemma;
    r.pos = a.pos;
    r.features = a.features;
    r.particle = a.detached_particle;
    // zxcvbn keeps each word in one list only: everyday verbs ("denken") sit in the subtitle
    // list and have no Wikipedia rank. For verbs the subtitle rank then stands in, so "dachte"
    // goes to denken and not to the rare dachen. (For nouns and adjectives it costs more than it
    // gains on GSD dev: Essen -> Esse, lecker -> leck.)
    r.rank = info.frequency_rank != 0 || a.pos != lexicon::Pos::Verb ? info.frequency_rank
                                                                       : info.subtitle_rank;
    r.reflexive = info.reflexive;
    out.push_back(r);
  }
  return out;
}

const FormReadings& FormCache::get(std::string_view form) {
  if (auto it = m_cache.find(form); it != m_cache.end()) {
    return it->second;
  }
  FormReadings fr;
  fr.as_written = read(form);
  std::string other = starts_upper(form) ? to_lower(form) : capitalize(form);
  if (other != form) {
    fr.other_case = read(other);
  }
  // "USA", "ISIS": all capitals may also be a shouted ordinary word ("HEUTE").
  if (is_all_caps(form) && fr.as_written.empty() && fr.other_case.empty()) {
    fr.other_case = read(title_case(form));
  }
  fr.form_rank = m_lexicon.form_rank(to_lower(form));
  return m_cache.emplace(std::string(form), std::move(fr)).first->second;
}

} // namespace wortkiste::extract
