// Writing lexicon.wkl from the in-memory model (layout in format.h).

#include "core/error.h"
#include "lexicon/format.h"
#include "lexicon/model.h"
#include "lexicon/sources.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace wortkiste::lexicon {

LemmaId LexiconModel::add_lemma(const std::string& text, Pos pos) {
  auto [it, inserted] = m_lemma_ids.try_emplace({text, pos}, static_cast<LemmaId>(m_lemmas.size()));
  if (inserted) {
    LemmaDraft draft;
    draft.text = text;
    draft.pos = pos;
    m_lemmas.push_back(std::move(draft));
  }
  return it->second;
}

void LexiconModel::rename_lemma(LemmaId id, const std::string& text) {
  LemmaDraft& l = m_lemmas[id];
  m_lemma_ids.erase({l.text, l.pos});
  l.text = text;
  m_lemma_ids.emplace(std::pair{text, l.pos}, id);
}

std::optional<LemmaId> LexiconModel::find_lemma(const std::string& text, Pos pos) const {
  if (auto it = m_lemma_ids.find({text, pos}); it != m_lemma_ids.end()) {
    return it->second;
  }
  return std::nullopt;
}

void LexiconModel::add_form(const std::string& form, LemmaId lemma, std::uint32_t features,
                            const std::string& particle) {
  if (form.empty()) {
    return;
  }
  auto& list = m_forms[form];
  for (auto& a : list) {
    if (a.lemma == lemma && a.particle == particle) {
      a.features |= features;
      return;
    }
  }
  list.push_back(AnalysisDraft{lemma, features, particle});
}

std::uint32_t LexiconModel::text_rank(const std::string& form) const {
  const auto it = ranks.find(lower_german(form));
  if (it == ranks.end()) {
    return UINT32_MAX;
  }
  const std::uint32_t wiki = it->second.rank == 0 ? UINT32_MAX : it->second.rank;
  const std::uint32_t subtitle = it->second.subtitle_rank == 0 ? UINT32_MAX : it->second.subtitle_rank;
  return std::min(wiki, subtitle);
}

const std::vector<AnalysisDraft>* LexiconModel::analyses(const std::string& form) const {
  auto it = m_forms.find(form);
  return it == m_forms.end() ? nullptr : &it->second;
}

namespace {

class StringPool {
public:
  StringPool() { add(""); }
  std::uint32_t add(std::string_view s) {
    if (s.size() > 0xffff) {
      s = s.substr(0, 0xffff);
    }
    auto [it, inserted] = m_offsets.try_emplace(std::string(s), static_cast<std::uint32_t>(m_bytes.size()));
    if (inserted) {
      m_bytes.push_back(static_cast<char>(s.size() & 0xff));
      m_bytes.push_back(static_cast<char>(s.size() >> 8));
      m_bytes.append(s);
    }
    return it->second;
  }
  const std::string& bytes() const { return m_bytes; }

private:
  std::string m_bytes;
  std::unordered_map<std::string, std::uint32_t> m_offsets;
};

template <typename T> void append(std::string& out, const T& value) {
  const auto* p = reinterpret_cast<const char*>(&value);
  out.append(p, sizeof(T));
}

std::size_t next_power_of_two(std::size_t n) {
  std::size_t p = 1;
  while (p < n) {
    p <<= 1;
  }
  return p;
}

// Builds the slot array for `keys` (record i has key keys[i]); load factor at most 1/2.
std::string hash_slots(const std::vector<std::string_view>& keys) {
  const std::size_t n = next_power_of_two(std::max<std::size_t>(2, keys.size() * 2));
  std::vector<format::Slot> slots(n);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint64_t h = format::hash(keys[i]);
    std::size_t s = static_cast<std::size_t>(h) & (n - 1);
    while (slots[s].record != 0) {
      s = (s + 1) & (n - 1);
    }
    slots[s] = {static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(i + 1)};
  }
  std::string out(n * sizeof(format::Slot), '\0');
  std::memcpy(out.data(), slots.data(), out.size());
  return out;
}

std::string labels_joined(const std::vector<std::string>& labels) {
  std::string out;
  for (const auto& l : labels) {
    if (!out.empty()) {
      out += '\x1f';
    }
    out += l;
  }
  return out;
}

} // namespace

