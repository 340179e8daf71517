// Reading lexicon.wkl: the file is mapped read-only and searched in place (see format.h).

#include "lexicon/lexicon.h"
#include "lexicon/sources.h" // lower_german, shared with the builder

#include "core/error.h"
#include "core/paths.h"
#include "lexicon/format.h"

#include <array>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wortkiste::lexicon {

namespace {

constexpr std::array<std::string_view, 15> k_ud_tags = {
    "NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "DET",
    "PRON", "CCONJ", "SCONJ", "PART", "NUM", "INTJ", "X"};

} // namespace

std::string_view to_ud(Pos pos) {
  const auto i = static_cast<std::size_t>(pos);
  return i < k_ud_tags.size() ? k_ud_tags[i] : "X";
}

std::optional<Pos> pos_from_ud(std::string_view tag) {
  for (std::size_t i = 0; i < k_ud_tags.size(); ++i) {
    if (k_ud_tags[i] == tag) {
      return static_cast<Pos>(i);
    }
  }
  return std::nullopt;
}

std::string_view to_code(Gender gender) {
  switch (gender) {
  case Gender::Masculine:
    return "m";
  case Gender::Feminine:
    return "f";
  case Gender::Neuter:
    return "n";
  case Gender::None:
    break;
  }
  return "";
}

struct Lexicon::Impl {
  std::filesystem::path path;
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
  format::Header header{};

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    if (data != nullptr) {
      munmap(const_cast<std::uint8_t*>(data), size);
    }
  }

  const std::uint8_t* section(format::Section s) const { return data + header.sections[s].offset; }
  std::size_t section_size(format::Section s) const {
    return static_cast<std::size_t>(header.sections[s].size);
  }

  template <typename Record> std::size_t count(format::Section s) const {
    return section_size(s) / sizeof(Record);
  }

  // Returns record `i` of section `s`; a default record when out of range (a corrupt file then
  // yields empty answers rather than reads outside the mapping).
  template <typename Record> Record record(format::Section s, std::size_t i) const {
    Record r{};
    if (i < count<Record>(s)) {
      std::memcpy(&r, section(s) + i * sizeof(Record), sizeof(Record));
    }
    return r;
  }

  std::string_view string(std::uint32_t offset) const {
    const std::size_t pool = section_size(format::k_strings);
    if (static_cast<std::size_t>(offset) + 2 > pool) {
      return {};
    }
    const std::uint8_t* p = section(format::k_strings) + offset;
    const std::size_t length = static_cast<std::size_t>(p[0]) | static_cast<std::size_t>(p[1]) << 8;
    if (offset + 2 + length > pool) {
      return {};
    }
    return {reinterpret_cast<const char*>(p + 2), length};
  }

  // Calls `visit(record_index)` for each record whose key hashes like `key`, stopping when it
  // returns true. The caller compares the key itself.
  template <typename Visit>
  void probe(format::Section slots, std::string_view key, Visit&& visit) const {
    const std::size_t n = section_size(slots) / sizeof(format::Slot);
    if (n == 0) {
      return;
    }
    const std::uint64_t h = format::hash(key);
    const auto fingerprint = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = n - 1;
    std::size_t i = static_cast<std::size_t>(h) & mask;
    for (std::size_t step = 0; step < n; ++step, i = (i + 1) & mask) {
      format::Slot slot;
      std::memcpy(&slot, section(slots) + i * sizeof(format::Slot), sizeof slot);
      if (slot.record == 0) {
        return;
      }
      if (slot.fingerprint == fingerprint && visit(static_cast<std::size_t>(slot.record - 1))) {
        return;
      }
    }
  }

  // True when `key` is a record of the string-set table `records` (hashed in `slots`): the
  // names and places lists.
  bool in_string_set(format::Section slots, format::Section records, std::string_view key) const {
    bool found = false;
    probe(slots, key, [&](std::size_t index) {
      found = string(record<format::NameRecord>(records, index).text) == key;
      return found;
    });
    return found;
  }

  std::vector<Gloss> glosses(std::uint32_t first, std::uint32_t count_) const {
    std::vector<Gloss> out;
    out.reserve(count_);
    for (std::uint32_t i = 0; i < count_; ++i) {
      const auto g = record<format::GlossRecord>(format::k_glosses, std::size_t{first} + i);
      Gloss gloss;
      gloss.text = std::string(string(g.text));
      std::string_view labels = string(g.labels);
      while (!labels.empty()) {
        const std::size_t cut = labels.find('\x1f');
        gloss.labels.emplace_back(labels.substr(0, cut));
        labels = cut == std::string_view::npos ? std::string_view{} : labels.substr(cut + 1);
      }
      out.push_back(std::move(gloss));
    }
    return out;
  }
};

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
  throw LexiconError("lexicon " + path.string() + ": " + what +
                     " (rebuild it with `scripts/build`, or set WORTKISTE_LEXICON to a lexicon "
                     "built by this version)");
}

} // namespace

