#pragma once
// The on-disk layout of lexicon.wkl, shared by the builder and the reader. Internal to lexicon/.
//
// The file is a header followed by sections, each 8-byte aligned. Integers are little-endian (the
// builder and reader run on the same x86-64/arm64 hosts; the magic would not match otherwise).
// Strings live once in a pool as <u16 length><bytes>; everything else refers to them by offset.
// Keyed tables (forms, lemmas, phrases, ranks, names) are arrays of fixed-size records plus an
// open-addressing hash table of Slots (power-of-two size, load at most 1/2, linear probing,
// FNV-1a over the key's bytes). A slot keeps the upper half of the key's hash, so probes that
// hit another key are rejected without touching its record: a look-up costs one hash, about one
// slot read and one record read in the mapped file, and no allocation.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace wortkiste::lexicon::format {

inline constexpr char k_magic[8] = {'W', 'K', 'L', 'E', 'X', 0x1a, '\r', '\n'};
// Bump when any record or section changes; old files are then refused with a rebuild hint.
inline constexpr std::uint32_t k_version = 4;

enum Section : std::uint32_t {
  k_strings,
  k_forms,
  k_form_slots,
  k_analyses,
  k_lemmas,
  k_lemma_slots,
  k_glosses,
  k_phrases,
  k_phrase_slots,
  k_ranks,
  k_rank_slots,
  k_names,
  k_name_slots,
  k_places,     // NameRecord: place names from Ding's [geogr.] entries, as written
  k_place_slots,
  k_section_count
};

struct SectionRef {
  std::uint64_t offset = 0;
  std::uint64_t size = 0; // bytes
};

struct Header {
  char magic[8];
  std::uint32_t version = k_version;
  std::uint32_t section_count = k_section_count;
  std::uint64_t file_size = 0; // the whole file; a shorter file is truncated
  SectionRef sections[k_section_count];
};

struct Slot {
  std::uint32_t fingerprint = 0; // hash >> 32
  std::uint32_t record = 0;      // record index + 1; 0 = empty
};

// A written form and the run of its analyses in the analyses section.
struct FormRecord {
  std::uint32_t text = 0;
  std::uint32_t first_analysis = 0;
  std::uint32_t analysis_count = 0;
};

struct AnalysisRecord {
  std::uint32_t lemma = 0;
  std::uint32_t features = 0;
  std::uint32_t particle = 0; // string; the empty string for none
  std::uint8_t pos = 0;
  std::uint8_t reserved[3] = {0, 0, 0};
};

inline constexpr std::uint8_t k_lemma_reflexive = 1u << 0;

struct LemmaRecord {
  std::uint32_t text = 0;
  std::uint32_t plural = 0;
  std::uint32_t genitive = 0;
  std::uint32_t separable_prefix = 0;
  std::uint32_t past = 0;
  std::uint32_t participle2 = 0;
  std::uint32_t auxiliary = 0;
  std::uint32_t frequency_rank = 0;
  std::uint32_t subtitle_rank = 0;
  std::uint32_t first_gloss = 0;
  std::uint32_t gloss_count = 0;
  std::uint8_t pos = 0;
  std::uint8_t gender = 0;
  std::uint8_t flags = 0;
  std::uint8_t reserved = 0;
};

// One English sense; labels are joined by '\x1f' ("[Br.]\x1f[formal]").
struct GlossRecord {
  std::uint32_t text = 0;
  std::uint32_t labels = 0;
};

// A Ding headword that is not an inflected lemma ("nach wie vor"), with its senses.
struct PhraseRecord {
  std::uint32_t text = 0;
  std::uint32_t first_gloss = 0;
  std::uint32_t gloss_count = 0;
  std::uint8_t pos = 0;
  std::uint8_t reserved[3] = {0, 0, 0};
};

// A lowercase form from the frequency lists.
struct RankRecord {
  std::uint32_t text = 0;
  std::uint32_t rank = 0;          // Wikipedia list, 1 = most frequent, 0 = not listed
  std::uint32_t subtitle_rank = 0; // subtitle list, same convention
};

struct NameRecord {
  std::uint32_t text = 0;
};

// FNV-1a, 64 bit: short keys, good spread, no tables.
inline std::uint64_t hash(std::string_view key) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : key) {
    h ^= static_cast<std::uint8_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

} // namespace wortkiste::lexicon::format