std::size_t write_lexicon(const LexiconModel& model, const std::filesystem::path& path) {
  StringPool pool;
  std::array<std::string, format::k_section_count> sections;

  // Glosses of lemmas, then of phrases, each a run.
  std::string& glosses = sections[format::k_glosses];
  std::uint32_t gloss_count = 0;
  auto add_glosses = [&](const std::vector<Gloss>& list) {
    const std::uint32_t first = gloss_count;
    for (const auto& g : list) {
      append(glosses, format::GlossRecord{pool.add(g.text), pool.add(labels_joined(g.labels))});
      ++gloss_count;
    }
    return first;
  };

  std::vector<std::string_view> lemma_keys;
  for (const auto& l : model.lemmas()) {
    format::LemmaRecord r;
    r.text = pool.add(l.text);
    r.plural = pool.add(l.plural);
    r.genitive = pool.add(l.genitive);
    r.separable_prefix = pool.add(l.separable_prefix);
    r.past = pool.add(l.past);
    r.participle2 = pool.add(l.participle2);
    r.auxiliary = pool.add(l.auxiliary);
    r.frequency_rank = l.frequency_rank;
    r.subtitle_rank = l.subtitle_rank;
    r.first_gloss = add_glosses(l.glosses);
    r.gloss_count = static_cast<std::uint32_t>(l.glosses.size());
    r.pos = static_cast<std::uint8_t>(l.pos);
    r.gender = static_cast<std::uint8_t>(l.gender);
    r.flags = l.reflexive ? format::k_lemma_reflexive : 0;
    append(sections[format::k_lemmas], r);
    lemma_keys.push_back(l.text);
  }
  sections[format::k_lemma_slots] = hash_slots(lemma_keys);

  // Forms in sorted order so that equal inputs give byte-identical files.
  std::vector<const std::string*> form_texts;
  form_texts.reserve(model.forms().size());
  for (const auto& [form, list] : model.forms()) {
    form_texts.push_back(&form);
  }
  std::sort(form_texts.begin(), form_texts.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  std::vector<std::string_view> form_keys;
  form_keys.reserve(form_texts.size());
  std::uint32_t analysis_count = 0;
  for (const std::string* form : form_texts) {
    const auto& list = model.forms().at(*form);
    append(sections[format::k_forms],
           format::FormRecord{pool.add(*form), analysis_count, static_cast<std::uint32_t>(list.size())});
    for (const auto& a : list) {
      format::AnalysisRecord r;
      r.lemma = a.lemma;
      r.features = a.features;
      r.particle = pool.add(a.particle);
      r.pos = static_cast<std::uint8_t>(model.lemma(a.lemma).pos);
      append(sections[format::k_analyses], r);
      ++analysis_count;
    }
    form_keys.push_back(*form);
  }
  sections[format::k_form_slots] = hash_slots(form_keys);

  std::vector<std::string_view> phrase_keys;
  for (const auto& p : model.phrases) {
    format::PhraseRecord r;
    r.text = pool.add(p.text);
    r.first_gloss = add_glosses(p.glosses);
    r.gloss_count = static_cast<std::uint32_t>(p.glosses.size());
    r.pos = static_cast<std::uint8_t>(p.pos);
    append(sections[format::k_phrases], r);
    phrase_keys.push_back(p.text);
  }
  sections[format::k_phrase_slots] = hash_slots(phrase_keys);

  std::vector<std::pair<std::string_view, RankDraft>> ranks(model.ranks.begin(), model.ranks.end());
  std::sort(ranks.begin(), ranks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string_view> rank_keys;
  for (const auto& [form, rank] : ranks) {
    append(sections[format::k_ranks], format::RankRecord{pool.add(form), rank.rank, rank.subtitle_rank});
    rank_keys.push_back(form);
  }
  sections[format::k_rank_slots] = hash_slots(rank_keys);

  std::vector<std::string_view> name_keys;
  for (const auto& name : model.names) {
    append(sections[format::k_names], format::NameRecord{pool.add(name)});
    name_keys.push_back(name);
  }
  sections[format::k_name_slots] = hash_slots(name_keys);

  std::vector<std::string_view> place_keys;
  for (const auto& place : model.places) {
    append(sections[format::k_places], format::NameRecord{pool.add(place)});
    place_keys.push_back(place);
  }
  sections[format::k_place_slots] = hash_slots(place_keys);

  sections[format::k_strings] = pool.bytes();

  format::Header header{};
  std::memcpy(header.magic, format::k_magic, sizeof header.magic);
  std::uint64_t offset = (sizeof(format::Header) + 7) & ~std::uint64_t{7};
  for (std::size_t i = 0; i < sections.size(); ++i) {
    header.sections[i] = {offset, sections[i].size()};
    offset = (offset + sections[i].size() + 7) & ~std::uint64_t{7};
  }
  header.file_size = offset;

  const auto temp = std::filesystem::path(path.string() + ".tmp");
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw FileError("cannot write " + temp.string());
    }
    std::string head(static_cast<std::size_t>(header.sections[0].offset), '\0');
    std::memcpy(head.data(), &header, sizeof header);
    out.write(head.data(), static_cast<std::streamsize>(head.size()));
    for (std::size_t i = 0; i < sections.size(); ++i) {
      out.write(sections[i].data(), static_cast<std::streamsize>(sections[i].size()));
      const std::size_t pad = (8 - sections[i].size() % 8) % 8;
      out.write("\0\0\0\0\0\0\0\0", static_cast<std::streamsize>(pad));
    }
    if (!out.flush()) {
      throw FileError("cannot write " + temp.string());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    throw FileError("cannot rename " + temp.string() + " to " + path.string() + ": " + ec.message());
  }
  return static_cast<std::size_t>(header.file_size);
}

} // namespace wortkiste::lexicon