Lexicon Lexicon::open(const std::filesystem::path& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    fail(path, std::string("cannot open: ") + std::strerror(errno));
  }
  struct stat st{};
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(format::Header))) {
    ::close(fd);
    fail(path, "file is truncated or empty");
  }
  impl->size = static_cast<std::size_t>(st.st_size);
  void* mapped = mmap(nullptr, impl->size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) {
    fail(path, std::string("cannot map: ") + std::strerror(errno));
  }
  impl->data = static_cast<const std::uint8_t*>(mapped);
  std::memcpy(&impl->header, impl->data, sizeof(format::Header));
  const auto& h = impl->header;
  if (std::memcmp(h.magic, format::k_magic, sizeof h.magic) != 0) {
    fail(path, "not a wortkiste lexicon (bad magic)");
  }
  if (h.version != format::k_version) {
    fail(path, "format version " + std::to_string(h.version) + ", this wortkiste reads version " +
                   std::to_string(format::k_version));
  }
  if (h.section_count != format::k_section_count || h.file_size != impl->size) {
    fail(path, "file is truncated or corrupt (" + std::to_string(impl->size) + " bytes, header says " +
                   std::to_string(h.file_size) + ")");
  }
  for (const auto& s : h.sections) {
    if (s.offset > impl->size || s.size > impl->size - s.offset) {
      fail(path, "file is corrupt (a section lies outside the file)");
    }
  }
  for (auto slots : {format::k_form_slots, format::k_lemma_slots, format::k_phrase_slots,
                     format::k_rank_slots, format::k_name_slots, format::k_place_slots}) {
    const std::size_t n = impl->section_size(slots) / sizeof(format::Slot);
    if ((n & (n - 1)) != 0 || impl->section_size(slots) % sizeof(format::Slot) != 0) {
      fail(path, "file is corrupt (hash table size)");
    }
  }
  return Lexicon(std::move(impl));
}

Lexicon Lexicon::open_default() {
  if (auto found = core::find_lexicon()) {
    return open(*found);
  }
  if (const char* env = std::getenv("WORTKISTE_LEXICON"); env != nullptr && *env != '\0') {
    throw LexiconError(std::string("WORTKISTE_LEXICON names ") + env +
                       ", which does not exist; build the lexicon with `scripts/build` (it is "
                       "written to build/lexicon.wkl) or correct WORTKISTE_LEXICON");
  }
  std::string where;
  for (const auto& c : core::lexicon_candidates()) {
    where += "\n  " + c.string();
  }
  throw LexiconError("no lexicon found; build it with `scripts/build` (or `cmake --build build`), "
                     "or set WORTKISTE_LEXICON to its path. Looked in:" + where);
}

Lexicon::Lexicon(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;
Lexicon::~Lexicon() = default;

std::vector<Analysis> Lexicon::analyses(std::string_view form) const {
  std::vector<Analysis> out;
  const Impl& m = *m_impl;
  m.probe(format::k_form_slots, form, [&](std::size_t index) {
    const auto f = m.record<format::FormRecord>(format::k_forms, index);
    if (m.string(f.text) != form) {
      return false;
    }
    out.reserve(f.analysis_count);
    for (std::uint32_t i = 0; i < f.analysis_count; ++i) {
      const auto a = m.record<format::AnalysisRecord>(format::k_analyses,
                                                      std::size_t{f.first_analysis} + i);
      out.push_back(Analysis{a.lemma, static_cast<Pos>(a.pos), a.features, m.string(a.particle)});
    }
    return true;
  });
  return out;
}

LemmaInfo Lexicon::lemma(LemmaId id) const {
  const Impl& m = *m_impl;
  const auto r = m.record<format::LemmaRecord>(format::k_lemmas, id);
  LemmaInfo info;
  info.id = id;
  info.text = m.string(r.text);
  info.pos = static_cast<Pos>(r.pos);
  info.gender = static_cast<Gender>(r.gender);
  info.plural = m.string(r.plural);
  info.genitive = m.string(r.genitive);
  info.separable_prefix = m.string(r.separable_prefix);
  info.past = m.string(r.past);
  info.participle2 = m.string(r.participle2);
  info.auxiliary = m.string(r.auxiliary);
  info.reflexive = (r.flags & format::k_lemma_reflexive) != 0;
  info.frequency_rank = r.frequency_rank;
  info.subtitle_rank = r.subtitle_rank;
  return info;
}

std::optional<LemmaId> Lexicon::find_lemma(std::string_view text, Pos pos) const {
  std::optional<LemmaId> found;
  const Impl& m = *m_impl;
  m.probe(format::k_lemma_slots, text, [&](std::size_t index) {
    const auto r = m.record<format::LemmaRecord>(format::k_lemmas, index);
    if (r.pos == static_cast<std::uint8_t>(pos) && m.string(r.text) == text) {
      found = static_cast<LemmaId>(index);
      return true;
    }
    return false;
  });
  return found;
}

std::vector<Gloss> Lexicon::glosses(LemmaId id) const {
  const auto r = m_impl->record<format::LemmaRecord>(format::k_lemmas, id);
  return m_impl->glosses(r.first_gloss, r.gloss_count);
}

bool Lexicon::has_glosses(LemmaId id) const {
  return m_impl->record<format::LemmaRecord>(format::k_lemmas, id).gloss_count != 0;
}

std::vector<Gloss> Lexicon::phrase_glosses(std::string_view headword) const {
  std::vector<Gloss> out;
  const Impl& m = *m_impl;
  m.probe(format::k_phrase_slots, headword, [&](std::size_t index) {
    const auto r = m.record<format::PhraseRecord>(format::k_phrases, index);
    if (m.string(r.text) == headword) {
      auto more = m.glosses(r.first_gloss, r.gloss_count);
      out.insert(out.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
    }
    return false; // a headword may have one record per part of speech
  });
  return out;
}

std::uint32_t Lexicon::form_rank(std::string_view form) const {
  const std::string key = lower_german(form);
  std::uint32_t rank = 0;
  const Impl& m = *m_impl;
  m.probe(format::k_rank_slots, key, [&](std::size_t index) {
    const auto r = m.record<format::RankRecord>(format::k_ranks, index);
    if (m.string(r.text) == key) {
      rank = r.rank;
      return true;
    }
    return false;
  });
  return rank;
}

bool Lexicon::is_listed_name(std::string_view name) const {
  return m_impl->in_string_set(format::k_name_slots, format::k_names, lower_german(name));
}

bool Lexicon::is_listed_place(std::string_view name) const {
  return m_impl->in_string_set(format::k_place_slots, format::k_places, name);
}

std::uint32_t Lexicon::format_version() const { return m_impl->header.version; }

std::uint32_t Lexicon::supported_format_version() { return format::k_version; }

std::size_t Lexicon::form_count() const {
  return m_impl->count<format::FormRecord>(format::k_forms);
}

std::size_t Lexicon::lemma_count() const {
  return m_impl->count<format::LemmaRecord>(format::k_lemmas);
}

const std::filesystem::path& Lexicon::path() const { return m_impl->path; }

} // namespace wortkiste::lexicon
